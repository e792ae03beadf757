import type { Translate } from '../../lib/i18n';

export interface EventCardProps {
  href: string;
  title: string;
  /** Already worded, e.g. « samedi 5 décembre, 10 h – 12 h ». */
  when: string;
  typeId: string;
  typeLabel: string;
  place?: string | undefined;
  target?: number | undefined;
  cancelled?: boolean;
  t: Translate;
}

/** One line of the agenda. Shared with the CMS preview. */
export function EventCard({ href, title, when, typeId, typeLabel, place, target, cancelled = false, t }: EventCardProps) {
  return (
    <article className={`card event-card${cancelled ? ' event-card--cancelled' : ''}`}>
      <p className="event-card__when">
        <span className="date-chip">{when}</span>
      </p>
      <h3>
        <a href={href}>{title}</a>
      </h3>
      <ul className="meta">
        <li className="badge event-type">
          <span className={`type-dot type-${typeId}`} aria-hidden="true" />
          {typeLabel}
        </li>
        {place && <li className="badge">{place}</li>}
        {target !== undefined && <li className="badge">{t('event.target', { n: target })}</li>}
        {cancelled && <li className="badge badge--alert">{t('event.cancelled')}</li>}
      </ul>
    </article>
  );
}
