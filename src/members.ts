import { config } from './config';
import { sealVault, vaultKey, type Vault } from './lib/crypto';
import { groups, settings } from './content';

/**
 * The members-only vault of this build: the key derived from
 * BABILLARD_MEMBERS_PASSPHRASE (never stored in the repository), with which each
 * page seals the join blocks of its `access: members` groups. Without the
 * passphrase those links are left out and the build says so once.
 */

const passphrase = config.membersPassphrase;
const membersGroups = groups.filter((g) => g.data.access === 'members' && !g.data.archived && g.data.links.length > 0);

async function derive() {
  if (membersGroups.length === 0) return undefined;
  if (!passphrase) {
    console.warn(
      `[babillard] BABILLARD_MEMBERS_PASSPHRASE n'est pas défini : les liens des ${membersGroups.length} groupes réservés aux membres sont omis du site.`,
    );
    return undefined;
  }
  return vaultKey({ passphrase, siteUrl: settings.baseUrl });
}

const master = await derive();

/** Whether members-only groups can be unlocked in this build (a passphrase was given). */
export const canUnlock = master !== undefined;

/**
 * Seals one page's members-only blocks (`{ [group id]: html }`), or nothing
 * when the build has no passphrase or the page no such group.
 */
export async function sealMembersBlocks(blocks: Record<string, string>): Promise<Vault | undefined> {
  if (!master || Object.keys(blocks).length === 0) return undefined;
  return sealVault(master, blocks);
}

/**
 * A vault that seals nothing: on the posters' pages, it only checks a typed
 * passphrase, so that the QR codes can be redrawn with the key.
 */
export const keyCheckVault = master ? await sealVault(master, {}) : undefined;

/**
 * The URL fragment that unlocks a page without typing (`#cle=…`), for the shop's
 * posters. Browsers never send a fragment to the server.
 */
export const unlockFragment = master ? `#cle=${master.exported}` : undefined;
