/**
 * What a page carries inline instead of asking for more files: its whole
 * stylesheet and, where members-only links unlock, the unlock script. On the
 * shop's network every request costs a round trip of up to two seconds, so the
 * first paint must need nothing but the HTML. The Content-Security-Policy
 * still forbids any other inline code: it names these texts by their hashes
 * (`cspHash`), computed from the very strings the pages print.
 */
import { createHash } from 'node:crypto';
import { readableOn, textOn } from './colour.ts';

/**
 * The cascade layers of the site's stylesheet, lowest first. A rule of a later
 * layer wins over an earlier one whatever the order the files were joined in,
 * so a page-specific rule (reading, directory) always beats the frame's.
 */
export const styleLayers = ['global', 'search', 'directory', 'members', 'my-section', 'reading', 'offline', 'posters'] as const;
export type StyleLayer = (typeof styleLayers)[number];

/**
 * CSS without comments and with the whitespace a browser ignores removed.
 * Only whitespace around `{`, `}`, `;` and `,` goes: around `:` or inside a
 * selector it can mean something (`a :focus`), so runs of it become one space.
 * @example minifyCss('a , b {\n  color: red; /* why *\/\n}') → 'a,b{color: red}'
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * One stylesheet from its layered parts: the layer order first, then each
 * part inside its layer. Unlayered rules (the co-op's colours) come last.
 * @example layeredCss([['global', 'a{color:red}']], ':root{--x:1}') → '@layer global,search,…;@layer global{a{color:red}}:root{--x:1}'
 */
export function layeredCss(parts: readonly (readonly [StyleLayer, string])[], unlayered = ''): string {
  const order = `@layer ${styleLayers.join(',')};`;
  return order + parts.map(([layer, css]) => `@layer ${layer}{${minifyCss(css)}}`).join('') + minifyCss(unlayered);
}

/** The strongest tint of the accent used as a background behind accent-coloured text. */
const ACCENT_TINT = 0.12;

/**
 * The co-op's accent colour as CSS variables, adjusted per theme for WCAG AA,
 * and one class per event type carrying its colour (no inline style needed).
 * @example themeCss('#1f6f5c', [{ id: 'ag', colour: '#0072B2' }]) → ':root{--accent:#1f6f5c;…}…\n.type-ag{--type:#0072B2}\n'
 */
export function themeCss(accentColour: string, eventTypes: readonly { id: string; colour: string }[]): string {
  // Boxes highlighted with a tint of the accent (up to 12 %: .subscribe, .house-rules, hovered links)
  // carry accent links too, so the accent must read on those tints as well as on the plain page.
  const light = readableOn(accentColour, '#fbfaf7', 4.5, ACCENT_TINT);
  // Against the lighter of the dark page and card backgrounds (global.css), so links read on both.
  const dark = readableOn(accentColour, '#1e211d', 4.5, ACCENT_TINT);
  // --brand: the colour exactly as set, whatever the theme, for print (the booklet's cover).
  const css = `:root{--accent:${light};--accent-strong:${light};--on-accent:${textOn(light)};--brand:${accentColour};--on-brand:${textOn(accentColour)}}
@media (prefers-color-scheme: dark){:root{--accent:${dark};--accent-strong:${dark};--on-accent:${textOn(dark)}}}
`;
  return `${css}${eventTypes.map((type) => `.type-${type.id}{--type:${type.colour}}`).join('\n')}\n`;
}

/**
 * The CSP source that allows exactly one inline `<style>` or `<script>` text.
 * @example cspHash('a{}') → "'sha256-…'"
 */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
