import type { APIRoute } from 'astro';
import { settings } from '../content';

import { absoluteUrl } from '../lib/page-meta';
import { noindexPaths } from '../lib/indexing';
import { robotsTxt } from '../lib/robots';

/** Crawlers are kept away from every page and file that carries invite links. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(noindexPaths, absoluteUrl('/sitemap-index.xml', settings.baseUrl)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
