/**
 * The booklet (/livret/) puts several Markdown pages in one document: each
 * chapter's ids get the chapter's prefix (two chapters may both have a
 * « Qui contacter » section) and its headings go one level down, under the
 * chapter's own title. Pure: rendered HTML in, HTML out.
 */

/**
 * A rendered chapter ready to sit inside the booklet under an `<h2>`: ids and
 * in-page links prefixed, `<h2>`–`<h5>` shifted to `<h3>`–`<h6>`.
 * @example nestChapter('<h2 id="le-magasin">Le magasin</h2><a href="#le-magasin">…</a>', 'bienvenue')
 *   → '<h3 id="bienvenue-le-magasin">Le magasin</h3><a href="#bienvenue-le-magasin">…</a>'
 */
export function nestChapter(html: string, prefix: string): string {
  return html
    .replace(/<(\/?)h([2-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}-${id}"`);
}

/** The id of a chapter's section in the booklet, which its table-of-contents entry links to. */
export const bookletAnchor = (id: string) => `livret-${id}`;
