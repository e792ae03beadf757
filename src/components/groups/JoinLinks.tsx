import { publicLinks } from '../../lib/directory';
import type { Vault } from '../../lib/crypto';
import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { HouseRules } from './HouseRules';
import { JoinLinkBody } from './JoinLink';
import { MembersLinks } from './MembersLinks';
import { MembersUnlock } from './MembersUnlock';
import { PlatformBadge } from './PlatformBadge';
import { QrCode } from './QrCode';

export interface JoinLinksProps {
  id: string;
  group: Group;
  t: Translate;
  /** The settings' house rules, shown before any invite link. */
  houseRules: readonly string[];
  charterHref?: string | undefined;
  /** The build's sealed members-only links; without it, members-only groups say whom to ask. */
  vault?: Vault | undefined;
}

/**
 * How to get into a group: the house rules, then per public link a big button,
 * the copy fallback, what others will see of you and a QR code for phones;
 * whom to ask (on request); or the slot where members-only links unlock.
 * The page loads `CopyLinkScript` and `MembersScript`. Shared with the CMS preview.
 */
export function JoinLinks({ id, group, t, houseRules, charterHref, vault }: JoinLinksProps) {
  const links = publicLinks(group);
  return (
    // Never indexed: invite links stay out of the search index, whatever their access.
    <section aria-labelledby="rejoindre" className="card join" data-pagefind-ignore="all">
      <h2 id="rejoindre">{t('group.howToJoin')}</h2>
      {links.length > 0 && (
        <>
          <HouseRules rules={houseRules} t={t} charterHref={charterHref} />
          <ul className="join__links">
            {links.map((link) => {
              const name = t(`platform.${link.platform}.name`);
              return (
                <li className="join-option" key={`${link.platform} ${link.url}`}>
                  <div className="join-option__text">
                    <PlatformBadge platform={link.platform} t={t} />
                    <JoinLinkBody link={link} label={t('group.joinOn', { platform: name })} buttonClass="button button--big" t={t} />
                  </div>
                  <QrCode url={link.url} label={t('join.qr', { platform: name })} caption={t('join.qrHint')} className="join-option__qr" />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {group.access === 'request' && <p>{group.howToAsk ?? t('group.requestDefault')}</p>}
      {group.access === 'members' &&
        (vault ? (
          <>
            <MembersLinks id={id} t={t} explain={false} />
            <MembersUnlock vault={vault} t={t} framed={false} />
          </>
        ) : (
          <p className="join-elsewhere join-elsewhere--members" data-group={id}>
            {t('group.membersOnly')}
          </p>
        ))}
    </section>
  );
}
