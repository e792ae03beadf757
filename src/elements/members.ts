/**
 * Unlocks members-only invite links in the browser. `<members-unlock>` holds
 * the form and the sealed vault; `<members-links data-group="id">` is where a
 * group's links appear once unlocked. No dependency: Web Crypto does the work.
 * Every word shown comes from data-* attributes written from the dictionary.
 */
import { deriveKey, exportKey, fromBase64Url, importKey, keyId, open, type Vault } from '../lib/crypto';

const STORAGE = 'babillard:members-key';
const EVENT = 'babillard:members-key';
let current: CryptoKey | undefined;

function readVault(): Vault | undefined {
  const node = document.getElementById('babillard-vault');
  return node?.textContent ? (JSON.parse(node.textContent) as Vault) : undefined;
}

function safeUrl(url: string): boolean {
  return /^https:\/\/[^\s]+$/.test(url) || /^mailto:[^\s]+$/.test(url);
}

class MembersLinks extends HTMLElement {
  connectedCallback() {
    document.addEventListener(EVENT, () => void this.render());
    if (current) void this.render();
  }

  async render() {
    const vault = readVault();
    const sealed = vault?.groups[this.dataset['group'] ?? ''];
    if (!current || !sealed) {
      this.querySelector('.members-links__list')?.remove();
      this.querySelector<HTMLElement>('.members-links__locked')?.removeAttribute('hidden');
      return;
    }
    const links = JSON.parse(await open(current, sealed)) as { platform: string; url: string }[];
    const names = JSON.parse(this.dataset['platforms'] ?? '{}') as Record<string, string>;
    const list = document.createElement('ul');
    list.className = 'members-links__list';
    for (const { platform, url } of links.filter((l) => safeUrl(l.url))) {
      const item = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.className = 'button';
      anchor.href = url;
      anchor.rel = 'noopener noreferrer';
      anchor.textContent = (this.dataset['label'] ?? '{platform}').replace('{platform}', names[platform] ?? platform);
      item.append(anchor);
      list.append(item);
    }
    this.querySelector('.members-links__list')?.remove();
    this.querySelector<HTMLElement>('.members-links__locked')?.setAttribute('hidden', '');
    this.append(list);
  }
}

class MembersUnlock extends HTMLElement {
  #status = (text: string, kind: 'info' | 'error' | 'ok') => {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!status) return;
    status.textContent = text;
    status.dataset['kind'] = kind;
  };

  connectedCallback() {
    const vault = readVault();
    if (!vault) return;
    // Without JavaScript the box says to ask at the shop; with it, how to unlock here.
    const explain = this.querySelector('.members-unlock__locked-text');
    if (explain && this.dataset['msgExplain']) explain.textContent = this.dataset['msgExplain'];
    this.querySelector<HTMLElement>('form')?.removeAttribute('hidden');
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
      await this.#useKey(vault, await importKey(fragment), this.dataset['msgPosterOld'] ?? '');
      return;
    }
    const stored = localStorage.getItem(STORAGE);
    if (stored) await this.#useKey(vault, await importKey(stored), this.dataset['msgChanged'] ?? '');
  }

  async #unlockWithPassphrase(vault: Vault) {
    const input = this.querySelector<HTMLInputElement>('input[type="password"], input[name="passphrase"]');
    if (!input?.value.trim()) return;
    this.#status(this.dataset['msgWorking'] ?? '', 'info');
    const key = await deriveKey(input.value, fromBase64Url(vault.salt), vault.iterations);
    if ((await keyId(key)) !== vault.keyId) {
      this.#status(this.dataset['msgWrong'] ?? '', 'error');
      input.focus();
      input.select();
      return;
    }
    input.value = '';
    await this.#useKey(vault, key, '');
  }

  async #useKey(vault: Vault, key: CryptoKey, staleMessage: string) {
    if ((await keyId(key)) !== vault.keyId) {
      localStorage.removeItem(STORAGE);
      if (staleMessage) this.#status(staleMessage, 'error');
      return;
    }
    current = key;
    localStorage.setItem(STORAGE, await exportKey(key));
    this.classList.add('is-unlocked');
    this.#status(this.dataset['msgUnlocked'] ?? '', 'ok');
    document.dispatchEvent(new Event(EVENT));
  }

  #forget() {
    current = undefined;
    localStorage.removeItem(STORAGE);
    this.classList.remove('is-unlocked');
    this.#status(this.dataset['msgForgotten'] ?? '', 'info');
    document.dispatchEvent(new Event(EVENT));
  }
}

customElements.define('members-links', MembersLinks);
customElements.define('members-unlock', MembersUnlock);
