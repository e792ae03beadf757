import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { settings } from '../../content';
import { news, t } from '../../site';
import { rssItems } from '../../lib/news-feed';

/** The news as RSS 2.0, newest first, each item with its summary and its full text. */
export const GET: APIRoute = () =>
  rss({
    title: t('news.feedTitle', { site: settings.name }),
    description: t('news.lead'),
    site: settings.baseUrl,
    customData: `<language>${t('meta.lang')}</language>`,
    items: rssItems(news, settings.baseUrl),
  });
