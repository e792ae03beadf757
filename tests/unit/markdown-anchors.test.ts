import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';

describe('renderMarkdown with anchor links', () => {
  const label = (title: string) => `Lien vers « ${title} »`;

  it('adds a visible # link to each section, named for screen readers and kept out of the search index', () => {
    const { html, headings } = renderMarkdown('## Ton et bienveillance\n\nTexte.\n\n### Détail', { anchorLabel: label });
    expect(html).toContain(
      '<a class="heading-anchor" href="#ton-et-bienveillance" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Lien vers « Ton et bienveillance »</span></a>',
    );
    expect(html).toContain('href="#détail"');
    expect(headings.map((h) => h.text)).toEqual(['Ton et bienveillance', 'Détail']);
  });

  it('adds nothing when not asked (the CMS previews)', () => {
    expect(renderMarkdown('## Titre').html).toBe('<h2 id="titre">Titre</h2>');
  });
});
