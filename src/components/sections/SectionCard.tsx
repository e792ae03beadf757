import type { Translate } from '../../lib/i18n';

export interface SectionCardProps {
  /** The section's page; none on that page itself. */
  href?: string | undefined;
  name: string;
  description: string;
  place: { name: string; address?: string | undefined };
  /** The OpenStreetMap link of the place, if it can be made. */
  mapHref?: string | undefined;
  openingHours: readonly string[];
  /** The heading level in its page: 2 on the section page, 3 in a list. */
  level?: 2 | 3;
  t: Translate;
}

/** A section in the list of sections, and at the top of its page. Shared with the CMS preview. */
export function SectionCard({ href, name, description, place, mapHref, openingHours, level = 3, t }: SectionCardProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="card section-card">
      <Heading>{href ? <a href={href}>{name}</a> : name}</Heading>
      {description && <p>{description}</p>}
      <p className="section-card__place">
        <strong>{place.name}</strong>
        {place.address && (
          <>
            <br />
            {place.address}
          </>
        )}
        {mapHref && (
          <>
            <br />
            <a href={mapHref} aria-label={t('sections.mapOf', { place: place.name })}>
              {t('sections.map')}
            </a>
          </>
        )}
      </p>
      {openingHours.length > 0 && (
        <ul className="section-card__hours" aria-label={t('sections.hours')}>
          {openingHours.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
