import { interpolate } from '../lib/i18n';
import { matchTitles, mergeResults, type ShownResult, type TitleEntry } from '../lib/search';

/**
 * <babillard-search>: the site search, on /recherche/ only. It wraps a plain
 * GET form (so `/recherche/?q=…` links work). Made for a phone on a weak
 * network, where each request costs seconds:
 *
 * - Pagefind starts loading as the page opens (its script, entry file and
 *   engine are preloaded by the page itself), on the main thread: its web
 *   worker would be one more file to wait for;
 * - group and page names answer at once, from the title list the page
 *   carries (`[data-title-list]`), while Pagefind is on its way; a word's
 *   beginning is enough (« volan » finds the Volants group);
 * - only the first five results' data is fetched; « voir plus » fetches more.
 *
 * data-bundle     where Pagefind's files are (`/pagefind/`)
 * data-cache-tag  the build's tag, which Pagefind adds to its entry file's address
 * data-count      "{n} résultat{n||s} pour « {query} »"
 * data-none       "Aucun résultat pour « {query} »…"
 * data-titles     said while only names have answered
 * data-loading, data-failed   status messages
 *
 * Inside: a form with an input `q` and radios `type` (one per kind, "" for
 * all), a `[data-status]` live region, an `[data-results]` list and a
 * `[data-more]` button. The element's `data-state` says where it stands
 * (`titles`, `done`, `failed`), for tests to wait on.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  search: (term: string, options: { filters?: Record<string, string> }) => Promise<PagefindSearch>;
  debouncedSearch: (term: string, options: { filters?: Record<string, string> }, wait: number) => Promise<PagefindSearch | null>;
}

/** Results whose data is fetched at a time: five show what is there; more wait for « voir plus ». */
const STEP = 5;

/** What one search has found so far. */
interface Found {
  query: string;
  kind: string;
  titles: TitleEntry[];
  results: PagefindResult[];
  loaded: ShownResult[];
  counts: Record<string, number> | undefined;
}

class BabillardSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /** Searches report their counts per kind once Pagefind's filters have loaded. */
  #filtersLoaded = false;
  #titles: TitleEntry[] = [];
  #found: Found | undefined;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #more!: HTMLButtonElement;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!form || !input || !status || !results || !more) return;
    [this.#form, this.#input, this.#status, this.#results, this.#more] = [form, input, status, results, more];
    this.#titles = readTitles(this.querySelector('[data-title-list]')?.textContent);

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const kind = params.get('type') ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="type"][value="${CSS.escape(kind)}"]`);
    if (radio) radio.checked = true;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    input.addEventListener('input', () => void this.#search(200));
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'type') void this.#search(0);
    });
    more.addEventListener('click', () => void this.#showMore());
    // The member came here to search: Pagefind loads now, while they type.
    void this.#load().catch(() => undefined);
    if (input.value.trim()) void this.#search(0);
  }

  /** Pagefind's script, loaded once; its filters follow without holding up the first results. */
  #load(): Promise<Pagefind> {
    if (this.#pagefind) return this.#pagefind;
    const loading = (async () => {
      const url = new URL('pagefind.js', new URL(this.dataset['bundle'] ?? '/pagefind/', location.href)).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      const tag = this.dataset['cacheTag'];
      await pagefind.options({ excerptLength: 22, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
      await pagefind.init();
      // Loading the filters makes each later search report its count per kind.
      void pagefind.filters().then(() => {
        this.#filtersLoaded = true;
        void this.#refreshCounts();
      });
      return pagefind;
    })();
    this.#pagefind = loading;
    // A failed load (the network dropped) is tried again at the next search.
    loading.catch(() => {
      if (this.#pagefind === loading) this.#pagefind = undefined;
    });
    return loading;
  }

  #kind(): string {
    return this.#form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '';
  }

  #current(query: string, kind: string): boolean {
    return query === this.#input.value.trim() && kind === this.#kind();
  }

  async #search(wait: number) {
    const query = this.#input.value.trim();
    const kind = this.#kind();
    this.#remember(query, kind);
    this.#found = undefined;
    if (!query) {
      this.#status.textContent = '';
      this.#results.replaceChildren();
      this.#more.hidden = true;
      this.#showCounts(undefined);
      delete this.dataset['state'];
      return;
    }
    // Names first, at once, from the list the page carries.
    const titles = matchTitles(this.#titles, query, kind);
    this.#render(mergeResults(titles, [], query));
    this.#more.hidden = true;
    this.#status.textContent = (titles.length ? this.dataset['titles'] : this.dataset['loading']) ?? '';
    this.dataset['state'] = 'titles';

    let search: PagefindSearch | null;
    try {
      const pagefind = await this.#load();
      search = await pagefind.debouncedSearch(query, kind ? { filters: { kind } } : {}, wait);
    } catch {
      this.#status.textContent = this.dataset['failed'] ?? '';
      this.dataset['state'] = 'failed';
      return;
    }
    if (search === null || !this.#current(query, kind)) return; // a newer keystroke took over
    this.#found = { query, kind, titles, results: search.results, loaded: [], counts: this.#filtersLoaded ? (search.totalFilters?.['kind'] ?? {}) : undefined };
    await this.#showMore();
  }

  /** Fetches the data of the next few results and shows everything found so far. */
  async #showMore() {
    const found = this.#found;
    if (!found) return;
    const next = found.results.slice(found.loaded.length, found.loaded.length + STEP);
    this.#more.disabled = true;
    const data = await Promise.all(next.map((result) => result.data()));
    if (this.#found !== found) return;
    found.loaded.push(...data.map((item) => ({ url: item.url, title: item.meta['title'] ?? item.url, kind: item.meta['kind'] ?? '', excerpt: item.excerpt })));
    const shown = mergeResults(found.titles, found.loaded, found.query);
    this.#render(shown);
    this.#more.disabled = false;
    this.#more.hidden = found.loaded.length >= found.results.length;
    // A page found by its name may be among Pagefind's results not fetched yet: it counts once all are in.
    const absent = found.loaded.length >= found.results.length ? this.#namesOnly(found) : [];
    const total = found.results.length + absent.length;
    this.#showCounts(found.counts, absent);
    this.#status.textContent = interpolate((total ? this.dataset['count'] : this.dataset['none']) ?? '', { n: total, query: found.query });
    this.dataset['state'] = 'done';
  }

  /** Pages found by their name that Pagefind has not returned among the results fetched so far. */
  #namesOnly(found: Found): TitleEntry[] {
    const loaded = new Set(found.loaded.map((result) => result.url));
    return found.titles.filter((entry) => !loaded.has(entry.url));
  }

  /** Once the filters have loaded, the counts per kind of the search on screen. */
  async #refreshCounts() {
    const found = this.#found;
    const pagefind = this.#pagefind && (await this.#pagefind);
    if (!found || !pagefind || found.counts) return;
    const search = await pagefind.search(found.query, found.kind ? { filters: { kind: found.kind } } : {});
    if (this.#found !== found) return;
    found.counts = search.totalFilters?.['kind'] ?? {};
    this.#showCounts(found.counts, found.loaded.length >= found.results.length ? this.#namesOnly(found) : []);
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
  #showCounts(counts: Record<string, number> | undefined, namesOnly: readonly TitleEntry[] = []) {
    for (const output of this.querySelectorAll<HTMLElement>('[data-kind-count]')) {
      const kind = output.dataset['kindCount'] ?? '';
      const base = counts?.[kind];
      const n = base === undefined ? undefined : base + namesOnly.filter((entry) => entry.kind === kind).length;
      output.textContent = n === undefined ? '' : `(${n})`;
      output.closest('label')?.toggleAttribute('data-empty', n === 0);
    }
  }

  #render(results: readonly ShownResult[]) {
    this.#results.replaceChildren(...results.map((item) => this.#item(item)));
  }

  #item(item: ShownResult): HTMLElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const label = document.createElement('p');
    label.className = `badge search-result__kind search-result__kind--${item.kind}`;
    label.textContent =
      this.querySelector(`input[name="type"][value="${CSS.escape(item.kind)}"]`)
        ?.closest('label')
        ?.querySelector('[data-kind-label]')?.textContent ?? item.kind;
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.title;
    heading.append(link);
    li.append(label, heading);
    if (item.excerpt !== undefined || item.text) {
      const excerpt = document.createElement('p');
      if (item.excerpt !== undefined) excerpt.append(...marked(item.excerpt));
      else excerpt.textContent = item.text ?? '';
      li.append(excerpt);
    }
    return li;
  }
}

/** The title list the page carries; a broken one only loses the instant answers. */
function readTitles(json: string | null | undefined): TitleEntry[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(list) ? (list as TitleEntry[]).filter((entry) => typeof entry.url === 'string' && entry.url.startsWith('/')) : [];
  } catch {
    return [];
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
