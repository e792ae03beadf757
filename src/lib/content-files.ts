import { contentLayout, extensionOf, folderAliases, type CollectionName } from '../data/collections';

/**
 * Which files under `content/` the site reads, and what to say about every
 * other one. The collections' loader and the content check both go through
 * `classifyContentPath`, so a file is either read by the build or refused with
 * a sentence naming where it belongs: nothing is silently left out.
 *
 * Ignored on purpose (documented in content/README.md): any file or folder
 * whose name starts with `_` or `.`, and `README.md` files.
 */

export type ContentFileVerdict = { kind: 'entry'; collection: CollectionName; id: string } | { kind: 'ignored' } | { kind: 'stray'; message: string };

const names = Object.keys(contentLayout) as CollectionName[];
const folderOf = (name: CollectionName) => contentLayout[name].folder;

/** True for the paths the site deliberately leaves alone. */
export function isIgnoredPath(rel: string): boolean {
  const parts = rel.split('/');
  return parts.some((part) => part.startsWith('_') || part.startsWith('.')) || /^readme\.md$/i.test(parts.at(-1) ?? '');
}

/** `Évènements` → `evenement`: lower case, no accents, no final s, to recognise a folder name. */
function folded(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}

/** The collection a mistaken folder name most likely meant, if any. */
function likelyCollection(folder: string): CollectionName | undefined {
  const key = folded(folder);
  return names.find((name) => folded(folderOf(name)) === key) ?? folderAliases[key];
}

const foldersList = names.map((name) => `${folderOf(name)}/`).join(', ');
const suggestion = (folder: string, file: string) => {
  const target = likelyCollection(folder);
  return target
    ? `Sa place est sans doute dans content/${folderOf(target)}/ (content/${folderOf(target)}/${file}).`
    : `Rangez-le dans le dossier de sa rubrique : ${foldersList}.`;
};

/**
 * What the build does with a file, from its path relative to `content/`.
 * @example classifyContentPath('groups/accueil.md') → { kind: 'entry', collection: 'groups', id: 'accueil' }
 * @example classifyContentPath('groups/equipes/lundi.md') → { kind: 'stray', message: 'ce fichier est dans un sous-dossier…' }
 * @example classifyContentPath('_brouillons/idee.md') → { kind: 'ignored' }
 */
export function classifyContentPath(rel: string): ContentFileVerdict {
  if (isIgnoredPath(rel)) return { kind: 'ignored' };
  const parts = rel.split('/');
  const file = parts.at(-1) ?? rel;
  if (/\.(png|jpe?g|webp|avif|svg|gif|pdf)$/i.test(file)) {
    return {
      kind: 'stray',
      message: `les images et documents ne vont pas dans content/ mais dans public/media/ (public/media/${file}) ; le texte y renvoie par /media/${file}.`,
    };
  }
  if (parts.length === 1) {
    return { kind: 'stray', message: `les fichiers posés directement dans content/ ne sont pas lus. ${suggestion('', file)}` };
  }
  const [top = ''] = parts;
  const collection = names.find((name) => folderOf(name) === top);
  if (!collection) {
    return {
      kind: 'stray',
      message: `le dossier content/${top}/ n’est lu par aucune rubrique du site (les dossiers lus sont ${foldersList}). ${suggestion(top, file)}`,
    };
  }
  const folder = folderOf(collection);
  if (parts.length > 2) {
    return {
      kind: 'stray',
      message: `ce fichier est dans un sous-dossier de content/${folder}/, que le site ne lit pas. Déplacez-le dans content/${folder}/ (content/${folder}/${file}) ; pour le mettre de côté, faites commencer le nom du sous-dossier par « _ ».`,
    };
  }
  const { format } = contentLayout[collection];
  const extension = extensionOf[format];
  const dot = file.lastIndexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  if (dot <= 0 || file.slice(dot + 1) !== extension) {
    return { kind: 'stray', message: `content/${folder}/ ne lit que les fichiers .${extension} : renommez-le en ${stem}.${extension}.` };
  }
  const only = 'only' in contentLayout[collection] ? (contentLayout[collection] as { only: string }).only : undefined;
  if (only !== undefined && stem !== only) {
    return {
      kind: 'stray',
      message: `content/${folder}/ ne contient qu’un fichier, ${only}.${extension}, et celui-ci ne serait pas lu : reportez ses réglages dans ${only}.${extension}, puis supprimez-le.`,
    };
  }
  return { kind: 'entry', collection, id: stem };
}

/**
 * Where the bytes of a file stop being UTF-8, as a 1-based line and the line's
 * text read as Windows-1252 (what a file saved "in ANSI" shows), or undefined
 * for a valid UTF-8 file.
 * @example utf8Problem(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) → { line: 1, text: 'Café' }
 */
export function utf8Problem(bytes: Uint8Array): { line: number; text: string } | undefined {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the first invalid sequence by decoding growing prefixes line by line.
  }
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const chunk = bytes.subarray(start, i);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(chunk);
      } catch {
        return { line, text: new TextDecoder('windows-1252').decode(chunk).replace(/\r$/, '') };
      }
      start = i + 1;
      line++;
    }
  }
  return { line, text: '' };
}
