/**
 * The kinds of pages the site search knows. Each indexed page carries its
 * kind as Pagefind metadata and filter (see Base.astro); the search page
 * offers one filter per kind, in this order.
 */
import { routes } from './routes';

export const searchKinds = ['group', 'event', 'guide', 'charter', 'news', 'page'] as const;

export type SearchKind = (typeof searchKinds)[number];

/**
 * A query or title reduced to its bare letters: no case, no accents, no
 * punctuation (dashes, apostrophes), single spaces.
 * @example bareWords('Cagette – Équipe du lundi') → 'cagette equipe du lundi'
 */
export function bareWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Pagefind ranks by words; a visitor who types a page's exact title (a group's
 * name, typically) expects that page first. Moves such results to the front,
 * keeping the order otherwise.
 * @example exactTitleFirst([{ title: 'Petites annonces' }, { title: 'Annonces' }], 'annonces')
 *   → [{ title: 'Annonces' }, { title: 'Petites annonces' }]
 */
export function exactTitleFirst<T extends { title: string }>(results: readonly T[], query: string): T[] {
  const wanted = bareWords(query);
  const exact = results.filter((r) => bareWords(r.title) === wanted);
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}

/** One page of the build-time title list: what the search answers before Pagefind has loaded. */
export interface TitleEntry {
  url: string;
  title: string;
  kind: SearchKind;
  /** A line shown under the title (a group's purpose, a page's summary). */
  text?: string | undefined;
}

/** Long enough to say what a page is, short enough to keep the list small. */
const TEXT_LENGTH = 140;
const shortText = (text: string | undefined) => (text && text.length > TEXT_LENGTH ? `${text.slice(0, TEXT_LENGTH - 1).trimEnd()}…` : text);

/**
 * The names of the groups and pages, written into /recherche/ at build time:
 * a member typing « volan » gets the Volants group at once, before Pagefind
 * has loaded on a slow network. Addresses of pages only: never an invite link.
 * @example titleList({ groups: [{ id: 'volants', name: 'Cagette – Volants', purpose: '…' }], guide: [], pages: [] })
 *   → [{ url: '/groupes/volants/', title: 'Cagette – Volants', kind: 'group', text: '…' }]
 */
export function titleList(input: {
  groups: readonly { id: string; name: string; purpose?: string | undefined }[];
  guide: readonly { id: string; title: string; description?: string | undefined }[];
  charter?: { title: string; description?: string | undefined } | undefined;
  pages: readonly { id: string; title: string; description?: string | undefined }[];
}): TitleEntry[] {
  return [
    ...input.groups.map((g): TitleEntry => ({ url: routes.group(g.id), title: g.name, kind: 'group', text: shortText(g.purpose) })),
    ...input.guide.map((p): TitleEntry => ({ url: routes.chapter(p.id), title: p.title, kind: 'guide', text: shortText(p.description) })),
    ...(input.charter ? [{ url: routes.charter, title: input.charter.title, kind: 'charter', text: shortText(input.charter.description) } as const] : []),
    ...input.pages.map((p): TitleEntry => ({ url: routes.page(p.id), title: p.title, kind: 'page', text: shortText(p.description) })),
  ];
}

/** A word typed must have this many letters before titles are matched by their beginning. */
export const PREFIX_LETTERS = 3;

/**
 * The entries whose title has, for every word typed, a word that starts with
 * it; at least one word typed must have three letters or more, so « a » alone
 * does not list everything. Exact titles come first.
 * @example matchTitles(list, 'volan') → [{ url: '/groupes/volants/', title: 'Cagette – Volants', … }]
 * @example matchTitles(list, 'vo') → []
 */
export function matchTitles(entries: readonly TitleEntry[], query: string, kind = ''): TitleEntry[] {
  const typed = bareWords(query).split(' ').filter(Boolean);
  if (!typed.some((word) => word.length >= PREFIX_LETTERS)) return [];
  const hits = entries.filter((entry) => {
    if (kind && entry.kind !== kind) return false;
    const words = bareWords(entry.title).split(' ');
    return typed.every((word) => words.some((w) => w.startsWith(word)));
  });
  return exactTitleFirst(hits, query);
}

/** One result as the search page shows it. */
export interface ShownResult {
  url: string;
  title: string;
  kind: string;
  /** Pagefind's excerpt: escaped text with <mark> around the words found. */
  excerpt?: string | undefined;
  /** Plain text, for a page found by its name before Pagefind answered. */
  text?: string | undefined;
}

/**
 * The results in the order shown: exact titles first, then the pages found by
 * the beginning of their name, then the rest of what Pagefind found (so far),
 * each page once. A page Pagefind found keeps its excerpt.
 * @example mergeResults([{ url: '/groupes/volants/', title: 'Cagette – Volants', kind: 'group' }], [{ url: '/charte/', … }], 'volan')
 *   → [{ url: '/groupes/volants/', … }, { url: '/charte/', … }]
 */
export function mergeResults(titles: readonly TitleEntry[], found: readonly ShownResult[], query: string): ShownResult[] {
  const byUrl = new Map(found.map((result) => [result.url, result]));
  const named = titles.map((entry): ShownResult => byUrl.get(entry.url) ?? entry);
  const seen = new Set(named.map((result) => result.url));
  return exactTitleFirst([...named, ...found.filter((result) => !seen.has(result.url))], query);
}

/** Block-level elements whose text Pagefind would otherwise glue to the next block's. */
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|label|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/**
 * The HTML of a page as Pagefind should read it: a space before every block
 * tag. Astro writes blocks without whitespace between them (`</dt><dd>`),
 * and Pagefind then joins their texts into one word (« Pour quiÉquipes »),
 * which no query finds and every excerpt shows. The served pages stay as built.
 * @example spacedBlocks('<dt>Pour qui</dt><dd>Équipes</dd>') → ' <dt>Pour qui </dt> <dd>Équipes </dd>'
 */
export function spacedBlocks(html: string): string {
  return html.replace(BLOCK_TAG, ' $&');
}

/** Index chunks are preloaded only while all of them together weigh no more than this (bytes, as served). */
export const PRELOADED_INDEX_BYTES = 96 * 1024;

/**
 * The `<link rel="preload">`s of the Pagefind files that every search waits
 * for after its entry file: the language's metadata, its filter chunks and,
 * on a site small enough, its index chunks. Their names hold hashes known only
 * once Pagefind has written them, so the build adds these to /recherche/
 * afterwards; asked for with the page, they save two round trips on a slow
 * network. On a larger site the index chunks are left to Pagefind, which
 * fetches only those the words typed need.
 * @example searchPreloads('/pagefind/', { meta: 'pagefind.fr_1a.pf_meta', filters: ['filter/fr_2b.pf_filter'], index: [{ file: 'index/fr_3c.pf_index', bytes: 23000 }] })
 *   → '<link rel="preload" href="/pagefind/pagefind.fr_1a.pf_meta" as="fetch" crossorigin="anonymous">…'
 */
export function searchPreloads(bundle: string, files: { meta: string; filters: readonly string[]; index: readonly { file: string; bytes: number }[] }): string {
  const indexBytes = files.index.reduce((sum, chunk) => sum + chunk.bytes, 0);
  const wanted = [files.meta, ...files.filters, ...(indexBytes <= PRELOADED_INDEX_BYTES ? files.index.map((chunk) => chunk.file) : [])];
  return wanted.map((file) => `<link rel="preload" href="${bundle}${file}" as="fetch" crossorigin="anonymous">`).join('');
}
