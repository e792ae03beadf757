import type { Translate } from '../../lib/i18n';
import type { Vault } from '../../lib/crypto';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'members-unlock': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}

export interface MembersUnlockProps {
  /** The build's sealed links (`src/members.ts`); nothing is drawn without one. */
  vault: Vault | undefined;
  t: Translate;
  /** A card of its own (directory), or part of the group page's join card. */
  framed?: boolean;
}

/** JSON inside a script element: `<` escaped so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The passphrase form that unlocks members-only links, with the sealed vault
 * as a JSON data block. Its behaviour is `src/elements/members.ts`, loaded by
 * `MembersScript.astro`; without JavaScript it says where to ask instead.
 */
export function MembersUnlock({ vault, t, framed = true }: MembersUnlockProps) {
  if (!vault) return null;
  const Heading = framed ? 'h2' : 'h3';
  return (
    <members-unlock
      className={framed ? 'members-unlock card members-unlock--framed' : 'members-unlock'}
      data-msg-explain={t('members.explain')}
      data-msg-working={t('members.working')}
      data-msg-wrong={t('members.wrong')}
      data-msg-changed={t('members.changed')}
      data-msg-poster-old={t('members.posterOld')}
      data-msg-unlocked={t('members.unlocked')}
      data-msg-forgotten={t('members.forgotten')}
    >
      <script id="babillard-vault" type="application/json" dangerouslySetInnerHTML={{ __html: scriptJson(vault) }} />
      <Heading>{t('members.title')}</Heading>
      <p className="members-unlock__locked-text">{t('members.noscript')}</p>
      <form hidden>
        <label htmlFor="members-passphrase">{t('members.passphrase')}</label>
        <div className="members-unlock__row">
          <input id="members-passphrase" name="passphrase" type="password" autoComplete="current-password" required />
          <button className="button" type="submit">
            {t('members.unlock')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="members-unlock__status"></p>
      <p className="members-unlock__unlocked-text">
        {t('members.remembered')}{' '}
        <button type="button" className="button button--quiet" data-forget="">
          {t('members.forget')}
        </button>
      </p>
    </members-unlock>
  );
}
