import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { JoinLinks } from './JoinLinks';

export interface GroupDetailsProps {
  group: Group;
  /** The category's name, when it exists. */
  categoryName?: string | undefined;
  /** The group's rules, already rendered by `renderMarkdown`. */
  rulesHtml: string;
  /** « 5 novembre 2026 ». */
  reviewedText: string;
  /** A mailto: link to the moderators. */
  reportHref: string;
  t: Translate;
}

/** The body of a group's page: name, purpose, how to join, rules and facts. Shared with the CMS preview. */
export function GroupDetails({ group, categoryName, rulesHtml, reviewedText, reportHref, t }: GroupDetailsProps) {
  return (
    <>
      <p className="breadcrumb">
        <a href="/groupes/">{t('groups.title')}</a>
        {categoryName && (
          <>
            {' › '}
            <a href={`/groupes/#${group.category}`}>{categoryName}</a>
          </>
        )}
      </p>
      <h1>{group.name}</h1>
      <p className="lead">{group.purpose}</p>
      <div className="group-layout">
        <div className="stack">
          <JoinLinks group={group} t={t} />
          <section aria-labelledby="regles" className="prose">
            <h2 id="regles">{t('group.rules')}</h2>
            <div dangerouslySetInnerHTML={{ __html: rulesHtml }} />
          </section>
        </div>
        <aside className="card group-facts" aria-labelledby="infos">
          <h2 id="infos" className="visually-hidden">
            {t('group.facts')}
          </h2>
          <dl>
            <dt>{t('group.audience')}</dt>
            <dd>
              {group.audience.map((a) => t(`audience.${a}`)).join(', ')}
              {group.audienceNote && (
                <>
                  <br />
                  {group.audienceNote}
                </>
              )}
            </dd>
            <dt>{t('group.postingLabel')}</dt>
            <dd>{t(`group.posting.${group.posting}`)}</dd>
            <dt>{t('group.admins')}</dt>
            <dd>{group.admins.length ? group.admins.join(', ') : t('group.noAdmins')}</dd>
            <dt>{t('group.reviewed')}</dt>
            <dd>
              <time dateTime={group.reviewed}>{reviewedText}</time>
            </dd>
          </dl>
          <p>
            <a href={reportHref}>{t('group.report')}</a>
          </p>
        </aside>
      </div>
    </>
  );
}
