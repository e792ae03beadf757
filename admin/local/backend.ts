/**
 * The CMS's local backend under `npm start`: Decap's proxy protocol (the one
 * decap-server speaks in its fs mode: `entriesByFolder`, `persistEntry`,
 * `persistMedia`…), answered inside the site's own dev server, behind a
 * guard. A request must come from the site's /admin/ page (exact `Host` and
 * `Origin`) and carry the secret of this run; it may name only the files of
 * `access.ts` (entries of the collection folders, media of the media
 * folder); anything else is refused with 403 before the disk is touched.
 * Git is never run: edits are files, committed by people.
 *
 * A write that would break other entries (deleting a group that events name
 * as organiser, an image a page shows, an event type still in use) is
 * refused with 409, naming those entries: Decap shows the sentence and keeps
 * the entry.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import fr from '../../src/i18n/fr';
import { checkContent, type CheckedEntry, type ContentProblem, type PublicFile, type SourceFile } from '../../src/content-check';
import { createTranslator } from '../../src/lib/i18n';
import { base64Bytes, listingOf, requestRefusal, targetOf, type AccessRules, type Target } from './access';

const t = createTranslator(fr);

/** What the content check reads: the files of content/ and of public/. */
export interface SiteFiles {
  files: SourceFile[];
  publicFiles: PublicFile[];
  now?: Date;
}

export interface LocalBackendOptions {
  /** The content folder (CMS paths `content/…` are inside it). */
  contentDir: string;
  /** The public folder (CMS paths `public/media/…` are in its `media/`). */
  publicDir: string;
  rules: AccessRules;
  /** The site's origins, e.g. http://127.0.0.1:4321 and http://localhost:4321. */
  origins: readonly string[];
  /** This run's secret, created by `npm start`. */
  secret: string;
  /** The site as the content check reads it now. */
  readSite: () => SiteFiles;
  /** Told of every write refused because it would break other entries (to show it in /admin/ too). */
  onRefusal?: (message: string) => void;
  /** Told of what failed unexpectedly (the volunteer reads a French sentence; the details go here). */
  onError?: (error: unknown) => void;
}

/** A request the backend will not serve, with its HTTP status and the sentence Decap shows. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const maxBodyBytes = 16_000_000;
const mb = (bytes: number) => (bytes / 1_000_000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Params => (value && typeof value === 'object' ? (value as Params) : {});

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}
interface Asset {
  path: string;
  bytes: Buffer;
}

/** The files an action reads or writes, each checked against the rules; throws the refusal of the first one refused. */
function plan(action: string, params: Params, rules: AccessRules) {
  const refused = (path: unknown) => {
    const folders = Object.entries(rules.folders)
      .map(([folder, extension]) => `${folder}/*.${extension}`)
      .join(', ');
    return new Refusal(403, t('cms.local.refused.path', { path: String(path).slice(0, 200), folders, media: rules.mediaFolder, types: rules.mediaTypes }));
  };
  const malformed = () => new Refusal(422, t('cms.local.refused.action', { action }));
  const target = (path: unknown, kind?: Target['kind']) => {
    const found = targetOf(path, rules);
    if (!found || (kind && found.kind !== kind)) throw refused(path);
    return found;
  };
  const asset = (value: unknown): Asset => {
    const { path, content, encoding } = record(value);
    target(path, 'media');
    if (typeof content !== 'string' || encoding !== 'base64') throw malformed();
    const size = base64Bytes(content);
    // The size first, without decoding; then the build's own rule on the bytes (an SVG's content included).
    if (size > 8 * 1_000_000) throw new Refusal(413, t('cms.local.refused.tooLarge', { max: mb(8_000_000) }));
    const bytes = Buffer.from(content, 'base64');
    const sitePath = `${rules.mediaUrl}/${basename(String(path))}`;
    const problem = rules.mediaProblem(sitePath, bytes.length, /\.svg$/i.test(sitePath) ? bytes.toString('utf8') : undefined);
    if (problem) throw new Refusal(422, t('cms.local.refused.media', { path: String(path), problem }));
    return { path: String(path), bytes };
  };
  switch (action) {
    case 'info':
    case 'getDeployPreview':
      return { action } as const;
    case 'entriesByFolder': {
      const listing = listingOf(params['folder'], params['extension'], rules);
      if (listing?.kind !== 'entry') throw refused(params['folder']);
      return { action, listing } as const;
    }
    case 'getMedia': {
      const listing = listingOf(params['mediaFolder'], '', rules);
      if (listing?.kind !== 'media') throw refused(params['mediaFolder']);
      return { action, listing } as const;
    }
    case 'entriesByFiles':
      return { action, reads: list(params['files']).map((file) => ({ target: target(record(file)['path'], 'entry'), label: record(file)['label'] })) } as const;
    case 'getEntry':
      return { action, reads: [{ target: target(params['path'], 'entry'), label: undefined }] } as const;
    case 'getMediaFile':
      return { action, media: target(params['path'], 'media') } as const;
    case 'persistEntry': {
      const files = (params['dataFiles'] ? list(params['dataFiles']) : [params['entry']]).map((value): DataFile => {
        const { path, raw, newPath } = record(value);
        target(path, 'entry');
        if (newPath !== undefined) target(newPath, 'entry');
        if (typeof raw !== 'string') throw malformed();
        return { path: String(path), raw, ...(typeof newPath === 'string' ? { newPath } : {}) };
      });
      return { action, files, assets: list(params['assets']).map(asset) } as const;
    }
    case 'persistMedia':
      return { action, asset: asset(params['asset']) } as const;
    case 'deleteFile':
    case 'deleteFiles':
      return { action: 'deleteFiles', removals: (action === 'deleteFile' ? [params['path']] : list(params['paths'])).map((path) => target(path)) } as const;
    default:
      throw new Refusal(403, t('cms.local.refused.action', { action: action.slice(0, 60) }));
  }
}

