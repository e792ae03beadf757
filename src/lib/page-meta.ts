/**
 * What a page says about itself to other tools: its canonical address, its
 * Open Graph card, the web app manifest. Plain data in, plain data out.
 */

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

/** The web app manifest: name, colours and icon all come from the co-op's settings. */
export function webManifest({ name, description, lang, accentColour, background, icon }: ManifestInput): Record<string, unknown> {
  const type = icon.endsWith('.svg') ? 'image/svg+xml' : icon.endsWith('.png') ? 'image/png' : undefined;
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
    icons: [{ src: icon, sizes: 'any', ...(type ? { type } : {}), purpose: 'any' }],
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
