import { renderMarkdown } from './markdown';
import { absoluteUrl } from './page-meta';
import { routes } from './routes';

/**
 * News items as the items of an RSS feed: the summary as description, the
 * full text rendered, the tags as categories. Shared by the feed of all the
 * news and the feed of each section.
 * @example rssItems([{ id: '2026-11-01-a', data: { title: 'A', date: '2026-11-01', summary: 'S', tags: [] }, body: 'Texte' }], 'https://coop.example/')[0].link → 'https://coop.example/annonces/2026-11-01-a/'
 */
export function rssItems(
  news: readonly { id: string; data: { title: string; date: string; summary: string; tags: readonly string[] }; body?: string | undefined }[],
  baseUrl: string,
) {
  return news.map((item) => ({
    title: item.data.title,
    link: absoluteUrl(routes.newsItem(item.id), baseUrl),
    // Noon UTC keeps the publication day the same in every European zone.
    pubDate: new Date(`${item.data.date}T12:00:00Z`),
    description: item.data.summary,
    content: renderMarkdown(item.body ?? '').html,
    categories: [...item.data.tags],
  }));
}
