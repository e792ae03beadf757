import { describe, expect, it } from 'vitest';
import { headingSlugs, isOffSite, markdownOutline, markdownToText, readingMinutes, renderMarkdown } from '../../src/lib/markdown';

const html = (markdown: string) => renderMarkdown(markdown).html;

describe('renderMarkdown: GitHub-flavoured Markdown', () => {
  it('renders paragraphs, emphasis, lists and links', () => {
    const out = html('Soyez **aimables** et *brefs*.\n\n- un\n- deux\n\n1. premier\n2. second\n\n[Le guide](/guide/)');
    expect(out).toContain('<strong>aimables</strong>');
    expect(out).toContain('<em>brefs</em>');
    expect(out).toMatch(/<ul>\s*<li>un<\/li>\s*<li>deux<\/li>\s*<\/ul>/);
    expect(out).toMatch(/<ol>\s*<li>premier<\/li>/);
    expect(out).toContain('<a href="/guide/">Le guide</a>');
  });

  it('renders tables, strikethrough, task lists and bare links', () => {
    const out = html('| Jour | Heure |\n|---|---|\n| Samedi | 10 h |\n\n~~annulé~~\n\n- [x] fait\n- [ ] à faire\n\nVoir https://exemple.org.');
    expect(out).toMatch(/<table>[\s\S]*<th>Jour<\/th>[\s\S]*<td>Samedi<\/td>[\s\S]*<\/table>/);
    expect(out).toContain('<del>annulé</del>');
    expect(out).toMatch(/<input type="checkbox" checked disabled> fait/);
    expect(out).toContain('<a href="https://exemple.org" rel="noopener noreferrer">https://exemple.org</a>');
  });

  // Texts without GFM's marks skip the extension: each mark alone must still bring it in.
  it.each([
    ['Écrivez à accueil@coop.example.', '<a href="mailto:accueil@coop.example">accueil@coop.example</a>'],
    ['Voir www.coop.example.', '<a href="http://www.coop.example" rel="noopener noreferrer">www.coop.example</a>'],
    ['VOIR WWW.COOP.EXAMPLE', '<a href="http://WWW.COOP.EXAMPLE" rel="noopener noreferrer">WWW.COOP.EXAMPLE</a>'],
    ['Voir http://coop.example/agenda', '<a href="http://coop.example/agenda" rel="noopener noreferrer">'],
    ['Jour | Heure\n--- | ---\nSamedi | 10 h', '<td>Samedi</td>'],
    ['C’est ~~annulé~~.', '<del>annulé</del>'],
    ['- [X] fait', '<input type="checkbox" checked disabled> fait'],
    ['Une note[^1].\n\n[^1]: Le détail.', 'data-footnote-ref'],
  ])('brings in GitHub’s additions for %j', (markdown, expected) => {
    expect(html(markdown)).toContain(expected);
  });

  it('reads plain Markdown without them the same way: no link, table or box where none is written', () => {
    expect(html('Le [x] d’une case, un accueil sans arobase, 10 h – 12 h.')).toBe('<p>Le [x] d’une case, un accueil sans arobase, 10 h – 12 h.</p>');
    expect(markdownToText('- un\n- deux [le guide](/guide/)')).toBe('– un\n– deux le guide (/guide/)');
  });
});

describe('renderMarkdown: headings', () => {
  const { html: out, headings } = renderMarkdown(
    '# Titre\n\n## Règles de vie\n\nTexte.\n\n### Été & hiver\n\n#### Détail\n\n##### Trop profond\n\n## Règles de vie\n',
  );

  it('gives every heading an id made from its words, accents kept', () => {
    expect(out).toContain('<h2 id="règles-de-vie">Règles de vie</h2>');
    expect(out).toContain('<h3 id="été--hiver">Été &#x26; hiver</h3>');
  });

  it('keeps ids unique when two headings read the same', () => {
    expect(out).toContain('<h2 id="règles-de-vie-1">Règles de vie</h2>');
  });

  it('returns the h2–h4 headings in order, for the table of contents', () => {
    expect(headings).toEqual([
      { depth: 2, text: 'Règles de vie', id: 'règles-de-vie' },
      { depth: 3, text: 'Été & hiver', id: 'été--hiver' },
      { depth: 4, text: 'Détail', id: 'détail' },
      { depth: 2, text: 'Règles de vie', id: 'règles-de-vie-1' },
    ]);
  });

  it('starts afresh for each text (no id carried over from a previous page)', () => {
    expect(renderMarkdown('## Règles de vie').headings[0]?.id).toBe('règles-de-vie');
    expect(headingSlugs('## Ton\n\n## Annonces commerciales')).toEqual(['ton', 'annonces-commerciales']);
  });

  it('prefixes an id written by hand, so it cannot take the place of a real section', () => {
    const { html: out2, headings: h2 } = renderMarkdown('## Ton\n\n<h2 id="ton">Faux</h2>');
    expect(out2).toContain('<h2 id="ton">Ton</h2>');
    expect(out2).toContain('<h2 id="user-content-ton">Faux</h2>');
    expect(h2.filter((h) => h.id === 'ton')).toHaveLength(1);
  });
});

