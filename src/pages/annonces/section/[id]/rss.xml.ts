import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { settings, type SectionEntry } from '../../../../content';
import { rssItems } from '../../../../lib/news-feed';
import { sectionPaths, sectionView } from '../../../../sections';
import { t } from '../../../../site';

/** The news of one section as RSS 2.0, like the feed of all the news. */
export const getStaticPaths = (() => sectionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { section } = props as { section: SectionEntry };
  return rss({
    title: t('sections.newsFeedTitle', { section: section.data.name, site: settings.name }),
    description: t('sections.newsLead', { section: section.data.name }),
    site: settings.baseUrl,
    customData: `<language>${t('meta.lang')}</language>`,
    items: rssItems(sectionView(section).news, settings.baseUrl),
  });
};
