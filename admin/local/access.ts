/**
 * What the local backend of `npm start` may touch: the entry files the build
 * reads (`content/<collection folder>/<name>.<its extension>`, as
 * `classifyContentPath` decides) and the media it accepts
 * (`public/media/<name>.<type>`, under the build's `mediaProblem` rules),
 * nothing else. Pure: the rules come in as data (`localAccessRules` gathers
 * the site's), paths are the CMS's (`content/…`, `public/media/…`).
 */
import { contentLayout, extensionOf } from '../../src/data/collections';
import { mediaTypes } from '../../src/data/media';
import { classifyContentPath } from '../../src/lib/content-files';
import { mediaProblem } from '../../src/lib/media';
import { media } from '../editor';

export interface AccessRules {
  /** Whether the build reads a path inside content/ (`groups/accueil.md`) as an entry. */
  isEntry: (rel: string) => boolean;
  /** Each collection folder under content/, with the extension of its entries (without the dot). */
  folders: Readonly<Record<string, string>>;
  /** Where the CMS writes media, e.g. `public/media`. */
  mediaFolder: string;
  /** The site address of that folder, e.g. `/media`. */
  mediaUrl: string;
  /** The build's sentence against a media file (type, size, unsafe SVG), or undefined when it is accepted. */
  mediaProblem: (sitePath: string, bytes: number, text?: string) => string | undefined;
  /** The accepted media types, as messages name them. */
  mediaTypes: string;
}

/** A file the CMS may read or write: an entry of a collection folder, or a media file. */
export type Target = { kind: 'entry'; folder: string; path: string } | { kind: 'media'; path: string };

/**
 * A plain file name: letters, digits, `-` and `_`, dot-separated parts, no
 * leading dot or underscore (the build ignores those), no `..`, no slash or
 * backslash, no `%` (nothing is decoded twice).
 */
const plainName = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+$/;

/**
 * The rules of this site: the folders and extensions of `src/data/collections.ts`
 * (through the build's own classification), the media folder of the CMS, the
 * media types and sizes of `src/data/media.ts` (through the build's own check).
 * @example localAccessRules().folders → { settings: 'yaml', categories: 'yaml', groups: 'md', … }
 */
export function localAccessRules(): AccessRules {
  return {
    isEntry: (rel) => classifyContentPath(rel).kind === 'entry',
    folders: Object.fromEntries(Object.values(contentLayout).map(({ folder, format }) => [folder, extensionOf[format]])),
    mediaFolder: media.folder,
    mediaUrl: media.publicFolder,
    mediaProblem,
    mediaTypes: Object.values(mediaTypes)
      .flatMap((type) => type.extensions)
      .join(', '),
  };
}

/**
 * The file a CMS path names, if the local backend may touch it.
 * @example targetOf('content/groups/accueil.md', rules) → { kind: 'entry', folder: 'groups', path: 'content/groups/accueil.md' }
 * @example targetOf('content/groups/../../package.json', rules) → undefined
 * @example targetOf('public/media/affiche.jpg', rules) → { kind: 'media', path: 'public/media/affiche.jpg' }
 */
export function targetOf(path: unknown, rules: AccessRules): Target | undefined {
  if (typeof path !== 'string') return undefined;
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash);
  const name = path.slice(slash + 1);
  if (slash < 0 || !plainName.test(name)) return undefined;
  if (folder === rules.mediaFolder) {
    // Only the type counts here (0 bytes): the size and an SVG's content are checked with the bytes, on upload.
    return rules.mediaProblem(`${rules.mediaUrl}/${name}`, 0) ? undefined : { kind: 'media', path };
  }
  const [top, collection, ...deeper] = folder.split('/');
  if (top !== 'content' || !collection || deeper.length || !Object.hasOwn(rules.folders, collection)) return undefined;
  return rules.isEntry(`${collection}/${name}`) ? { kind: 'entry', folder: collection, path } : undefined;
}

/**
 * Whether a folder listing is one the CMS makes: a collection folder with its
 * own extension (for entries), or the media folder.
 * @example listingOf('content/events', 'md', rules) → { kind: 'entry', folder: 'events', path: 'content/events' }
 * @example listingOf('content', '', rules) → undefined
 */
export function listingOf(folder: unknown, extension: unknown, rules: AccessRules): Target | undefined {
  if (folder === rules.mediaFolder) return { kind: 'media', path: folder };
  if (typeof folder !== 'string' || !folder.startsWith('content/')) return undefined;
  const collection = folder.slice('content/'.length);
  if (!Object.hasOwn(rules.folders, collection) || rules.folders[collection] !== extension) return undefined;
  return { kind: 'entry', folder: collection, path: folder };
}

/**
 * The size in bytes of base64 content, without decoding it.
 * @example base64Bytes('aGVsbG8=') → 5
 */
export function base64Bytes(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return Math.floor((content.length * 3) / 4) - padding;
}

/**
 * Why a request may not reach the local backend, or undefined when it may:
 * it must come from the site's own page (its `Origin` and `Host` are the
 * site's, and agree) and carry this run's secret.
 * @example requestRefusal({ host: 'localhost:4321', origin: 'http://localhost:8080', key: 's' }, { origins: ['http://localhost:4321'], matches: (k) => k === 's' }) → 'origin'
 */
export function requestRefusal(
  request: { host: string | undefined; origin: string | undefined; key: string | undefined },
  site: { origins: readonly string[]; matches: (key: string) => boolean },
): 'host' | 'origin' | 'secret' | undefined {
  const hostOrigin = `http://${request.host ?? ''}`;
  if (!site.origins.includes(hostOrigin)) return 'host';
  if (request.origin !== hostOrigin) return 'origin';
  if (!request.key || !site.matches(request.key)) return 'secret';
  return undefined;
}