describe('renderMarkdown: raw HTML from the CMS is sanitised', () => {
  it('keeps harmless formatting', () => {
    const out = html('Un <b>mot</b> et <details><summary>Plus</summary>le détail</details>');
    expect(out).toContain('<b>mot</b>');
    expect(out).toContain('<details><summary>Plus</summary>le détail</details>');
  });

  it('removes scripts with their code', () => {
    const out = html('Avant<script>alert("pirate")</script>après\n\n<svg><script>alert(2)</script></svg>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('alert');
    expect(out).toContain('Avant');
  });

  it('removes event handlers', () => {
    const out = html('<img src="/media/logo.svg" alt="logo" onerror="alert(1)"> <p onclick="alert(2)" onmouseover="x()">texte</p>');
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toContain('alert');
    expect(out).toContain('<img src="/media/logo.svg" alt="logo">');
    expect(out).toContain('texte');
  });

  it.each([
    ['Markdown link', '[clic](javascript:alert(1))'],
    ['HTML link', '<a href="javascript:alert(1)">clic</a>'],
    ['mixed case', '<a href="JaVaScRiPt:alert(1)">clic</a>'],
    ['leading spaces', '<a href="  javascript:alert(1)">clic</a>'],
    ['entity-encoded', '<a href="jav&#x61;script:alert(1)">clic</a>'],
    ['data: URL', '<a href="data:text/html,<script>alert(1)</script>">clic</a>'],
  ])('drops a javascript: or data: link (%s) but keeps its text', (_, markdown) => {
    const out = html(markdown);
    expect(out).not.toMatch(/href="[^"]*(script|data):/i);
    expect(out).toContain('clic');
  });

  it('removes iframes, embeds, objects and forms', () => {
    const out = html(
      '<iframe src="https://video.exemple.org/v/1">Votre navigateur…</iframe><embed src="x.swf"><object data="x.pdf"></object><form action="https://exemple.org"><button>Envoyer</button></form>',
    );
    expect(out).not.toMatch(/<(iframe|embed|object|form)\b/);
    expect(out).not.toContain('video.exemple.org');
    expect(out).not.toContain('Votre navigateur');
  });

  it('removes style attributes and style blocks without printing the CSS', () => {
    const out = html('<p style="position:fixed;top:0">texte</p>\n\n<style>body { display: none }</style>\n\nsuite');
    expect(out).not.toContain('style');
    expect(out).not.toContain('display');
    expect(out).toContain('<p>texte</p>');
    expect(out).toContain('suite');
  });
});

