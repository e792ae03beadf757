import type { Translate } from '../../lib/i18n';
import { SeriesDates, type SeriesDatesProps } from './SeriesDates';

export interface EventCardProps {
  href: string;
  title: string;
  /** Already worded, e.g. « samedi 5 décembre, 10 h – 12 h ». */
  when: string;
  /** The time part alone, e.g. « 10 h – 12 h », shown instead of `when` next to a leaf (which shows the day). */
  hours?: string | undefined;
  /** Machine-readable start for `<time datetime>`, e.g. `2026-12-05T10:00`. */
  datetime?: string | undefined;
  /** The calendar-leaf block, e.g. { weekday: 'sam.', day: '5', month: 'déc.' }; omitted in compact lists. */
  leaf?: { weekday: string; day: string; month: string } | undefined;
  typeId: string;
  typeLabel: string;
  place?: string | undefined;
  target?: number | undefined;
  cancelled?: boolean;
  /** Why this date differs from the series (a changed occurrence), already worded. */
  note?: string | undefined;
  /** A series on one card: its dates behind a disclosure. */
  series?: Omit<SeriesDatesProps, 'cancelledLabel'> | undefined;
  t: Translate;
}

/** One line of the agenda. Shared with the CMS preview. The type's colour is never alone: its label is always written. */
export function EventCard({ href, title, when, hours, datetime, leaf, typeId, typeLabel, place, target, cancelled = false, note, series, t }: EventCardProps) {
  // Beside a leaf, the day is already on screen: show the hours, and keep the full wording for screen readers.
  const shortWhen =
    leaf && hours ? (
      <>
        <span className="visually-hidden">{when}</span>
        <span aria-hidden="true">{hours}</span>
      </>
    ) : (
      when
    );
  return (
    <article
      className={`card event-card type-${typeId}${cancelled ? ' event-card--cancelled' : ''}${leaf ? ' event-card--leaf' : ''}${series ? ' event-card--series' : ''}`}
    >
      {leaf && (
        <p className="event-card__leaf" aria-hidden="true">
          <span>{leaf.weekday}</span>
          <strong>{leaf.day}</strong>
          <span>{leaf.month}</span>
        </p>
      )}
      <div className="event-card__body">
        <p className="event-card__when">
          {datetime ? (
            <time className="date-chip" dateTime={datetime}>
              {shortWhen}
            </time>
          ) : (
            <span className="date-chip">{shortWhen}</span>
          )}
        </p>
        <h3>
          <a href={href}>{title}</a>
        </h3>
        {note && <p className="event-card__note">{note}</p>}
        <ul className="meta">
          <li className="badge event-type">
            <span className={`type-dot type-${typeId}`} aria-hidden="true" />
            {typeLabel}
          </li>
          {place && <li className="badge">{place}</li>}
          {target !== undefined && !cancelled && <li className="badge">{t('event.target', { n: target })}</li>}
          {cancelled && <li className="badge badge--alert">{t('event.cancelled')}</li>}
        </ul>
        {series && <SeriesDates {...series} cancelledLabel={t('event.cancelled')} />}
      </div>
    </article>
  );
}
