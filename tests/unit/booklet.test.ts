import { describe, expect, it } from 'vitest';
import { bookletAnchor, nestChapter } from '../../src/lib/booklet';
import { renderMarkdown } from '../../src/lib/markdown';

describe('nestChapter', () => {
  it('prefixes ids and the links to them, so two chapters may share a section title', () => {
    const first = nestChapter(renderMarkdown('## Qui contacter\n\nVoir [plus bas](#qui-contacter).').html, bookletAnchor('bienvenue'));
    const second = nestChapter(renderMarkdown('## Qui contacter\n').html, bookletAnchor('creneau'));
    expect(first).toContain('id="livret-bienvenue-qui-contacter"');
    expect(first).toContain('href="#livret-bienvenue-qui-contacter"');
    expect(second).toContain('id="livret-creneau-qui-contacter"');
  });

  it('puts headings one level down, under the chapter’s own title', () => {
    expect(nestChapter('<h2 id="a">A</h2><h3 id="b">B</h3><h4>C</h4>', 'x')).toBe('<h3 id="x-a">A</h3><h4 id="x-b">B</h4><h5>C</h5>');
  });

  it('leaves links to other pages and other attributes alone', () => {
    expect(nestChapter('<p><a href="/charte/#ton">charte</a></p>', 'x')).toBe('<p><a href="/charte/#ton">charte</a></p>');
  });
});
