import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { PlatformBadge } from './PlatformBadge';

/** How to get into a group: its links (open access), whom to ask, or the members-only notice. Shared with the CMS preview. */
export function JoinLinks({ group, t }: { group: Group; t: Translate }) {
  return (
    <section aria-labelledby="rejoindre" className="card join">
      <h2 id="rejoindre">{t('group.howToJoin')}</h2>
      {group.access === 'open' && (
        <ul className="join__links">
          {group.links.map((link) => (
            <li key={`${link.platform} ${link.url}`}>
              <PlatformBadge platform={link.platform} t={t} />
              <p>
                <a className="button" href={link.url} rel="noopener noreferrer">
                  {t('group.joinOn', { platform: t(`platform.${link.platform}.name`) })}
                </a>
              </p>
              <p className="muted">{t(`platform.${link.platform}.hint`)}</p>
              <p className="muted">
                <strong>{t('group.privacy')}</strong> {t(`platform.${link.platform}.privacy`)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {group.access === 'request' && <p>{group.howToAsk ?? t('group.requestDefault')}</p>}
      {group.access === 'members' && <p>{t('group.membersOnly')}</p>}
    </section>
  );
}