describe('renderMarkdown: links', () => {
  it('opens external links without giving them access to the page (rel=noopener noreferrer)', () => {
    expect(html('[Forum](https://forum.exemple.org)')).toContain('<a href="https://forum.exemple.org" rel="noopener noreferrer">Forum</a>');
    expect(html('<a href="http://ancien.exemple.org" target="_blank">vieux</a>')).toContain(
      '<a href="http://ancien.exemple.org" rel="noopener noreferrer">vieux</a>',
    );
  });

  it('leaves the site’s own links, mail and phone links alone', () => {
    expect(html('[Le guide](/guide/bienvenue/)')).toContain('<a href="/guide/bienvenue/">Le guide</a>');
    expect(html('[Écrire](mailto:accueil@exemple.org)')).toContain('<a href="mailto:accueil@exemple.org">Écrire</a>');
    expect(html('[Appeler](tel:+33100000000)')).toContain('<a href="tel:+33100000000">Appeler</a>');
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'coopérative').join(' ');

  it('counts 200 words a minute, rounded, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(50))).toBe(1);
    expect(readingMinutes(words(400))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });

  it('counts words, not Markdown marks or numbers', () => {
    const marks = Array.from({ length: 1000 }, () => '- | --- 12 **').join('\n');
    expect(readingMinutes(marks)).toBe(1);
    expect(readingMinutes(`${marks}\n${words(600)}`)).toBe(3);
  });
});

describe('images never come from another origin', () => {
  it.each([
    'https://x.example/a.png',
    '//x.example/a.png',
    '/\\x.example/a.png',
    '\\\\x.example/a.png',
    '/\t/x.example/a.png',
    ' //x.example/a.png',
    'http:x.example/a.png',
  ])('%s is off-site', (src) => {
    expect(isOffSite(src)).toBe(true);
  });

  it.each(['/media/a.png', 'media/a.png', '../media/a.png', '/media//a.png'])('%s stays on the site', (src) => {
    expect(isOffSite(src)).toBe(false);
  });

  it.each(['<img src="/\\x.example/a.png" alt="a">', '<img src="&#47;&#47;x.example/a.png" alt="a">', '<img src="/	/x.example/a.png" alt="a">'])(
    'renders %s as a link, never an image',
    (markdown) => {
      const out = html(markdown);
      expect(out).not.toContain('<img');
      expect(out).toContain('<a href=');
    },
  );

  it('drops a <source srcset> that names another origin, and keeps the site’s image', () => {
    const out = html('<picture><source srcset="https://x.example/a.webp 1x, /media/b.webp 2x"><img src="/media/b.png" alt="Plan"></picture>');
    expect(out).not.toContain('x.example');
    expect(out).toContain('<img src="/media/b.png"');
  });
});

describe('markdownOutline', () => {
  it('lists the headings’ ids and every address, Markdown and raw HTML, with lines', () => {
    const outline = markdownOutline(
      '## Horaires\n\nVoir [le guide](/guide/bienvenue/).\n\n<a href="/charte/#ton">ton</a> ![Plan](/media/plan.png)\n\n## Horaires',
    );
    expect(outline.headings).toEqual(['horaires', 'horaires-1']);
    expect(outline.references).toEqual([
      { url: '/guide/bienvenue/', kind: 'link', line: 3 },
      { url: '/charte/#ton', kind: 'link', line: 5 },
      { url: '/media/plan.png', kind: 'image', line: 5 },
    ]);
  });

  it('gives the same heading ids as the page', () => {
    const text = '## Règles de base\n\n### Les « annonces »\n\n## Règles de base';
    expect(markdownOutline(text).headings).toEqual(renderMarkdown(text).headings.map((h) => h.id));
  });
});

describe('::groupe directives', () => {
  const text =
    'Rejoignez d’abord :\n\n::groupe{id=annonces}\n\nPuis :\n\n::groupe{#volants}\n\n::groupe{id="entraide"}\n\nDans une phrase, ::groupe{id=x} reste du texte.';

  it('places the card the page gives for each line, in the text’s order', () => {
    const html = renderMarkdown(text, { groupCard: (id) => `<article>${id}</article>` }).html;
    expect(html.match(/<article>([a-z-]+)<\/article>/g)).toEqual(['<article>annonces</article>', '<article>volants</article>', '<article>entraide</article>']);
    expect(html).toContain('::groupe{id=x} reste du texte');
  });

  it('without cards (the CMS preview), links to the group’s page', () => {
    expect(renderMarkdown('::groupe{id=annonces}').html).toContain('<a href="/groupes/annonces/">');
  });

  it('tells the content check which groups a text places, and which ::groupe lines it cannot read, with their lines', () => {
    expect(markdownOutline(`${text}\n\n::groupe{annonces}`).groups).toEqual([
      { id: 'annonces', line: 3 },
      { id: 'volants', line: 7 },
      { id: 'entraide', line: 9 },
      { id: '', line: 13 },
    ]);
  });

  it('in plain text (feeds, chat messages), a placed group is its page’s address, never the directive', () => {
    expect(markdownToText('Rejoignez :\n\n::groupe{id=annonces}')).toBe('Rejoignez :\n\n/groupes/annonces/');
    expect(markdownToText('::groupe{#volants}', { resolve: (url) => `https://coop.example.org${url}` })).toBe('https://coop.example.org/groupes/volants/');
    expect(markdownToText('Dans une phrase, ::groupe{id=x} reste du texte.')).toBe('Dans une phrase, ::groupe{id=x} reste du texte.');
  });

  it('a slot written by hand in raw HTML is not a directive: it stays empty', () => {
    expect(renderMarkdown('::groupe{id=a}\n\n<div data-group-card="b"></div>', { groupCard: (id) => `<article>${id}</article>` }).html).not.toContain(
      '<article>b',
    );
  });
});

describe('markdownToText', () => {
  it('keeps words, paragraphs, list items and link addresses; drops markup and raw HTML', () => {
    expect(
      markdownToText(
        'Venez **tôt** <b>svp</b>.\n\n## Apporter\n\n- café\n- [formulaire](https://f.example.org/)\n\n<script>x</script>\n\nÉcrire à [nous](mailto:a@b.org).',
      ),
    ).toBe('Venez tôt svp.\n\nApporter\n\n– café\n– formulaire (https://f.example.org/)\n\nÉcrire à nous (a@b.org).');
  });

  it('does not repeat an address that is its own link text', () => {
    expect(markdownToText('<https://f.example.org/>')).toBe('https://f.example.org/');
  });

  it('writes links to the site’s own pages as full addresses when asked, for texts read away from the site', () => {
    const resolve = (url: string) => new URL(url, 'https://coop.example.org/annonces/compost/').href;
    expect(markdownToText('Voir [le guide](/guide/), [plus bas](#horaires), [la page](/groupes/) et [ailleurs](https://f.example.org/).', { resolve })).toBe(
      'Voir le guide (https://coop.example.org/guide/), plus bas (https://coop.example.org/annonces/compost/#horaires), la page (https://coop.example.org/groupes/) et ailleurs (https://f.example.org/).',
    );
    expect(markdownToText('[/guide/](/guide/) et [a@b.org](mailto:a@b.org)', { resolve })).toBe('https://coop.example.org/guide/ et a@b.org');
    // Without it, the feeds' text is as before.
    expect(markdownToText('Voir [le guide](/guide/).')).toBe('Voir le guide (/guide/).');
  });
});

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
