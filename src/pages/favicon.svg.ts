import type { APIRoute } from 'astro';
import { settings } from '../content';
import { textOn } from '../lib/colour';
import { monogramSvg } from '../lib/page-meta';

/** A monogram on the accent colour: the icon of co-ops that have not set a logo yet. */
export const GET: APIRoute = () =>
  new Response(monogramSvg(settings.name, settings.accentColour, textOn(settings.accentColour)), { headers: { 'Content-Type': 'image/svg+xml' } });
