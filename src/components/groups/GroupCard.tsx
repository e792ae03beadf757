import type { PlatformId } from '../../data/platforms';
import { groupPlatforms, publicLinks } from '../../lib/directory';
import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { CardJoinLinks } from './CardJoinLinks';
import { MembersLinks } from './MembersLinks';
import { PlatformBadge } from './PlatformBadge';
import { routes } from '../../lib/routes';

export interface GroupCardProps {
  id: string;
  group: Group;
  t: Translate;
  /** The settings' house rules, shown inside every join button. */
  houseRules?: readonly string[];
  charterHref?: string | undefined;
  /** On a platform's page, only that platform's links. */
  platform?: PlatformId | undefined;
  /** `p` where the card sits inside a text (a `::groupe` line), so it adds no section to the page's outline. */
  headingLevel?: 2 | 3 | 'p';
  /** The `#groupe-<id>` anchor, for the directory; off where the card is placed in a text (it may be placed twice). */
  anchorId?: boolean;
  /** `access: request`: where « ask to join » leads (`requestHref`); without it the card points to the group's page. */
  requestHref?: string | undefined;
  /** Whether the page carries a members' vault: a members-only card then waits for it with one line. */
  unlockable?: boolean;
}

/**
 * The directory card of one group: what it is for, where it lives, who may
 * write, and a join button per public link, or one « ask to join » button.
 * No members-only link is printed here: their slot (`MembersLinks`) fills once
 * unlocked, and then the card looks like an open group's. Shared with the CMS preview.
 */
export function GroupCard({
  id,
  group,
  t,
  houseRules = [],
  charterHref,
  platform,
  headingLevel = 3,
  requestHref,
  unlockable = false,
  anchorId = true,
}: GroupCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'p';
  const links = publicLinks(group).filter((l) => !platform || l.platform === platform);
  return (
    <article className={`card group-card group-card--${group.access}`} id={anchorId ? `groupe-${id}` : undefined}>
      <Heading className="group-card__title">
        <a href={routes.group(id)}>{group.name}</a>
      </Heading>
      <p className={group.purpose ? undefined : 'muted'}>{group.purpose ?? t('directory.noPurpose')}</p>
      <ul className="meta">
        {groupPlatforms(group).map((p) => (
          <li key={p}>
            <PlatformBadge platform={p} t={t} />
          </li>
        ))}
        <li className="badge">{t(`group.posting.${group.posting}`)}</li>
        {group.access !== 'open' && <li className={`badge badge--${group.access}`}>{t(`group.access.${group.access}`)}</li>}
      </ul>
      {group.audienceNote && <p className="muted small">{group.audienceNote}</p>}
      <CardJoinLinks links={links} houseRules={houseRules} t={t} charterHref={charterHref} />
      {group.access === 'request' &&
        (requestHref ? (
          <p className="join-request">
            <a className="button button--quiet" href={requestHref} rel="noopener noreferrer">
              {t('join.request')}
            </a>
          </p>
        ) : (
          <p className="join-elsewhere join-elsewhere--request" data-group={id}>
            <a href={routes.group(id)}>{t('join.requestCard')}</a>
          </p>
        ))}
      {group.access === 'members' &&
        (unlockable ? (
          <MembersLinks id={id}>
            <p className="members-locked">
              <a href="#membres">{t('members.cardLocked')}</a>
            </p>
          </MembersLinks>
        ) : (
          <p className="join-elsewhere join-elsewhere--members" data-group={id}>
            <a href={routes.group(id)}>{t('join.membersCard')}</a>
          </p>
        ))}
    </article>
  );
}
