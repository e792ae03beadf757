import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mediaProblem, svgProblem } from '../../src/lib/media';

describe('svgProblem', () => {
  it('accepts the example logo and a drawing that only refers to itself', () => {
    expect(svgProblem(readFileSync(new URL('../../public/media/logo.svg', import.meta.url), 'utf8'))).toBeUndefined();
    expect(
      svgProblem(
        '<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="c"><rect/></clipPath></defs><g clip-path="url(#c)"><use href="#c"/></g><image href="data:image/png;base64,iVBORw0KGgo="/></svg>',
      ),
    ).toBeUndefined();
  });

  it.each([
    ['<svg><script>alert(1)</script></svg>', 'script'],
    ['<svg><svg:script>alert(1)</svg:script></svg>', 'script'],
    ['<svg onload="alert(1)"/>', 'onload'],
    ['<svg><rect ONCLICK=alert(1) /></svg>', 'ONCLICK'],
    ['<svg><foreignObject><iframe/></foreignObject></svg>', 'foreignObject'],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript:'],
    ['<svg><a href="  java&#x09;script:alert(1)"/></svg>', 'javascript:'],
    ['<svg><a xlink:href="&#x6A;avascript:alert(1)"/></svg>', 'javascript:'],
    ['<svg><image href="//tracker.example.net/p.png"/></svg>', 'autre site'],
    ['<svg><use href="https://tracker.example.net/s.svg#a"/></svg>', 'autre site'],
    ['<svg><style>@import url(https://x.example/a.css);</style></svg>', '@import'],
    ['<svg><rect style="fill:url(&quot;https://x.example/a.svg#b&quot;)"/></svg>', 'url('],
    ['<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', 'anime un lien'],
    ['<?xml-stylesheet href="https://x.example/a.css"?><svg/>', 'xml-stylesheet'],
    ['<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>', 'entités'],
  ])('refuses %s', (svg, words) => {
    expect(svgProblem(svg)).toContain(words);
  });
});

describe('mediaProblem', () => {
  it('accepts images under 1 MB and PDF documents under 5 MB', () => {
    expect(mediaProblem('/media/affiche.jpg', 900_000)).toBeUndefined();
    expect(mediaProblem('/media/statuts.pdf', 4_000_000)).toBeUndefined();
  });

  it('refuses other types, heavy files and unsafe SVGs under /media/ only', () => {
    expect(mediaProblem('/media/page.html', 10)).toContain('n’accepte que les images et documents');
    expect(mediaProblem('/media/photo.jpg', 2_400_000)).toContain('2.4 Mo, au-delà de 1 Mo');
    expect(mediaProblem('/media/logo.svg', 100, '<svg onload="x()"/>')).toContain('cette image SVG n’est pas sûre');
    expect(mediaProblem('/robots.txt', 10)).toBeUndefined();
  });
});
