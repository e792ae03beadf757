import type { APIRoute } from 'astro';
import { settings } from '../content';
import { themeCss } from '../lib/inline';

/**
 * The co-op's colours as a file, for the CMS previews (pages carry the same
 * rules inline, in their one stylesheet: src/integrations/inline-assets.ts).
 */
export const GET: APIRoute = () =>
  new Response(themeCss(settings.accentColour, settings.eventTypes), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
