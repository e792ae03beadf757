/**
 * Unlocks members-only groups in the browser. `<members-unlock>` holds the
 * form and the page's sealed vault; `<members-links data-group="id">` is where
 * a group's join block appears once unlocked. The vault holds those blocks as
 * the build drew them, with the same components as an open group's, so an
 * unlocked group looks exactly like an open one. No dependency: Web Crypto
 * does the work. Every word shown comes from data-* attributes written from
 * the dictionary. Inlined in the page (MembersScript.astro), allowed by its CSP hash.
 *
 * The key is kept in local storage only when the member ticks « remember »;
 * otherwise it lives as long as the page. Other elements (the posters' QR
 * codes) hear of it through the `babillard:members-key` event.
 */
import { deriveKey, exportKey, fromBase64Url, importKey, keyId, openVault, type Vault } from '../lib/crypto';

const STORAGE = 'babillard:members-key';
const EVENT = 'babillard:members-key';

/** What the page knows once unlocked: the key (as text, for posters) and the opened blocks. */
interface Unlocked {
  key: string;
  blocks: Record<string, string>;
}
let unlocked: Unlocked | undefined;

function readVault(): Vault | undefined {
  const node = document.getElementById('babillard-vault');
  return node?.textContent ? (JSON.parse(node.textContent) as Vault) : undefined;
}

function announce() {
  document.documentElement.classList.toggle('members-unlocked', unlocked !== undefined);
  document.dispatchEvent(new CustomEvent(EVENT, { detail: { key: unlocked?.key } }));
}

class MembersLinks extends HTMLElement {
  connectedCallback() {
    document.addEventListener(EVENT, () => this.render());
    this.render();
  }

  render() {
    const html = unlocked?.blocks[this.dataset['group'] ?? ''];
    this.querySelector('.members-links__open')?.remove();
    this.querySelector('.members-links__locked')?.toggleAttribute('hidden', html !== undefined);
    if (html === undefined) return;
    // Markup written by the build and authenticated by AES-GCM: no one without the key can alter it.
    const block = document.createElement('div');
    block.className = 'members-links__open';
    block.innerHTML = html;
    this.append(block);
  }
}

class MembersUnlock extends HTMLElement {
  #message = (text: string, kind: 'info' | 'error') => {
    const message = this.querySelector<HTMLElement>('.members-unlock__message');
    if (!message) return;
    message.textContent = text;
    message.dataset['kind'] = kind;
    // On a phone the keyboard covers half the screen: keep the sentence in view, next to the field.
    if (kind === 'error') message.scrollIntoView({ block: 'nearest' });
  };

  #msg = (name: string) => this.dataset[name] ?? '';

  connectedCallback() {
    const vault = readVault();
    if (!vault) return;
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#unlockWithPassphrase(vault);
    });
    this.querySelector('[data-forget]')?.addEventListener('click', () => this.#forget());
    void this.#restore(vault);
  }

  async #restore(vault: Vault) {
    const fragment = /^#cle=([\w-]+)$/.exec(location.hash)?.[1];
    if (fragment) {
      // Out of the address bar (a screenshot, a copied or shared address) and out of this
      // history entry. The browser's list of visited pages still holds /groupes/#cle=…: anyone
      // with the phone can find it there, as anyone with a photo of the poster can (README).
      history.replaceState(null, '', location.pathname + location.search);
      // A poster's key is kept like a typed one would be by default on this page.
      await this.#useKey(vault, await importKey(fragment), this.#msg('msgPosterOld'), this.#remember());
      return;
    }
    const stored = localStorage.getItem(STORAGE);
    if (stored) await this.#useKey(vault, await importKey(stored), this.#msg('msgChanged'), true);
  }

  #remember(): boolean {
    return this.querySelector<HTMLInputElement>('input[name="remember"]')?.checked ?? false;
  }

  async #unlockWithPassphrase(vault: Vault) {
    const input = this.querySelector<HTMLInputElement>('input[name="passphrase"]');
    if (!input?.value.trim()) return;
    this.#message(this.#msg('msgWorking'), 'info');
    const key = await deriveKey(input.value, fromBase64Url(vault.salt), vault.iterations);
    if ((await keyId(key)) !== vault.keyId) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      input.select();
      this.#message(this.#msg('msgWrong'), 'error');
      return;
    }
    input.value = '';
    input.removeAttribute('aria-invalid');
    await this.#useKey(vault, key, '', this.#remember());
  }

  async #useKey(vault: Vault, key: CryptoKey, staleMessage: string, remember: boolean) {
    if ((await keyId(key)) !== vault.keyId) {
      localStorage.removeItem(STORAGE);
      if (staleMessage) this.#message(staleMessage, 'error');
      return;
    }
    const text = await exportKey(key);
    unlocked = { key: text, blocks: await openVault(key, vault) };
    if (remember) localStorage.setItem(STORAGE, text);
    else localStorage.removeItem(STORAGE);
    this.#message('', 'info');
    this.#done(this.#msg('msgUnlocked'));
    // One line: whether this device keeps the key is said by the button's name.
    this.querySelector('[data-forget]')?.setAttribute('aria-label', this.#msg(remember ? 'msgForgetRemembered' : 'msgForget'));
    announce();
  }

  #done(text: string) {
    const done = this.querySelector<HTMLElement>('.members-unlock__done');
    const status = this.querySelector('.members-unlock__done-text');
    if (status) status.textContent = text;
    done?.toggleAttribute('hidden', !text);
    this.querySelector<HTMLElement>('.members-unlock__locked')?.toggleAttribute('hidden', Boolean(text));
    this.classList.toggle('is-unlocked', Boolean(text));
  }

  #forget() {
    unlocked = undefined;
    localStorage.removeItem(STORAGE);
    this.#done('');
    this.#message(this.#msg('msgForgotten'), 'info');
    this.querySelector<HTMLInputElement>('input[name="passphrase"]')?.focus();
    announce();
  }
}

customElements.define('members-links', MembersLinks);
customElements.define('members-unlock', MembersUnlock);
