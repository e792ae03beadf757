import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { settings } from '../../content';
import { news, t } from '../../site';
import { renderMarkdown } from '../../lib/markdown';
import { absoluteUrl } from '../../lib/page-meta';
import { routes } from '../../lib/routes';

/** The news as RSS 2.0, newest first, each item with its summary and its full text. */
export const GET: APIRoute = () =>
  rss({
    title: t('news.feedTitle', { site: settings.name }),
    description: t('news.lead'),
    site: settings.baseUrl,
    customData: `<language>${t('meta.lang')}</language>`,
    items: news.map((item) => ({
      title: item.data.title,
      link: absoluteUrl(routes.newsItem(item.id), settings.baseUrl),
      // Noon UTC keeps the publication day the same in every European zone.
      pubDate: new Date(`${item.data.date}T12:00:00Z`),
      description: item.data.summary,
      content: renderMarkdown(item.body ?? '').html,
      categories: item.data.tags,
    })),
  });
