import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG (a screenshot or a rendered PDF page), decoded by jsQR; null when none is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/**
 * Every QR code in a PNG whose codes are stacked one above the other (a page
 * of the booklet): jsQR reads one code per image, so the page is read in
 * overlapping horizontal bands of `band` pixels, each holding one code at most.
 * Codes come once each, top to bottom. Paper is printed dark on light, so
 * jsQR does not try each band a second time with its colours inverted.
 */
export function decodeAllQrPng(png: Buffer, band = 300): string[] {
  const image = PNG.sync.read(png);
  const row = image.width * 4;
  const found = new Set<string>();
  for (let top = 0; top < image.height; top += Math.floor(band / 3)) {
    const height = Math.min(band, image.height - top);
    const slice = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset + top * row, height * row);
    const code = jsQR(slice, image.width, height, { inversionAttempts: 'dontInvert' });
    if (code) found.add(code.data);
  }
  return [...found];
}
