import type { APIRoute } from 'astro';
import { categories, groups, settings } from '../content';
import { directoryJson } from '../lib/directory';
import { groupsByCategory } from '../lib/site';

/** The public directory as open data (shape in the README); members-only links are never in it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(directoryJson(settings, groupsByCategory(categories, groups)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
