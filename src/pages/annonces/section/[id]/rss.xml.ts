import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { sections, settings, type SectionEntry } from '../../../../content';
import { renderMarkdown } from '../../../../lib/markdown';
import { absoluteUrl } from '../../../../lib/page-meta';
import { routes } from '../../../../lib/routes';
import { sectionView } from '../../../../sections';
import { t } from '../../../../site';

/** The news of one section as RSS 2.0, like the feed of all the news. */
export const getStaticPaths = (() => sections.map((section) => ({ params: { id: section.id }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { section } = props as { section: SectionEntry };
  return rss({
    title: t('sections.newsFeedTitle', { section: section.data.name, site: settings.name }),
    description: t('sections.newsLead', { section: section.data.name }),
    site: settings.baseUrl,
    customData: `<language>${t('meta.lang')}</language>`,
    items: sectionView(section).news.map((item) => ({
      title: item.data.title,
      link: absoluteUrl(routes.newsItem(item.id), settings.baseUrl),
      // Noon UTC keeps the publication day the same in every European zone.
      pubDate: new Date(`${item.data.date}T12:00:00Z`),
      description: item.data.summary,
      content: renderMarkdown(item.body ?? '').html,
      categories: item.data.tags,
    })),
  });
};
