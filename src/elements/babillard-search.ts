import { interpolate } from '../lib/i18n';
import { exactTitleFirst } from '../lib/search';

/**
 * <babillard-search>: the site search, on /recherche/ only. It wraps a plain
 * GET form (so `/recherche/?q=…` links work) and loads Pagefind's script and
 * index the first time there is something to search, never before.
 *
 * data-bundle   where Pagefind's files are (`/pagefind/`)
 * data-count    "{n} résultat{n||s} pour « {query} »"
 * data-none     "Aucun résultat pour « {query} »…"
 * data-loading, data-failed   status messages
 *
 * Inside: a form with an input `q` and radios `type` (one per kind, "" for
 * all), a `[data-status]` live region and an `[data-results]` list.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  totalFilters?: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  debouncedSearch: (term: string, options: { filters?: Record<string, string> }, wait: number) => Promise<PagefindSearch | null>;
}

/** At most this many results are shown: past that, a more precise query serves better. */
const shown = 30;

class BabillardSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLElement;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    if (!form || !input || !status || !results) return;
    [this.#form, this.#input, this.#status, this.#results] = [form, input, status, results];

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const kind = params.get('type') ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(kind)}"]`);
    if (radio) radio.checked = true;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    input.addEventListener('input', () => void this.#search(250));
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'type') void this.#search(0);
    });
    if (input.value.trim()) void this.#search(0);
  }

  /** Pagefind's script, loaded once, on the first search. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = new URL('pagefind.js', new URL(this.dataset['bundle'] ?? '/pagefind/', location.href)).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ excerptLength: 22 });
      await pagefind.init();
      // Loading the filters makes each search report its count per kind.
      await pagefind.filters();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #kind(): string {
    return this.#form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  }

  async #search(wait: number) {
    const query = this.#input.value.trim();
    const kind = this.#kind();
    this.#remember(query, kind);
    if (!query) {
      this.#status.textContent = '';
      this.#results.replaceChildren();
      this.#showCounts(undefined);
      return;
    }
    this.#status.textContent = this.dataset['loading'] ?? '';
    let search: PagefindSearch | null;
    try {
      const pagefind = await this.#load();
      search = await pagefind.debouncedSearch(query, kind ? { filters: { kind } } : {}, wait);
    } catch {
      this.#status.textContent = this.dataset['failed'] ?? '';
      this.#pagefind = undefined;
      return;
    }
    if (search === null) return; // a newer keystroke took over
    const data = exactTitleFirst(await Promise.all(search.results.slice(0, shown).map((result) => result.data())), query);
    if (query !== this.#input.value.trim() || kind !== this.#kind()) return;
    this.#showCounts(search.totalFilters?.['kind']);
    this.#results.replaceChildren(...data.map((item) => this.#item(item)));
    const template = (data.length ? this.dataset['count'] : this.dataset['none']) ?? '';
    this.#status.textContent = interpolate(template, { n: search.results.length, query });
  }

  /** Keeps the address in step, so a search can be shared or reloaded. */
  #remember(query: string, kind: string) {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (kind) url.searchParams.set('type', kind);
    history.replaceState(null, '', url);
  }

  /** How many results each kind has for the current words, next to its radio button. */
  #showCounts(counts: Record<string, number> | undefined) {
    for (const output of this.querySelectorAll<HTMLElement>('[data-kind-count]')) {
      const n = counts?.[output.dataset['kindCount'] ?? ''];
      output.textContent = n === undefined ? '' : `(${n})`;
      output.closest('label')?.toggleAttribute('data-empty', n === 0);
    }
  }

  #item(item: PagefindResultData): HTMLElement {
    const kind = item.meta['kind'] ?? '';
    const li = document.createElement('li');
    li.className = 'search-result';
    const label = document.createElement('p');
    label.className = `badge search-result__kind search-result__kind--${kind}`;
    label.textContent =
      this.querySelector(`input[name="type"][value="${CSS.escape(kind)}"]`)
        ?.closest('label')
        ?.querySelector('[data-kind-label]')?.textContent ?? kind;
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...marked(item.excerpt));
    li.append(label, heading, excerpt);
    return li;
  }
}

/**
 * Pagefind's excerpt is escaped text with <mark> around the matches. It is
 * parsed in an inert document and rebuilt from text nodes and <mark>s only,
 * so nothing else from the index can reach the page.
 */
function marked(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  return [...(parsed.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

customElements.define('babillard-search', BabillardSearch);
