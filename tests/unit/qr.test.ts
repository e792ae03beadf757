import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrSvg } from '../../src/lib/qr';

/** Rasterises our SVG by reading its rectangles back (the browser tests decode real screenshots). */
function rasterise(svg: string, scale = 6): { data: Uint8ClampedArray; width: number; height: number } {
  const total = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const width = total * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = /<path fill="#000000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++) {
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width, height: width };
}

const urls = [
  'https://babillard.example.org/groupes/',
  'https://signal.group/#CjQKI80dT_gef3RQ3vjpAY_fWiCex3v73ZCcSyQxcfOrn_Xd6kdxWlnCC-Di9NVsFELu2O9DGwPpWk5K',
  'https://matrix.to/#/#cagette-magasin:matrix.example.org',
  'https://babillard.example.org/groupes/aujourd-hui-au-magasin/',
];

describe('qrSvg', () => {
  it.each(urls)('decodes back to exactly %s', (url) => {
    const { data, width, height } = rasterise(qrSvg(url));
    expect(jsQR(data, width, height)?.data).toBe(url);
  });

  it('draws black on a white square whatever the theme, with a four-module quiet zone', () => {
    const svg = qrSvg(urls[0] ?? '');
    const { size } = qrMatrix(urls[0] ?? '');
    expect(svg).toContain(`viewBox="0 0 ${size + 2 * QUIET_ZONE} ${size + 2 * QUIET_ZONE}"`);
    expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#ffffff"\/>/);
    expect(svg).not.toMatch(/currentColor|var\(|style=/);
    const starts = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, run]) => ({ x: Number(x), y: Number(y), end: Number(x) + Number(run) }));
    expect(Math.min(...starts.map((s) => s.x))).toBe(QUIET_ZONE);
    expect(Math.min(...starts.map((s) => s.y))).toBe(QUIET_ZONE);
    expect(Math.max(...starts.map((s) => s.end))).toBe(QUIET_ZONE + size);
    expect(Math.max(...starts.map((s) => s.y))).toBe(QUIET_ZONE + size - 1);
  });

  it('uses the print-friendly error correction by default, and a larger code than level L', () => {
    const url = urls[1] ?? '';
    expect(qrMatrix(url).size).toBeGreaterThan(qrMatrix(url, 'L').size);
    expect(qrSvg(url)).toBe(qrSvg(url, { errorCorrection: 'Q' }));
  });

  it('gives screen readers a text alternative, escaped', () => {
    expect(qrSvg('https://example.org/?a=1&b=2')).toContain('role="img" aria-label="https://example.org/?a=1&amp;b=2"');
    expect(qrSvg('https://example.org/', { label: 'QR code « <groupe> »', className: 'qr big' })).toContain(
      'class="qr big" role="img" aria-label="QR code « &lt;groupe&gt; »"',
    );
  });

  it('draws the same modules for a code whatever its label and class, and other modules at another level', () => {
    const url = urls[1] ?? '';
    const modules = (svg: string) => /<path fill="#000000" d="([^"]*)"/.exec(svg)?.[1];
    expect(modules(qrSvg(url, { label: 'Affiche', className: 'poster' }))).toBe(modules(qrSvg(url)));
    expect(modules(qrSvg(url, { errorCorrection: 'L', label: 'Affiche' }))).not.toBe(modules(qrSvg(url)));
    const { data, width, height } = rasterise(qrSvg(url, { errorCorrection: 'L', label: 'Affiche' }));
    expect(jsQR(data, width, height)?.data).toBe(url);
  });
});
