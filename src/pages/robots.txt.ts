import type { APIRoute } from 'astro';
import { settings } from '../content';
import { inviteLinkPaths } from '../integrations/headers';
import { absoluteUrl } from '../lib/directory';
import { robotsTxt } from '../lib/robots';

/** Crawlers are kept away from every page and file that carries invite links. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(inviteLinkPaths, absoluteUrl(settings.baseUrl, '/sitemap-index.xml')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
