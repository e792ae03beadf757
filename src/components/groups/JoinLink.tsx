import { platforms, type PlatformId } from '../../data/platforms';
import type { Translate } from '../../lib/i18n';
import { CopyLink } from './CopyLink';
import { HouseRules } from './HouseRules';

export interface JoinLinkProps {
  link: { platform: PlatformId; url: string };
  houseRules: readonly string[];
  t: Translate;
  /** Where the whole charter is, when there is one. */
  charterHref?: string | undefined;
}

/**
 * One join button of the directory: a disclosure that shows the house rules,
 * then the link, the copy fallback and what others will see of you. Works
 * without JavaScript; kept out of the search index.
 */
export function JoinLink({ link, houseRules, t, charterHref }: JoinLinkProps) {
  const name = t(`platform.${link.platform}.name`);
  return (
    <details className="join-link" data-pagefind-ignore="all">
      <summary>
        <span className="platform__icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: platforms[link.platform].icon }} />
        {t('join.summary', { platform: name })}
      </summary>
      <div className="join-link__body">
        <HouseRules rules={houseRules} t={t} charterHref={charterHref} />
        <JoinLinkBody link={link} label={t('join.open', { platform: name })} buttonClass="button" t={t} />
      </div>
    </details>
  );
}

/**
 * The part of a join option shared by the directory and the group page: the
 * button, how to join on that platform, the copy fallback, and what the other
 * members will see of you.
 */
export function JoinLinkBody({ link, label, buttonClass, t }: { link: JoinLinkProps['link']; label: string; buttonClass: string; t: Translate }) {
  return (
    <>
      <p>
        <a className={buttonClass} href={link.url} rel="noopener noreferrer">
          {label}
        </a>
      </p>
      <p className="muted small">{t(`platform.${link.platform}.hint`)}</p>
      <CopyLink url={link.url} platformName={t(`platform.${link.platform}.name`)} t={t} />
      <p className="muted small">
        <strong>{t('group.privacy')}</strong> {t(`platform.${link.platform}.privacy`)}
      </p>
    </>
  );
}
