/**
 * `<copy-link>` wraps a read-only field holding a text to paste elsewhere (an
 * invite link in an `<input>`, a chat message in a `<textarea>` or a `<pre>`)
 * and adds a "copy" button. In-app browsers (a link opened from a chat app)
 * often fail to hand app links over, so pasting into the app is the way in.
 * Without JavaScript the text stays, selectable by a long press.
 *
 * data-label: the button's text; data-done: said once copied; data-failed: said when copying is refused;
 * data-button-class: the button's classes (default `copy-link__button`).
 * An element marked `data-copy-button` inside receives the button and the status (default: the end).
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const source = this.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLPreElement>('input, textarea, pre');
    if (!source || this.querySelector('button.copy-link__copy')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `${this.dataset['buttonClass'] ?? 'copy-link__button'} copy-link__copy`;
    button.textContent = this.dataset['label'] ?? 'Copy';
    const status = document.createElement('span');
    status.className = 'copy-link__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      void this.copy(source).then((copied) => {
        status.textContent = (copied ? this.dataset['done'] : this.dataset['failed']) ?? '';
      });
    });
    if (!(source instanceof HTMLPreElement)) source.addEventListener('focus', () => source.select());
    (this.querySelector('[data-copy-button]') ?? this).append(button, status);
  }

  /** The Clipboard API where allowed; the older selection command in in-app browsers that lack it. */
  private async copy(source: HTMLInputElement | HTMLTextAreaElement | HTMLPreElement): Promise<boolean> {
    const text = source instanceof HTMLPreElement ? source.textContent : source.value;
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // A text inside a closed disclosure cannot be selected: open it, so the member also sees what is copied.
      const details = source.closest('details');
      if (details) details.open = true;
      if (source instanceof HTMLPreElement) window.getSelection()?.selectAllChildren(source);
      else source.select();
      // Deprecated, but the only copy that works in the in-app browsers that lack the Clipboard API.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      return document.execCommand('copy');
    }
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
