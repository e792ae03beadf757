/**
 * `<my-section>`: « ma section », chosen once and remembered on this device
 * (localStorage, never sent: no cookie, no request). Inside it, the server
 * renders the list of sections as plain links (all that works without
 * JavaScript), a `<form data-choose>` with a `<select>`, and a
 * `[data-chosen]` block whose `a[data-link]` take the chosen section's
 * addresses from the `data-*` of its link in the list. Once a section is
 * chosen, the chosen block shows, and on the page every list item marked
 * `data-section` of that section moves to the top of its list.
 *
 * data-storage: the localStorage key.
 */
class MySection extends HTMLElement {
  /** Each list's items in the order the page gave them, to put them back. */
  #lists = new Map<Element, Element[]>();

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-choose]');
    if (!form) return;
    for (const item of document.querySelectorAll('[data-section]:not(a)')) {
      const list = item.parentElement;
      if (list && !this.#lists.has(list)) this.#lists.set(list, [...list.children]);
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const id = new FormData(form).get('section');
      if (typeof id === 'string' && id) this.#store(id);
      this.#show();
      this.querySelector<HTMLElement>('[data-chosen]')?.focus();
    });
    this.querySelector('button[data-change]')?.addEventListener('click', () => {
      this.#store(undefined);
      this.#show();
      form.querySelector('select')?.focus();
    });
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-with-script]')) hidden.hidden = false;
    this.#show();
  }

  #storage(): Storage | undefined {
    try {
      return window.localStorage;
    } catch {
      // Storage refused (private mode, settings): the choice lasts as long as the page.
      return undefined;
    }
  }

  #chosen: string | undefined;

  #store(id: string | undefined): void {
    const key = this.dataset['storage'] ?? 'babillard:section';
    this.#chosen = id;
    if (id) this.#storage()?.setItem(key, id);
    else this.#storage()?.removeItem(key);
  }

  #show(): void {
    const key = this.dataset['storage'] ?? 'babillard:section';
    const id = this.#chosen ?? this.#storage()?.getItem(key) ?? undefined;
    const link = id ? this.querySelector<HTMLAnchorElement>(`a[data-section="${CSS.escape(id)}"]`) : null;
    const chosen = this.querySelector<HTMLElement>('[data-chosen]');
    const form = this.querySelector<HTMLFormElement>('form[data-choose]');
    if (chosen) chosen.hidden = !link;
    if (form) form.hidden = Boolean(link);
    if (link && chosen) {
      const name = chosen.querySelector('[data-name]');
      if (name) name.textContent = link.textContent.trim();
      for (const target of chosen.querySelectorAll<HTMLAnchorElement>('a[data-link]')) {
        const href = link.dataset[target.dataset['link'] ?? ''];
        if (href) target.href = href;
      }
    }
    for (const [list, items] of this.#lists) {
      const first = link ? items.filter((item) => item.getAttribute('data-section') === id) : [];
      list.append(...first, ...items.filter((item) => !first.includes(item)));
      for (const item of items) item.classList.toggle('is-my-section', first.includes(item));
    }
  }
}

customElements.define('my-section', MySection);