/** A problem's identity across two checks (its wording may list other entries, which change). */
const problemKey = (p: ContentProblem) => `${p.file}\u0000${p.field ?? p.message}`;
const entryTitle = (entry: CheckedEntry | undefined) => {
  const title = entry?.data['title'] ?? entry?.data['name'];
  return typeof title === 'string' ? title : '';
};

/** A change the CMS asks for, in the content check's terms. */
export interface Change {
  /** Entry files written, by CMS path (`content/groups/a.md`), with their new text. */
  write: ReadonlyMap<string, string>;
  /** Entry files removed, by CMS path. */
  remove: ReadonlySet<string>;
  /** Media files added (by site path, `/media/a.jpg`, with their size) or removed. */
  addMedia?: readonly PublicFile[];
  removeMedia?: ReadonlySet<string>;
}

/**
 * What a change would break elsewhere: the problems the content check finds
 * after it that it did not find before, except in the files it writes (the
 * form has checked those, and the notice of /admin/ reports what is left).
 * Whatever a deletion breaks is elsewhere.
 * @example breakage(site, { write: new Map(), remove: new Set(['content/groups/communication.md']) }).list → '« Réunion du groupe communication » (content/events/…, champ « organiser »)'
 */
export function breakage(site: SiteFiles, change: Change) {
  const options = (publicFiles: readonly PublicFile[]) => ({ publicFiles, ...(site.now ? { now: site.now } : {}) });
  const before = checkContent(site.files, options(site.publicFiles));
  const after = checkContent(
    [
      ...site.files.filter((file) => !change.remove.has(file.path) && !change.write.has(file.path)),
      ...[...change.write].map(([path, text]) => ({ path, text })),
    ],
    options([...site.publicFiles.filter((file) => !change.removeMedia?.has(file.path)), ...(change.addMedia ?? [])]),
  );
  const known = new Set(before.problems.map(problemKey));
  // A problem about a folder (two charter pages, two settings files) is about the file written there too.
  const written = (file: string) => [...change.write.keys()].some((path) => path === file || (file.endsWith('/') && path.startsWith(file)));
  const broken = after.problems.filter((p) => !known.has(problemKey(p)) && !written(p.file));
  const entryAt = (file: string) => before.entries.find((e) => e.file === file);
  const describe = (p: ContentProblem) => {
    const title = entryTitle(entryAt(p.file));
    if (!title) return t('cms.local.breaks.itemMessage', { file: p.file, message: p.message });
    return p.field ? t('cms.local.breaks.item', { title, file: p.file, field: p.field }) : t('cms.local.breaks.itemNoField', { title, file: p.file });
  };
  return {
    broken,
    count: new Set(broken.map((p) => p.file)).size,
    list: [...new Set(broken.map(describe))].join(' ; '),
    titleOf: (path: string) => entryTitle(entryAt(path)) || path,
  };
}

