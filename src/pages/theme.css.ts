import type { APIRoute } from 'astro';
import { settings } from '../content';
import { readableOn, textOn } from '../lib/colour';

/** The strongest tint of the accent used as a background behind accent-coloured text. */
const ACCENT_TINT = 0.12;

/**
 * The co-op's accent colour as CSS variables, adjusted per theme for WCAG AA.
 * A file rather than an inline style so the Content-Security-Policy can forbid inline styles.
 */
export const GET: APIRoute = () => {
  // Boxes highlighted with a tint of the accent (up to 12 %: .subscribe, .house-rules, hovered links)
  // carry accent links too, so the accent must read on those tints as well as on the plain page.
  const light = readableOn(settings.accentColour, '#fbfaf7', 4.5, ACCENT_TINT);
  // Against the lighter of the dark page and card backgrounds (global.css), so links read on both.
  const dark = readableOn(settings.accentColour, '#1e211d', 4.5, ACCENT_TINT);
  // --brand: the colour exactly as set, whatever the theme, for print (the booklet's cover).
  const css = `:root{--accent:${light};--accent-strong:${light};--on-accent:${textOn(light)};--brand:${settings.accentColour};--on-brand:${textOn(settings.accentColour)}}
@media (prefers-color-scheme: dark){:root{--accent:${dark};--accent-strong:${dark};--on-accent:${textOn(dark)}}}
`;
  // Type colours are set per type as a class, so no inline style is needed.
  const types = settings.eventTypes.map((type) => `.type-${type.id}{--type:${type.colour}}`).join('\n');
  return new Response(`${css}${types}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
