import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, decodeEntities, linksOf } from '../support/link-check';

/** The link checker itself, on a tiny hand-made site, so a broken link really fails the gate. */
const dist = mkdtempSync(join(tmpdir(), 'babillard-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};

describe('checkLinks', () => {
  it('reports missing pages, missing anchors and javascript: links, and accepts the rest', () => {
    write(
      'index.html',
      '<a href="/a/">a</a><a href="/a/#deux">ok</a><a href="/a/#trois">bad anchor</a><a href="/nulle-part/">missing</a><img src="/logo.svg" alt=""><a href="javascript:alert(1)">x</a><a href="https://ailleurs.example/">out</a><a href="https://site.example/b/">own origin, missing</a><a href="#haut">own anchor</a><p id="haut"></p>',
    );
    write('a/index.html', '<h2 id="deux">Deux</h2><a href="../">up</a><a href="mailto:x@example.org">mail</a>');
    write('logo.svg', '<svg/>');
    write('sitemap-0.xml', '<urlset><url><loc>https://site.example/</loc></url><url><loc>https://site.example/perdu/</loc></url></urlset>');
    expect(checkLinks(dist).sort()).toEqual([
      '/: <a href="/a/#trois"> points to #trois, but /a/ has no element with that id',
      '/: <a href="/nulle-part/"> points to /nulle-part/, which is not built',
      '/: <a href="https://site.example/b/"> points to /b/, which is not built',
      '/: <a href="javascript:alert(1)"> is a javascript: link',
      'sitemap: https://site.example/perdu/ is not built',
    ]);
  });

  it('reads every URL attribute, entities decoded, srcset split', () => {
    expect(linksOf('<img src="/a.png" srcset="/b.png 1x, /c.png 2x" alt=""><a href="/?a=1&amp;b=2">x</a>').map((l) => l.value)).toEqual([
      '/a.png',
      '/b.png',
      '/c.png',
      '/?a=1&b=2',
    ]);
    expect(decodeEntities('r&#xe8;gles &amp; co')).toBe('règles & co');
  });
});
