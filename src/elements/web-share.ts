/**
 * `<web-share data-for="id">` adds a « Partager » button that opens the
 * phone's share sheet (Web Share API) with the text of the field `id`, so an
 * admin sends the message to a chat app in two taps. Where the browser has no
 * Web Share, or refuses to share that text, nothing is shown: the copy button
 * beside it does the job.
 *
 * data-label: the button's text; data-name: its accessible name, when the text alone is ambiguous;
 * data-failed: said when sharing fails; data-button-class: the button's classes.
 */
class WebShare extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('button')) return;
    const source = document.getElementById(this.dataset['for'] ?? '');
    if (!source || typeof navigator.share !== 'function') return;
    const textOf = () => (source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement ? source.value : source.textContent);
    if (typeof navigator.canShare === 'function' && !navigator.canShare({ text: textOf() })) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = this.dataset['buttonClass'] ?? 'web-share__button';
    button.textContent = this.dataset['label'] ?? 'Share';
    const name = this.dataset['name'];
    if (name) button.setAttribute('aria-label', name);
    const status = document.createElement('span');
    status.className = 'web-share__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      status.textContent = '';
      navigator.share({ text: textOf() }).catch((error: unknown) => {
        // Closing the share sheet is a choice, not a failure.
        if (!(error instanceof DOMException && error.name === 'AbortError')) status.textContent = this.dataset['failed'] ?? '';
      });
    });
    this.append(button, status);
  }
}

if (!customElements.get('web-share')) customElements.define('web-share', WebShare);
