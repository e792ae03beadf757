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
}

/** A news item in a list. Shared with the CMS preview. */
export function NewsCard({ href, title, date, dateText, summary, tags, t }: NewsCardProps) {
  return (
    <article className="card news-card">
      <p className="muted">
        <time dateTime={date}>{dateText}</time>
      </p>
      <h3>
        <a href={href}>{title}</a>
      </h3>
      <p>{summary}</p>
      {tags.length > 0 && (
        <ul className="meta" aria-label={t('news.tags')}>
          {tags.map((tag) => (
            <li key={tag}>
              <a className="badge" href={routes.tag(tag)}>#{tag}</a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
