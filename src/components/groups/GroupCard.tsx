import type { ReactNode } from 'react';
import type { PlatformId } from '../../data/platforms';
import { groupPlatforms, publicLinks } from '../../lib/directory';
import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { JoinLink } from './JoinLink';
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
  headingLevel?: 2 | 3;
  /** Shown under the card's text, e.g. the slot where members-only links unlock. */
  children?: ReactNode;
}

/**
 * The directory card of one group: what it is for, where it lives, who may
 * write, and a join button per public link. Members-only and on-request groups
 * point to their page instead: no link of theirs is printed here. Shared with the CMS preview.
 */
export function GroupCard({ id, group, t, houseRules = [], charterHref, platform, headingLevel = 3, children }: GroupCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const links = publicLinks(group).filter((l) => !platform || l.platform === platform);
  return (
    <article className="card group-card" id={`groupe-${id}`}>
      <Heading>
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
        {group.access !== 'open' && <li className="badge">{t(`group.access.${group.access}`)}</li>}
      </ul>
      {group.audienceNote && <p className="muted small">{group.audienceNote}</p>}
      {links.length > 0 && (
        <div className="join-links">
          {links.map((link) => (
            <JoinLink key={link.url} link={link} houseRules={houseRules} t={t} charterHref={charterHref} />
          ))}
        </div>
      )}
      {group.access !== 'open' && (
        <p className={`join-elsewhere join-elsewhere--${group.access}`} data-group={id}>
          <a href={routes.group(id)}>{t(group.access === 'members' ? 'join.membersCard' : 'join.requestCard')}</a>
        </p>
      )}
      {children}
    </article>
  );
}
