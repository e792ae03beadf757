import { publicLinks, askToJoinHref } from '../../lib/directory';
import type { Vault } from '../../lib/crypto';
import type { Translate } from '../../lib/i18n';
import type { Group } from '../../schemas/group';
import { JoinOptions } from './JoinOptions';
import { MembersLinks } from './MembersLinks';
import { MembersUnlock } from './MembersUnlock';

export interface JoinLinksProps {
  id: string;
  group: Group;
  t: Translate;
  /** The settings' house rules, shown before any invite link. */
  houseRules: readonly string[];
  charterHref?: string | undefined;
  /** Where « ask to join » writes when the group names no address of its own. */
  moderationEmail: string;
  /** This page's sealed members-only block; without it, members-only groups say whom to ask. */
  vault?: Vault | undefined;
}

/**
 * How to get into a group, in the one state the visitor is in: the join
 * options of an open group (or of a members-only one, once unlocked: the same
 * markup, sealed); an « ask to join » button; or the passphrase form. The page
 * loads `CopyLinkScript` and `MembersScript`. Shared with the CMS preview.
 */
export function JoinLinks({ id, group, t, houseRules, charterHref, moderationEmail, vault }: JoinLinksProps) {
  const words = { houseRules, t, charterHref };
  return (
    // Never indexed: invite links stay out of the search index, whatever their access.
    <section aria-labelledby="rejoindre" className="card join" data-pagefind-ignore="all">
      <h2 id="rejoindre">{t('group.howToJoin')}</h2>
      <JoinOptions links={publicLinks(group)} {...words} />
      {group.access === 'request' && (
        <>
          <p>{group.howToAsk ?? t('group.requestDefault')}</p>
          <p>
            <a className="button button--big" href={askToJoinHref(group, moderationEmail, t)} rel="noopener noreferrer">
              {t('join.request')}
            </a>
          </p>
        </>
      )}
      {group.access === 'members' &&
        (vault ? (
          <>
            <MembersLinks id={id} />
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
