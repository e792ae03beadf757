/**
 * What a page says about itself to other tools: its canonical address, its
 * Open Graph card, the web app manifest. Plain data in, plain data out.
 */
import { routes } from './routes';

/**
 * The public address of a site path, under the base URL from the settings
 * (which may itself end in a sub-folder).
 * @example absoluteUrl('/guide/', 'https://babillard.example.org/') → 'https://babillard.example.org/guide/'
 * @example absoluteUrl('/guide/', 'https://example.org/cagette') → 'https://example.org/cagette/guide/'
 */
export function absoluteUrl(path: string, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * `fr-FR` → `fr_FR`, the form Open Graph expects.
 * @example ogLocale('fr-FR') → 'fr_FR'
 */
export function ogLocale(locale: string): string {
  return locale.replace('-', '_');
}

export interface ManifestInput {
  name: string;
  description: string;
  lang: string;
  accentColour: string;
  background: string;
  icon: string;
}

/** The light theme's page colour: the manifest's background and behind the installed icon's logo. */
export const PAGE_BACKGROUND = '#fbfaf7';

/** The sizes of the PNG icons an installed site needs (Android asks for 192 and 512). */
export const ICON_SIZES = [192, 512] as const;

/**
 * The width share of the logo in a PNG icon: inside the safe zone of a maskable
 * icon (the centred circle of 80 % of the width), a square logo's corners
 * included (0.56 × √2 ≈ 0.79), whatever shape the phone cuts it to.
 */
export const MASKABLE_LOGO = 0.56;

/**
 * The web app manifest: name, colours and icon all come from the co-op's settings,
 * plus the PNG icons for installation (each as « any » and « maskable »).
 */
export function webManifest({ name, description, lang, accentColour, background, icon }: ManifestInput): Record<string, unknown> {
  const type = icon.endsWith('.svg') ? 'image/svg+xml' : icon.endsWith('.png') ? 'image/png' : undefined;
  const png = ICON_SIZES.flatMap((size) =>
    (['any', 'maskable'] as const).map((purpose) => ({ src: routes.icon(size), sizes: `${size}x${size}`, type: 'image/png', purpose })),
  );
  return {
    name,
    short_name: name.length > 12 ? name.split(/\s+/).slice(0, 2).join(' ') : name,
    description,
    lang,
    start_url: '/',
    scope: '/',
    display: 'minimal-ui',
    theme_color: accentColour,
    background_color: background,
    icons: [{ src: icon, sizes: 'any', ...(type ? { type } : {}), purpose: 'any' }, ...png],
  };
}

/**
 * A square monogram icon on the accent colour, for co-ops without a logo.
 * @example monogramSvg('La Cagette', '#1f6f5c', '#ffffff') → '<svg …>…C…</svg>'
 */
export function monogramSvg(name: string, background: string, foreground: string): string {
  const letter = (name.replace(/^(la|le|les|l’|l')\s*/i, '').match(/\p{L}|\p{N}/u)?.[0] ?? '?').toUpperCase();
  const escaped = letter.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${background}"/><text x="32" y="44" text-anchor="middle" font-family="system-ui, sans-serif" font-size="34" font-weight="700" fill="${foreground}">${escaped}</text></svg>\n`;
}
