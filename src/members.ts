import { config } from './config';
import { buildVault, type Vault } from './lib/crypto';
import { groups, settings } from './content';

/**
 * The members-only vault of this build: the links of `access: members` groups,
 * sealed with the key derived from BABILLARD_MEMBERS_PASSPHRASE (never stored in
 * the repository). Without it, those links are left out and the build says so once.
 */

const passphrase = config.membersPassphrase;
const membersGroups = groups.filter((g) => g.data.access === 'members' && !g.data.archived && g.data.links.length > 0);

async function seal(): Promise<{ vault: Vault; key: string } | undefined> {
  if (membersGroups.length === 0) return undefined;
  if (!passphrase) {
    console.warn(
      `[babillard] BABILLARD_MEMBERS_PASSPHRASE n'est pas défini : les liens des ${membersGroups.length} groupes réservés aux membres sont omis du site.`,
    );
    return undefined;
  }
  return buildVault({
    passphrase,
    siteUrl: settings.baseUrl,
    groups: Object.fromEntries(membersGroups.map((g) => [g.id, g.data.links.map(({ platform, url }) => ({ platform, url }))])),
  });
}

const sealed = await seal();

/** The sealed links, for pages that show members-only groups; undefined when there is nothing to unlock. */
export const vault = sealed?.vault;

/**
 * The URL fragment that unlocks the directory without typing (`#cle=…`), for the
 * shop's poster. Browsers never send a fragment to the server.
 */
export const unlockFragment = sealed ? `#cle=${sealed.key}` : undefined;
