import { escapeXml, qrSvg } from '../../lib/qr';

export interface QrCodeProps {
  /** What the code encodes, printed in clear below it as its text alternative. */
  url: string;
  /** What screen readers announce for the drawing. */
  label: string;
  /** Text under the code, default: the URL; empty for none. */
  caption?: string | undefined;
  className?: string | undefined;
}

/**
 * A QR code drawn at build time (inline SVG from `lib/qr`), with its caption.
 * The figure's content is written as HTML so the SVG sits directly in it, as
 * the stylesheets and the QR-decoding tests expect.
 */
export function QrCode({ url, label, caption = url, className }: QrCodeProps) {
  const html = qrSvg(url, { label }) + (caption ? `<figcaption>${escapeXml(caption)}</figcaption>` : '');
  return <figure className={className ? `qr ${className}` : 'qr'} dangerouslySetInnerHTML={{ __html: html }} />;
}
