/**
 * The co-op picks one accent colour; we derive shades that keep WCAG AA
 * contrast on the light and the dark background, so any choice stays legible.
 */

type Rgb = [number, number, number];

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two `#rrggbb` colours. @example contrast('#000000', '#ffffff') → 21 */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(toRgb(a)), luminance(toRgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(hex: string, toward: string, amount: number): string {
  const [a, b] = [toRgb(hex), toRgb(toward)];
  return toHex(a.map((c, i) => c + ((b[i] ?? 0) - c) * amount) as Rgb);
}

/**
 * The accent, darkened (or lightened) step by step until it reaches `ratio` against `background`
 * and, when `tint` is given, also against the background tinted with that share of the accent
 * itself (the CSS `color-mix(in srgb, var(--accent) 9%, var(--surface))` of highlighted boxes),
 * so links stay legible inside those boxes too.
 * @example readableOn('#7fbf7f', '#ffffff') → a darker green with contrast ≥ 4.5
 * @example readableOn('#2f6f4e', '#1e211d', 4.5, 0.12) → a green legible on the dark card and on its 12 % tint
 */
export function readableOn(accent: string, background: string, ratio = 4.5, tint = 0): string {
  const toward = luminance(toRgb(background)) > 0.5 ? '#000000' : '#ffffff';
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(accent, toward, step / 20);
    if (contrast(candidate, background) >= ratio && contrast(candidate, mix(background, candidate, tint)) >= ratio) return candidate;
  }
  return toward;
}

/** Black or white, whichever reads better on `background`. */
export function textOn(background: string): string {
  return contrast('#ffffff', background) >= contrast('#111111', background) ? '#ffffff' : '#111111';
}
