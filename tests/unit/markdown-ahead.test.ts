import { describe, expect, it } from 'vitest';
import { analyseMarkdownAhead } from '../../src/integrations/markdown-ahead';
import { markdownOutline, markdownToText, renderMarkdown, shareAnalyses, takeAnalyses } from '../../src/lib/markdown';

/** A text no other test analyses, so that what is in the caches came from here. */
const chapter = (i: number, run: string) =>
  `## Étape ${i} ${run}\n\nVoir [le guide](/guide/bienvenue/) et <a href="/charte/#article-${i}">l’article ${i}</a>.\n\n::groupe{id=accueil}\n`;

describe('analysing the Markdown ahead of the content check', () => {
  it('takes analyses made elsewhere as they are: a text taken is not analysed again', () => {
    const text = chapter(0, 'pris');
    const [shared] = structuredClone(shareAnalyses([`${text}\n`]));
    if (!shared) throw new Error('no analysis');
    takeAnalyses([{ ...shared, markdown: text, analysis: { ...shared.analysis, html: '<p>venu d’ailleurs</p>' } }]);
    expect(renderMarkdown(text).html).toBe('<p>venu d’ailleurs</p>');
  });

  it('leaves a small site to the content check alone', async () => {
    const files = Array.from({ length: 20 }, (_, i) => ({ rel: `pages/petit-${i}.md`, text: `---\ntitle: Petit\n---\nTexte ${i}\n` }));
    expect(await analyseMarkdownAhead(files)).toEqual({ here: 0, worker: 0 });
  });

  it('splits a large site between a worker thread and this one, and every text then renders as if analysed here', async () => {
    const run = String(Date.now());
    const files = Array.from({ length: 240 }, (_, i) => ({ rel: `pages/etape-${i}.md`, text: `---\ntitle: Étape ${i}\nkind: guide\n---\n${chapter(i, run)}` }));
    const shares = await analyseMarkdownAhead(files);
    expect(shares.here + shares.worker).toBe(240);
    expect(shares.worker).toBeGreaterThan(100);
    // The last texts are the worker's share; the first this thread's.
    for (const i of [0, 239]) {
      const text = chapter(i, run);
      expect(markdownOutline(text)).toEqual({
        headings: [`étape-${i}-${run}`],
        references: [
          { url: '/guide/bienvenue/', kind: 'link', line: 3 },
          { url: `/charte/#article-${i}`, kind: 'link', line: 3 },
        ],
        groups: [{ id: 'accueil', line: 5 }],
      });
      const rendered = renderMarkdown(text, { anchorLabel: (title) => `Lien vers « ${title} »`, groupCard: (id) => `<aside>${id}</aside>` });
      expect(rendered.html).toContain(`<h2 id="étape-${i}-${run}">Étape ${i} ${run} <a class="heading-anchor" href="#étape-${i}-${run}"`);
      expect(rendered.html).toContain('<aside>accueil</aside>');
      expect(markdownToText(text)).toBe(`Étape ${i} ${run}\n\nVoir le guide (/guide/bienvenue/) et l’article ${i}.\n\n/groupes/accueil/`);
    }
  });
});
