import type { Translate } from '../../lib/i18n';
import { routes } from '../../lib/routes';

export interface NewsCardProps {
  href: string;
  title: string;
  date: string;
  dateText: string;
  summary: string;
  tags: readonly string[];
  t: Translate;
  /** 2 where the list is the page's main content (/annonces/), 3 under a section heading (home). */
  headingLevel?: 2 | 3;
}

/** A news item in a list. Shared with the CMS preview. */
export function NewsCard({ href, title, date, dateText, summary, tags, t, headingLevel = 3 }: NewsCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card news-card">
      <p className="muted">
        <time dateTime={date}>{dateText}</time>
      </p>
      <Heading className="news-card__title">
        <a href={href}>{title}</a>
      </Heading>
      <p>{summary}</p>
      {tags.length > 0 && (
        <ul className="meta" aria-label={t('news.tags')}>
          {tags.map((tag) => (
            <li key={tag}>
              <a className="badge" href={routes.tag(tag)}>
                #{tag}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
