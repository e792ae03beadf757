import type { APIRoute } from 'astro';
import { settings } from '../content';
import { absoluteUrl } from '../lib/page-meta';

/**
 * Everything may be crawled: pages with invite links say "noindex" themselves
 * (header and meta), which a crawler can only read if it is allowed in.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', settings.baseUrl)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
