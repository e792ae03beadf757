import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';

describe('renderMarkdown sanitises raw HTML instead of rejecting it', () => {
  it('keeps harmless markup and drops script, handlers and dangerous links', () => {
    const { html } = renderMarkdown(
      'Soyez <b onclick="x()">aimables</b><script>alert(1)</script> [ici](javascript:alert(1)) <a href="data:text/html,x">là</a>',
    );
    expect(html).toBe('<p>Soyez <b>aimables</b> <a>ici</a> <a>là</a></p>');
  });

  it('shows an image from another site as a link to it, so the page fetches nothing elsewhere', () => {
    expect(renderMarkdown('![Plan du quartier](https://cartes.example.org/plan.png)').html).toBe(
      '<p><a href="https://cartes.example.org/plan.png" rel="noopener noreferrer">Plan du quartier</a></p>',
    );
    expect(renderMarkdown('<img src="//cdn.example.org/x.png">').html).toBe('<a href="//cdn.example.org/x.png">//cdn.example.org/x.png</a>');
  });

  it('keeps the co-op’s own images', () => {
    expect(renderMarkdown('![Logo](/media/logo.svg)').html).toBe('<p><img src="/media/logo.svg" alt="Logo"></p>');
  });

  it('prefixes ids written by hand, so they cannot clobber the page’s own', () => {
    expect(renderMarkdown('<p id="contenu">x</p>').html).toBe('<p id="user-content-contenu">x</p>');
  });
});
