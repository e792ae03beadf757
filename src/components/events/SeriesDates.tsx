/** The dates of a series behind a disclosure on its agenda card, each a link to that date on the event's page. Shared with the CMS preview. */
export interface SeriesDatesProps {
  /** Already worded, e.g. « Prochaines dates (28) ». */
  summary: string;
  dates: { href: string; label: string; datetime: string; cancelled: boolean }[];
  /** Said of a cancelled date to screen readers, e.g. « Annulé ». */
  cancelledLabel: string;
}

export function SeriesDates({ summary, dates, cancelledLabel }: SeriesDatesProps) {
  return (
    <details className="series-dates">
      <summary>{summary}</summary>
      <ul className="chips series-dates__list">
        {dates.map((date) => (
          <li key={date.datetime}>
            <a className={`chip${date.cancelled ? ' chip--cancelled' : ''}`} href={date.href}>
              {date.cancelled ? (
                <>
                  <del>
                    <time dateTime={date.datetime}>{date.label}</time>
                  </del>
                  <span className="visually-hidden"> ({cancelledLabel})</span>
                </>
              ) : (
                <time dateTime={date.datetime}>{date.label}</time>
              )}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