/** The CMS path of an entry or media file, as a base folder and the parts below it. */
function placeOf(target: Target, options: LocalBackendOptions, rules: AccessRules): { base: string; parts: string[] } {
  const parts = target.path.split('/');
  return target.kind === 'media'
    ? { base: options.publicDir, parts: [...rules.mediaUrl.split('/').filter(Boolean), parts.at(-1) ?? ''] }
    : { base: options.contentDir, parts: parts.slice(1) };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Writes a file found by `located` (O_NOFOLLOW: a symbolic link put there since is not followed either). */
async function write(file: string, bytes: Buffer | string) {
  const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    await handle.writeFile(bytes);
  } finally {
    await handle.close();
  }
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new Refusal(413, t('cms.local.refused.tooLarge', { max: mb(maxBodyBytes) }));
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, t('cms.local.refused.method'));
  }
}

/**
 * The request handler (Node's, as Vite's dev server and `http.createServer` take it).
 * @example server.middlewares.use('/__babillard/cms', localBackend({ contentDir, publicDir, rules, origins, secret, readSite }))
 */
export function localBackend(options: LocalBackendOptions) {
  const { rules } = options;
  const secret = Buffer.from(options.secret);
  const matches = (key: string) => {
    const given = Buffer.from(key);
    return given.length === secret.length && timingSafeEqual(given, secret);
  };

  /**
   * The folder below `base`, if it exists. Every folder on the way down must be
   * a real folder (not a symbolic link); with `create`, missing ones are made.
   */
  async function folderAt(base: string, parts: readonly string[], path: string, create: boolean): Promise<string | undefined> {
    let folder = await fs.realpath(base);
    for (const part of parts) {
      folder = join(folder, part);
      const stat = await fs.lstat(folder).catch(() => undefined);
      if (!stat && !create) return undefined;
      if (!stat) await fs.mkdir(folder);
      else if (!stat.isDirectory()) throw new Refusal(403, t('cms.local.refused.link', { path }));
    }
    return folder;
  }

  /** Where a target is on disk (in real folders only), or undefined if its folder does not exist; a file there must be a plain file. */
  async function located(target: Target, create = false): Promise<string | undefined> {
    const { base, parts } = placeOf(target, options, rules);
    const folder = await folderAt(base, parts.slice(0, -1), target.path, create);
    if (!folder) return undefined;
    const file = join(folder, parts.at(-1) ?? '');
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat && !stat.isFile()) throw new Refusal(403, t('cms.local.refused.link', { path: target.path }));
    return file;
  }
  const creating = async (target: Target) => (await located(target, true)) as string;

  async function readEntry(target: Target, label?: unknown) {
    const file = { path: target.path, ...(typeof label === 'string' ? { label } : {}) };
    const found = await located(target);
    const bytes = found ? await fs.readFile(found).catch(() => undefined) : undefined;
    return bytes ? { data: bytes.toString('utf8'), file: { ...file, id: sha256(bytes) } } : { data: null, file: { ...file, id: null } };
  }

  async function readMedia(target: Target) {
    const file = await located(target);
    if (!file) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    const bytes = await fs.readFile(file);
    return { id: sha256(bytes), content: bytes.toString('base64'), encoding: 'base64', path: target.path, name: basename(target.path) };
  }

  /** The files of a listed folder that the rules allow (plain files only: a symbolic link is not listed). */
  async function listed(listing: Target): Promise<Target[]> {
    const { base, parts } = placeOf(
      listing.kind === 'media' ? { kind: 'media', path: `${listing.path}/x` } : { ...listing, path: `${listing.path}/x` },
      options,
      rules,
    );
    const folder = await folderAt(base, parts.slice(0, -1), listing.path, false);
    const names = folder ? await fs.readdir(folder, { withFileTypes: true }) : [];
    return names
      .filter((dirent) => dirent.isFile())
      .map((dirent) => targetOf(`${listing.path}/${dirent.name}`, rules))
      .filter((target): target is Target => target?.kind === listing.kind)
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  const sitePathOf = (path: string) => `${rules.mediaUrl}/${basename(path)}`;

  async function perform(action: string, params: Params): Promise<unknown> {
    const step = plan(action, params, rules);
    switch (step.action) {
      case 'info':
        return { repo: 'babillard', publish_modes: ['simple'], type: 'local_fs' };
      case 'getDeployPreview':
        return null;
      case 'entriesByFolder':
        return Promise.all((await listed(step.listing)).map((target) => readEntry(target)));
      case 'getMedia':
        return Promise.all((await listed(step.listing)).map((target) => readMedia(target)));
      case 'entriesByFiles':
      case 'getEntry': {
        const entries = await Promise.all(step.reads.map(({ target, label }) => readEntry(target, label)));
        return step.action === 'getEntry' ? entries[0] : entries;
      }
      case 'getMediaFile':
        return readMedia(step.media);
      case 'persistMedia': {
        const target = targetOf(step.asset.path, rules) as Target;
        await write(await creating(target), step.asset.bytes);
        return readMedia(target);
      }
      case 'persistEntry': {
        const renamed = step.files.filter((file) => file.newPath && file.newPath !== file.path);
        const found = breakage(options.readSite(), {
          write: new Map(step.files.map((file) => [file.newPath ?? file.path, file.raw])),
          remove: new Set(renamed.map((file) => file.path)),
          addMedia: step.assets.map((asset) => ({ path: sitePathOf(asset.path), bytes: asset.bytes.length })),
        });
        if (found.broken.length) throw new Refusal(409, t('cms.local.breaks.save', { n: found.count, list: found.list }));
        // Every place is checked before the first byte is written.
        const at = (path: string) => creating(targetOf(path, rules) as Target);
        const assets = await Promise.all(step.assets.map(async (asset) => ({ file: await at(asset.path), bytes: asset.bytes })));
        const files = await Promise.all(
          step.files.map(async (file) => ({
            file: await at(file.path),
            raw: file.raw,
            to: file.newPath && file.newPath !== file.path ? await at(file.newPath) : undefined,
          })),
        );
        for (const asset of assets) await write(asset.file, asset.bytes);
        for (const file of files) {
          await write(file.file, file.raw);
          if (file.to) await fs.rename(file.file, file.to);
        }
        return { message: 'entry persisted' };
      }
      case 'deleteFiles': {
        const paths = step.removals.map((target) => target.path);
        const media = step.removals.filter((target) => target.kind === 'media').map((target) => sitePathOf(target.path));
        const found = breakage(options.readSite(), { write: new Map(), remove: new Set(paths), removeMedia: new Set(media) });
        if (found.broken.length) {
          throw new Refusal(409, t('cms.local.breaks.delete', { entry: paths.map(found.titleOf).join(' », « '), n: found.count, list: found.list }));
        }
        const files = await Promise.all(step.removals.map((target) => located(target)));
        for (const file of files) {
          if (file)
            await fs.unlink(file).catch((error: unknown) => {
              if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
            });
        }
        return { message: `deleted files ${paths.join(', ')}` };
      }
    }
  }

  return async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = (status: number, value: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      response.end(JSON.stringify(value));
    };
    let action = '';
    try {
      const url = new URL(request.url ?? '/', 'http://local');
      const refusal = requestRefusal(
        { host: request.headers.host, origin: request.headers.origin, key: url.searchParams.get('key') ?? undefined },
        { origins: options.origins, matches },
      );
      if (refusal) throw new Refusal(403, t(`cms.local.refused.${refusal}`, { origins: options.origins.join(', ') }));
      if (request.method !== 'POST' || !/^application\/json\b/.test(request.headers['content-type'] ?? ''))
        throw new Refusal(403, t('cms.local.refused.method'));
      const payload = record(await body(request));
      action = typeof payload['action'] === 'string' ? payload['action'] : '';
      reply(200, await perform(action, record(payload['params'])));
    } catch (error) {
      if (error instanceof Refusal) {
        if (error.status === 409) options.onRefusal?.(error.message);
        reply(error.status, { error: error.message });
        return;
      }
      options.onError?.(error);
      reply(500, { error: t('cms.local.failed', { action: action || '?', reason: (error as NodeJS.ErrnoException).code ?? 'erreur inattendue' }) });
    }
  };
}
