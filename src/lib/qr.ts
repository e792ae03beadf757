/**
 * QR codes as inline SVG, drawn at build time: no script, no image request.
 * The code is always black on white, whatever the page's theme, with the
 * four-module quiet zone the standard asks for, so phones read it on screen
 * and on paper. Pure: a text in, an SVG string out.
 */
import QRCode from 'qrcode';

/** How much of the code may be damaged (dirt, a fold, a shadow) and still read: L 7 %, M 15 %, Q 25 %, H 30 %. */
export type ErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrOptions {
  /**
   * Text alternative read by screen readers (the page prints the URL in clear next to the code too).
   * Default: the encoded text.
   */
  label?: string;
  /** Default `Q`: posters get creased, scratched and photographed under shop lights. */
  errorCorrection?: ErrorCorrection;
  /** Extra classes for styling the size; the colours are fixed on purpose. */
  className?: string;
}

/** The blank border, in modules, that scanners need around a code (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** The module grid of a code, dark = true, without the quiet zone. */
export interface QrMatrix {
  size: number;
  dark: (x: number, y: number) => boolean;
}

/**
 * The module grid of `text` (byte mode, UTF-8).
 * @example qrMatrix('https://example.org/').size → 25
 */
export function qrMatrix(text: string, errorCorrection: ErrorCorrection = 'Q'): QrMatrix {
  const code = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const { size, data } = code.modules;
  return { size, dark: (x, y) => data[y * size + x] === 1 };
}

/**
 * Text made safe inside XML or HTML markup (element content or a quoted attribute).
 * @example escapeXml('a < b & "c"') → 'a &lt; b &amp; &quot;c&quot;'
 */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An SVG QR code of `text`: a white square (quiet zone included) and one black
 * path made of horizontal runs, scaled by CSS, crisp at any print resolution.
 * @example qrSvg('https://example.org/') → '<svg … viewBox="0 0 33 33" role="img" aria-label="https://example.org/">…</svg>'
 */
export function qrSvg(text: string, options: QrOptions = {}): string {
  // A group's code is drawn on its page, its poster, the posters page and a card: draw it once.
  const key = JSON.stringify([text, options]);
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const svg = drawSvg(text, options);
  drawn.set(key, svg);
  return svg;
}

const drawn = new Map<string, string>();

/** The black modules of a code as one path, and the side with its quiet zone: the same for every label and class. */
const modules = new Map<string, { path: string; total: number }>();
function drawModules(text: string, errorCorrection: ErrorCorrection): { path: string; total: number } {
  const key = `${errorCorrection}${text}`;
  const known = modules.get(key);
  if (known) return known;
  const { size, dark } = qrMatrix(text, errorCorrection);
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!dark(x, y)) continue;
      let run = 1;
      while (x + run < size && dark(x + run, y)) run++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  const drawnModules = { path, total: size + 2 * QUIET_ZONE };
  modules.set(key, drawnModules);
  return drawnModules;
}

function drawSvg(text: string, options: QrOptions): string {
  const { path, total } = drawModules(text, options.errorCorrection ?? 'Q');
  const label = escapeXml(options.label ?? text);
  const className = options.className ? ` class="${escapeXml(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" width="${total * 4}" height="${total * 4}"${className} role="img" aria-label="${label}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#ffffff"/><path fill="#000000" d="${path}"/></svg>`
  );
}
