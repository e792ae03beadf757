import type { Vault } from '../../lib/crypto';
import type { Translate } from '../../lib/i18n';
import { mailtoHref } from '../../lib/mailto';
import type { Group } from '../../schemas/group';
import { JoinLinks } from './JoinLinks';
import { routes } from '../../lib/routes';

export interface GroupDetailsProps {
  id: string;
  group: Group;
  t: Translate;
  /** The category's name, when it exists. */
  categoryName?: string | undefined;
  /** The group's rules, already rendered by `renderMarkdown`. */
  rulesHtml: string;
  /** « 5 novembre 2026 ». */
  reviewedText: string;
  /** Where reports go: the report link writes to it, subject filled in. */
  moderationEmail: string;
  /** The settings' house rules, shown before any invite link. */
  houseRules: readonly string[];
  charterHref?: string | undefined;
  /** This page's sealed members-only block, if any. */
  vault?: Vault | undefined;
}

/**
 * The body of a group's page: name, purpose, how to join, rules and facts.
 * The site's page and the CMS preview both render it. Navigation and the
 * report and poster links stay out of the search index.
 */
export function GroupDetails({ id, group, t, categoryName, rulesHtml, reviewedText, moderationEmail, houseRules, charterHref, vault }: GroupDetailsProps) {
  const reportHref = mailtoHref(moderationEmail, { subject: t('group.reportSubject', { group: group.name }) });
  return (
    <>
      <p className="breadcrumb" data-pagefind-ignore="">
        <a href={routes.groups}>{t('groups.title')}</a>
        {categoryName && (
          <>
            {' › '}
            <a href={`${routes.groups}#${group.category}`}>{categoryName}</a>
          </>
        )}
      </p>
      <h1>{group.name}</h1>
      <p className="lead">{group.purpose ?? t('directory.noPurpose')}</p>
      <div className="group-layout">
        <div className="stack">
          <JoinLinks id={id} group={group} t={t} houseRules={houseRules} charterHref={charterHref} moderationEmail={moderationEmail} vault={vault} />
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
            <dt>{t('group.importanceLabel')}</dt>
            <dd>{t(`group.importance.${group.importance}`)}</dd>
            <dt>{t('group.postingLabel')}</dt>
            <dd>{t(`group.posting.${group.posting}`)}</dd>
            <dt>{t('group.admins')}</dt>
            <dd>{group.admins.length ? group.admins.join(', ') : t('group.noAdmins')}</dd>
            <dt>{t('group.reviewed')}</dt>
            <dd>
              <time dateTime={group.reviewed}>{reviewedText}</time>
            </dd>
          </dl>
          <p className="small" data-pagefind-ignore="">
            {t('group.reportText')} <a href={reportHref}>{t('group.report')}</a>
          </p>
          <p data-pagefind-ignore="">
            <a href={routes.poster(id)}>{t('group.poster')}</a>
          </p>
        </aside>
      </div>
    </>
  );
}
