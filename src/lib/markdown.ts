import type { Element, Root } from 'hast';
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
};

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

/** `<img src="https://elsewhere/x.png" alt="Plan">` → `<a href="https://elsewhere/x.png">Plan</a>`: nothing is fetched from another origin. */
function offSiteImagesAsLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string' || !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) return;
      const alt = node.properties['alt'];
      node.tagName = 'a';
      node.properties = { href: src };
      node.children = [{ type: 'text', value: typeof alt === 'string' && alt.trim() ? alt : src }];
    });
  };
}

/**
 * @example renderMarkdown('## Règles\n\nSoyez <b>aimables</b><script>x</script>')
 *   → { html: '<h2 id="règles">Règles</h2>\n<p>Soyez <b>aimables</b></p>', headings: [{ depth: 2, text: 'Règles', id: 'règles' }] }
 */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const headings: Heading[] = [];
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(offSiteImagesAsLinks)
    .use(rehypeSlug)
    .use(hardenLinks)
    .use(collectHeadings(headings))
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(html), headings };
}

/** The ids of the sections (h2–h4) of a Markdown text, as the page will render them. */
export function headingSlugs(markdown: string): string[] {
  return renderMarkdown(markdown).headings.map((h) => h.id);
}

/** Minutes to read a text at a relaxed 200 words a minute, at least 1. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
