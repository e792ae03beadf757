/**
 * The directory poster's QR code with the members' key in its fragment. The
 * key is never in the built page (the posters page is public): once someone
 * unlocks the members-only links on /affiches/ with the passphrase, this
 * element redraws the code as `/groupes/#cle=…`, ready to print for the shop.
 */
import { qrSvg } from '../lib/qr';

const STORAGE = 'babillard:members-key';

class PosterKey extends HTMLElement {
  connectedCallback() {
    // <members-unlock> announces a key only once it has checked it against this build.
    document.addEventListener(STORAGE, () => this.#draw());
  }

  #draw() {
    const url = this.dataset['url'];
    const figure = this.querySelector('figure');
    if (!url || !figure) return;
    const key = localStorage.getItem(STORAGE);
    const target = key ? `${url}#cle=${key}` : url;
    const label = (key ? this.dataset['labelKey'] : this.dataset['label']) ?? target;
    const svg = new DOMParser().parseFromString(qrSvg(target, { label }), 'image/svg+xml').documentElement;
    figure.querySelector('svg')?.replaceWith(document.importNode(svg, true));
    const caption = figure.querySelector('figcaption');
    if (caption) caption.textContent = (key ? this.dataset['captionKey'] : this.dataset['caption']) ?? '';
    this.closest('.poster')?.setAttribute('data-qr-url', target);
  }
}

customElements.define('poster-key', PosterKey);
