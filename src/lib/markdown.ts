import type { Element, Root } from 'hast';
import type { Paragraph, Root as MdastRoot } from 'mdast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { routes } from './routes';

/**
 * The one Markdown renderer of the site, shared by the pages and the CMS
 * previews so both show the same thing. Content comes from a CMS and is
 * untrusted: raw HTML is parsed, then sanitised with GitHub's allow-list
 * (no script, no event handler, no javascript: or data: link, no iframe, no
 * style), before heading ids are added. Images from another site become
 * links to them: showing one would tell that site who reads the page.
 */

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
}

const schema = {
  ...defaultSchema,
  // Our own ids come after sanitising, so no user-content- prefix is needed for them;
  // ids written by hand in raw HTML are still prefixed, so they cannot clobber ours.
  protocols: { ...defaultSchema.protocols, href: ['https', 'http', 'mailto', 'tel'] },
  // Elements removed with their content: left to the default, a <style> block
  // would lose its tag but print its CSS as text in the page.
  strip: ['script', 'style', 'iframe', 'noscript', 'template', 'textarea', 'title'],
  // The slot a `::groupe{id=…}` line leaves for a group's card (see `groupDirectives`).
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.['div'] ?? []), 'dataGroupCard'] },
};

/**
 * `::groupe{id=annonces}` alone on its line places that group's card in the
 * text (the leaf-directive syntax of CommonMark's generic directives proposal;
 * `id="annonces"` and `#annonces` are read too). The renderer leaves a slot,
 * `<div data-group-card="annonces"></div>`, that `renderMarkdown` fills with
 * the card the page gives it; the content check refuses an id that no group
 * has and a `::groupe` line it cannot read.
 */
const GROUP_DIRECTIVE = /^::groupe\{\s*(?:id\s*=\s*["']?|#)([a-z0-9-]+)["']?\s*\}$/;
const LOOKS_LIKE_DIRECTIVE = /^::\s*groupes?\b/i;

/** A group placed in a text, with its line; `id` is empty when the line is a `::groupe` the renderer cannot read. */
export interface GroupDirective {
  id: string;
  line?: number | undefined;
}

function groupDirectives(into: GroupDirective[]) {
  return () => (tree: MdastRoot) => {
    visit(tree, 'paragraph', (node: Paragraph) => {
      const [only, ...rest] = node.children;
      const text = rest.length === 0 && only?.type === 'text' ? only.value.trim() : '';
      if (!LOOKS_LIKE_DIRECTIVE.test(text)) return;
      const id = GROUP_DIRECTIVE.exec(text)?.[1] ?? '';
      into.push({ id, line: node.position?.start.line });
      // remark-rehype makes this paragraph the slot `<div data-group-card="id"></div>`.
      if (id) node.data = { hName: 'div', hProperties: { dataGroupCard: id }, hChildren: [] };
    });
  };
}

function collectHeadings(into: Heading[]) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([2-4])$/.exec(node.tagName)?.[1];
      const id = node.properties['id'];
      if (depth && typeof id === 'string') into.push({ depth: Number(depth), text: toString(node), id });
    });
  };
}

function hardenLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) {
        node.properties['rel'] = ['noopener', 'noreferrer'];
      }
    });
  };
}

/** An origin no real site has, to resolve paths against: whatever resolves elsewhere leaves the site. */
const HERE = 'https://site.invalid';

/**
 * Whether an image address would make the browser ask another origin, in any
 * spelling a browser accepts: `https://…`, `//host`, `/\\host`, `\\\\host`, tabs
 * or line breaks inside, entities (already decoded in the tree).
 * @example isOffSite('/media/plan.png') → false
 * @example isOffSite('/\\evil.example/x.png') → true
 */
export function isOffSite(url: string): boolean {
  try {
    return new URL(url, `${HERE}/page/`).origin !== HERE;
  } catch {
    return true;
  }
}

/** The addresses of a `srcset` list (`a.png 1x, b.png 2x`). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * `<img src="https://elsewhere/x.png" alt="Plan">` → `<a href="https://elsewhere/x.png">Plan</a>`: nothing is
 * fetched from another origin. A `<source srcset>` that names another origin is dropped.
 */
function offSiteImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'source') {
        const srcset = node.properties['srcSet'];
        const list = Array.isArray(srcset) ? srcset.join(',') : typeof srcset === 'string' ? srcset : '';
        if (parent && index !== undefined && srcsetUrls(list).some(isOffSite)) {
          parent.children.splice(index, 1);
          return index;
        }
        return undefined;
      }
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string' || !isOffSite(src)) return undefined;
      const alt = node.properties['alt'];
      node.tagName = 'a';
      node.properties = { href: src };
      node.children = [{ type: 'text', value: typeof alt === 'string' && alt.trim() ? alt : src }];
      return undefined;
    });
  };
}

/**
 * A visible link to each section (h2–h4), after its title, so a member can
 * copy the address of one rule. The link is left out of the search index.
 */
function anchorLinks(label: (title: string) => string) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties['id'];
      if (!/^h[2-4]$/.test(node.tagName) || typeof id !== 'string') return;
      const title = toString(node);
      node.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
            { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: label(title) }] },
          ],
        },
      );
    });
  };
}

export interface RenderOptions {
  /** Adds a visible `#` link to every section; the function words its accessible name. */
  anchorLabel?: (title: string) => string;
  /** The HTML of a group's card, for each `::groupe{id=…}` line; without it, or for an unknown id, a link to the group's page. */
  groupCard?: ((id: string) => string | undefined) | undefined;
}

/**
 * Fills the slots `::groupe{id=…}` lines left with the page's cards. A slot
 * written by hand in raw HTML is not a directive the content check has seen: it is emptied.
 */
function withGroupCards(html: string, directives: readonly GroupDirective[], groupCard: RenderOptions['groupCard']): string {
  const placed = new Set(directives.map((d) => d.id));
  return html.replace(/<div data-group-card="([a-z0-9-]+)"><\/div>/g, (_, id: string) =>
    placed.has(id) ? (groupCard?.(id) ?? `<p class="group-card-link"><a href="${routes.group(id)}">${routes.group(id)}</a></p>`) : '',
  );
}

/**
 * What the one pipeline makes of a text: the sanitised tree, its HTML, its
 * headings, and the addresses it links to or shows as written. The content
 * check and the pages ask for the same bodies; this is worked out once per
 * text for the whole build process (the check runs in the build's own
 * modules, the pages in Vite's: the cache lives on globalThis for both).
 */
interface Analysis {
  tree: Root;
  html: string;
  /** h2–h4, for the tables of contents. */
  headings: Heading[];
  /** Every heading's id, h1–h6: the anchors a link may aim at. */
  ids: string[];
  references: MarkdownReference[];
  groups: GroupDirective[];
}

interface Caches {
  analyses: Map<string, Analysis>;
  anchored: Map<string, RenderedMarkdown>;
  texts: Map<string, string>;
  /** Markdown syntax trees, for the plain-text renderings (read only once parsed). */
  trees: Map<string, MdNode>;
}

const caches: Caches = ((globalThis as { [key: symbol]: Caches | undefined })[Symbol.for('babillard.markdown')] ??= {
  analyses: new Map(),
  anchored: new Map(),
  texts: new Map(),
  trees: new Map(),
});

/** A long `npm start` sees many versions of the same texts: start again past this many. */
const MAX_CACHED = 20_000;
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_CACHED) map.clear();
  map.set(key, value);
  return value;
}

/**
 * What GitHub's additions to Markdown start from: addresses written bare
 * (`www.`, `http`, `mailto:`, `xmpp:`, `@`), tables (`|`), strikethrough
 * (`~`), footnotes (`^`), task lists (`[ ]`, `[x]`). A text holding none of
 * them reads the same without the GFM extension, and four times faster
 * (most texts: a co-op's bodies link with `[…](/…)`).
 */
const GFM_MARK = /[@|~^]|www|http|mailto|xmpp|\[[\s xX]\]/i;

/** The Markdown parser of the site for a text: with GFM whenever the text could use it. */
function markdownParser(gfm: boolean) {
  const parser = unified().use(remarkParse);
  return gfm ? parser.use(remarkGfm) : parser;
}

