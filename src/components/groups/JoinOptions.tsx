import type { PlatformId } from '../../data/platforms';
import type { Translate } from '../../lib/i18n';
import { HouseRules } from './HouseRules';
import { JoinLinkBody } from './JoinLink';
import { PlatformBadge } from './PlatformBadge';
import { QrCode } from './QrCode';

export interface JoinOptionsProps {
  links: readonly { platform: PlatformId; url: string }[];
  houseRules: readonly string[];
  t: Translate;
  charterHref?: string | undefined;
}

/**
 * A group page's ways in: the house rules, then per link a big button, the
 * copy fallback, what others will see of you and a QR code for phones. Open
 * groups print it; members-only groups seal the very same markup (`members-vault.ts`).
 */
export function JoinOptions({ links, houseRules, t, charterHref }: JoinOptionsProps) {
  if (links.length === 0) return null;
  return (
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
  );
}
