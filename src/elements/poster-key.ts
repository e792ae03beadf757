/**
 * A poster's or card's QR code that can carry the members' key in its
 * fragment. The key is never in the built page (the posters page is public):
 * once someone unlocks on /affiches/ with the passphrase, `<members-unlock>`
 * announces the key and this element redraws the code as `<url>#cle=…`, ready
 * to print for the shop; « Oublier » draws it back without the key.
 *
 * data-url: the page the code leads to; data-label / data-label-key: its text
 * alternative without / with the key; data-caption / data-caption-key: the
 * words under it. The closest `[data-qr-url]` (the poster, the card) gets
 * `data-keyed`, which the stylesheet uses to swap « the passphrase is needed » for « scan to join ».
 */
import { qrSvg } from '../lib/qr';

const EVENT = 'babillard:members-key';

class PosterKey extends HTMLElement {
  connectedCallback() {
    // <members-unlock> announces a key only once it has checked it against this build.
    document.addEventListener(EVENT, (event) => this.#draw((event as CustomEvent<{ key?: string }>).detail.key));
  }

  #draw(key: string | undefined) {
    const url = this.dataset['url'];
    const figure = this.querySelector('figure');
    if (!url || !figure) return;
    const target = key ? `${url}#cle=${key}` : url;
    const label = (key ? this.dataset['labelKey'] : this.dataset['label']) ?? target;
    const svg = new DOMParser().parseFromString(qrSvg(target, { label }), 'image/svg+xml').documentElement;
    figure.querySelector('svg')?.replaceWith(document.importNode(svg, true));
    const caption = figure.querySelector('figcaption');
    if (caption) caption.textContent = (key ? this.dataset['captionKey'] : this.dataset['caption']) ?? '';
    const holder = this.closest('[data-qr-url]');
    holder?.setAttribute('data-qr-url', target);
    holder?.toggleAttribute('data-keyed', Boolean(key));
  }
}

customElements.define('poster-key', PosterKey);