function analyse(markdown: string): Analysis {
  const known = caches.analyses.get(markdown);
  if (known) return known;
  const references: MarkdownReference[] = [];
  const groups: GroupDirective[] = [];
  const gfm = GFM_MARK.test(markdown);
  const parser = markdownParser(gfm).use(groupDirectives(groups)).use(remarkRehype, { allowDangerousHtml: true });
  // Raw HTML is parsed into the tree. Plain Markdown without a « < » holds none, and the step
  // would give back the same tree (not so for GFM's footnotes: it rewrites an attribute).
  if (gfm || markdown.includes('<')) parser.use(rehypeRaw);
  const mdast = parser.parse(markdown);
  // The plain-text renderings read the same Markdown tree: turning it into HTML leaves it as it is
  // (the ::groupe step only adds `data` to its paragraphs, which plain text does not read).
  if (!caches.trees.has(markdown)) remember(caches.trees, markdown, mdast as unknown as MdNode);
  const raw = parser.runSync(mdast);
  visit(raw, 'element', (node: Element) => {
    for (const [attribute, kind] of pointers[node.tagName] ?? []) {
      const value = node.properties[attribute];
      const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : undefined;
      if (text === undefined) continue;
      const urls = attribute === 'srcSet' ? srcsetUrls(text) : [text];
      for (const url of urls) references.push({ url, kind, line: node.position?.start.line });
    }
  });
  const headings: Heading[] = [];
  const tree = unified().use(rehypeSanitize, schema).use(offSiteImagesAsLinks).use(rehypeSlug).use(hardenLinks).use(collectHeadings(headings)).runSync(raw);
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (/^h[1-6]$/.test(node.tagName) && typeof id === 'string') ids.push(id);
  });
  const html = unified().use(rehypeStringify).stringify(tree);
  return remember(caches.analyses, markdown, { tree, html, headings, ids, references, groups });
}

/**
 * @example renderMarkdown('## Règles\n\nSoyez <b>aimables</b><script>x</script>')
 *   → { html: '<h2 id="règles">Règles</h2>\n<p>Soyez <b>aimables</b></p>', headings: [{ depth: 2, text: 'Règles', id: 'règles' }] }
 */
export function renderMarkdown(markdown: string, { anchorLabel, groupCard }: RenderOptions = {}): RenderedMarkdown {
  const analysis = analyse(markdown);
  const cards = (html: string) => (analysis.groups.length ? withGroupCards(html, analysis.groups, groupCard) : html);
  if (!anchorLabel) return { html: cards(analysis.html), headings: [...analysis.headings] };
  const key = `${anchorLabel('\u0000')}\u0001${markdown}`;
  const known = caches.anchored.get(key);
  if (known) return { html: cards(known.html), headings: [...known.headings] };
  const tree = unified().use(anchorLinks(anchorLabel)).runSync(structuredClone(analysis.tree)) as Root;
  const result = remember(caches.anchored, key, { html: unified().use(rehypeStringify).stringify(tree), headings: analysis.headings });
  return { html: cards(result.html), headings: [...result.headings] };
}

/** The ids of the sections (h2–h4) of a Markdown text, as the page will render them. */
export function headingSlugs(markdown: string): string[] {
  return renderMarkdown(markdown).headings.map((h) => h.id);
}

/** Minutes to read a text at a relaxed 200 words a minute, at least 1. */
export function readingMinutes(markdown: string): number {
  // Every chapter's table of contents lists every chapter's time: counted once per text.
  const known = readingTimes.get(markdown);
  if (known !== undefined) return known;
  const words = markdown.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return remember(readingTimes, markdown, Math.max(1, Math.round(words / 200)));
}

const readingTimes = new Map<string, number>();

type MdNode = { type: string; value?: string; url?: string; alt?: string | null; ordered?: boolean | null; children?: MdNode[] };

/** The text of inline Markdown; a link keeps its address after the words, since plain text cannot link. */
function inlineText(node: MdNode, resolve?: (url: string) => string): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'html') return '';
  const text = (node.children ?? []).map((child) => inlineText(child, resolve)).join('');
  if (node.type === 'link' && node.url) {
    const bare = node.url.replace(/^mailto:/, '');
    const shown = bare === node.url && resolve && !/^[a-z][a-z0-9+.-]*:/i.test(node.url) ? resolve(node.url) : bare;
    return text === node.url || text === bare ? (text === shown ? text : shown) : `${text} (${shown})`;
  }
  return text;
}

