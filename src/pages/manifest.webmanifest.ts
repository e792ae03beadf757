import type { APIRoute } from 'astro';
import { settings } from '../content';
import { t } from '../site';
import { PAGE_BACKGROUND, webManifest } from '../lib/page-meta';

/** The web app manifest, drawn from the co-op's settings (name, colour, logo). */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      webManifest({
        name: settings.name,
        description: settings.tagline,
        lang: t('meta.lang'),
        accentColour: settings.accentColour,
        background: PAGE_BACKGROUND,
        icon: settings.logo ?? '/favicon.svg',
      }),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
