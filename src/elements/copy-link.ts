/**
 * `<copy-link>` wraps a read-only field holding an invite link and adds a
 * "copy" button next to it. In-app browsers (a link opened from a chat app)
 * often fail to hand app links over, so pasting the link into the app is the
 * way in. Without JavaScript the field stays, selectable by a long press.
 *
 * data-label: the button's text; data-done: said once copied; data-failed: said when copying is refused.
 */
class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link__button';
    button.textContent = this.dataset['label'] ?? 'Copy';
    const status = document.createElement('span');
    status.className = 'copy-link__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      void this.copy(input).then((copied) => {
        status.textContent = (copied ? this.dataset['done'] : this.dataset['failed']) ?? '';
      });
    });
    input.addEventListener('focus', () => input.select());
    this.append(button, status);
  }

  /** The Clipboard API where allowed; the older selection command in in-app browsers that lack it. */
  private async copy(input: HTMLInputElement): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(input.value);
      return true;
    } catch {
      input.select();
      // Deprecated, but the only copy that works in the in-app browsers that lack the Clipboard API.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      return document.execCommand('copy');
    }
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
