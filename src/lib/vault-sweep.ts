import { containsInvite, inviteToken, mayHoldInvite, searchable } from './platforms';

/**
 * The last lock on members-only links: after the build (and the search index),
 * every file of the output is searched for every members-only invitation, raw,
 * percent-encoded or inside a compressed file (the caller inflates those).
 * Pure: texts and links in, findings out.
 */

export interface SweptFile {
  /** Path inside the output folder, e.g. `groupes/index.html`. */
  path: string;
  /** The file's text (inflated first when it was compressed). */
  text: string;
}

export interface MembersLink {
  /** The group's id and name, for the message; the link itself is never printed. */
  group: string;
  name: string;
  url: string;
}

export interface Leak {
  path: string;
  group: string;
  name: string;
}

/**
 * @example findLeaks([{ path: 'a.html', text: '…chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a…' }], [{ group: 'bureau', name: 'Bureau', url: 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a' }])
 *   → [{ path: 'a.html', group: 'bureau', name: 'Bureau' }]
 */
export function findLeaks(files: readonly SweptFile[], links: readonly MembersLink[]): Leak[] {
  const tokens = links.map((link) => ({ link, token: inviteToken(link.url) }));
  const leaks: Leak[] = [];
  const mayHold = mayHoldInvite(tokens.map((t) => t.token));
  for (const file of files) {
    // Decoded (and lower-cased if need be) once per file, tested for all the links at once, then for each.
    const text = searchable(file.text);
    if (!mayHold(text)) continue;
    for (const { link, token } of tokens) {
      if (containsInvite(text, token)) leaks.push({ path: file.path, group: link.group, name: link.name });
    }
  }
  return leaks;
}

/** The report of a sweep that found something, in French, naming files and groups but never the links. */
export function formatLeaks(leaks: readonly Leak[], outDir: string): string {
  const lines = [
    `Un lien réservé aux membres est écrit en clair dans le site construit : le dossier ${outDir} a été effacé pour qu’il ne soit pas publié.`,
    '',
    ...leaks.map((leak) => `✖ ${outDir}/${leak.path} : lien du groupe « ${leak.name} » (content/groups/${leak.group}.md)`),
    '',
    'Cherchez où ce lien est recopié (un autre groupe, un événement, une annonce, un texte) et retirez-le ; s’il vient du code du site, c’est une erreur à signaler.',
  ];
  return lines.join('\n');
}