/** The group a paragraph places (`::groupe{id=…}` alone in it), if it is such a line. */
function placedGroup(node: MdNode): string | undefined {
  const [only, ...rest] = node.children ?? [];
  return node.type === 'paragraph' && rest.length === 0 && only?.type === 'text' ? GROUP_DIRECTIVE.exec((only.value ?? '').trim())?.[1] : undefined;
}

function blockText(node: MdNode, resolve?: (url: string) => string): string {
  const inline = (child: MdNode) => inlineText(child, resolve);
  const block = (child: MdNode) => blockText(child, resolve);
  // Plain text cannot hold a card: a placed group becomes its page's address.
  const placed = placedGroup(node);
  if (placed) return resolve ? resolve(routes.group(placed)) : routes.group(placed);
  switch (node.type) {
    case 'list':
      return (node.children ?? []).map((item, i) => `${node.ordered ? `${i + 1}.` : '–'} ${(item.children ?? []).map(block).join('\n')}`).join('\n');
    case 'blockquote':
      return (node.children ?? []).map(block).join('\n\n');
    case 'code':
      return node.value ?? '';
    case 'table':
      return (node.children ?? []).map((row) => (row.children ?? []).map(inline).join(' | ')).join('\n');
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return '';
    default:
      return inline(node);
  }
}

/**
 * Markdown as plain text, for places that cannot show HTML (calendar feeds, chat messages):
 * one blank line between blocks, list items on their own lines, link
 * addresses kept in brackets, raw HTML dropped. With `resolve`, links to the
 * site's own pages (`/guide/`, `#horaires`) are written as it says, for texts
 * read away from the site.
 * @example markdownToText('Venez **tôt**.\n\n- café\n- [formulaire](https://f.example.org/)')
 *   → 'Venez tôt.\n\n– café\n– formulaire (https://f.example.org/)'
 * @example markdownToText('Voir [le guide](/guide/).', { resolve: (url) => `https://coop.example.org${url}` }) → 'Voir le guide (https://coop.example.org/guide/).'
 */
export function markdownToText(markdown: string, { resolve }: { resolve?: (url: string) => string } = {}): string {
  // An event's text goes into every feed that carries it (all, its type, its group, its own).
  if (resolve) return toText(markdown, resolve);
  return caches.texts.get(markdown) ?? remember(caches.texts, markdown, toText(markdown));
}

function toText(markdown: string, resolve?: (url: string) => string): string {
  // The same body is written for every feed and every chat message family: parsed once.
  const tree = caches.trees.get(markdown) ?? remember(caches.trees, markdown, markdownParser(GFM_MARK.test(markdown)).parse(markdown) as unknown as MdNode);
  return (tree.children ?? [])
    .map((node) => blockText(node, resolve))
    .filter((text) => text.trim() !== '')
    .join('\n\n')
    .trim();
}

/** A link or image address written in a Markdown text, with its line in that text. */
export interface MarkdownReference {
  url: string;
  kind: 'link' | 'image';
  line?: number | undefined;
}

/** Attributes that point somewhere, by element: what the content check follows. */
const pointers: Record<string, readonly [attribute: string, kind: MarkdownReference['kind']][]> = {
  a: [['href', 'link']],
  area: [['href', 'link']],
  img: [
    ['src', 'image'],
    ['srcSet', 'image'],
  ],
  source: [
    ['src', 'image'],
    ['srcSet', 'image'],
  ],
  video: [
    ['src', 'image'],
    ['poster', 'image'],
  ],
  audio: [['src', 'image']],
};

/**
 * What the content check needs of a Markdown text: the ids its headings get
 * on the page, and every address it links to or shows (Markdown and raw HTML
 * alike, as written, before sanitising).
 * @example markdownOutline('## Horaires\n\nVoir [le guide](/guide/bienvenue/).')
 *   → { headings: ['horaires'], references: [{ url: '/guide/bienvenue/', kind: 'link', line: 3 }] }
 */
export function markdownOutline(markdown: string): { headings: string[]; references: MarkdownReference[]; groups: GroupDirective[] } {
  const { ids, references, groups } = analyse(markdown);
  return { headings: [...ids], references: [...references], groups: [...groups] };
}
