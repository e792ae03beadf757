import type { z } from 'zod';
import type { CollectionName } from './data/collections';
import { collections } from './schemas/index';
import type { Settings } from './schemas/settings';
import { rememberChecked } from './lib/checked-entries';
import { classifyContentPath, utf8Problem } from './lib/content-files';
import { parseContentFile, YamlProblem, type ParsedFile } from './lib/frontmatter';
import { isOffSite, markdownOutline, type GroupDirective, type MarkdownReference } from './lib/markdown';
import { mediaProblem } from './lib/media';
import { containsInvite, inviteToken, searchable, type InviteToken } from './lib/platforms';
import {
  pageKey,
  reservedEventIds,
  reservedGroupIds,
  reservedNewsIds,
  reservedPageIds,
  reservedPosterIds,
  routes,
  sitePages,
  type Anchors,
} from './lib/routes';
import { fieldLabel, pathText, unwrap, childAt } from './lib/schema-walk';
import { localNow } from './lib/timezone';

/**
 * The whole content check, run before every build: every file under
 * `content/` is either read (and then parsed the way the loader parses it,
 * validated against its collection's schema, and checked against the other
 * entries) or refused with a sentence saying where it belongs. Pure: it takes
 * file texts and the list of public files, and returns problems (the build
 * stops) and warnings (the build goes on); reading the disk is the caller's job.
 */

export interface SourceFile {
  /** Path as the volunteer reads it, e.g. `content/groups/accueil.md`. */
  path: string;
  /** Path relative to the content folder, e.g. `groups/accueil.md`; derived from `path` when absent. */
  rel?: string;
  text: string;
  /** The file's bytes, when read from disk: checked to be UTF-8. */
  bytes?: Uint8Array;
}

/** A file of `public/`, by its address on the site (`/media/logo.svg`). */
export interface PublicFile {
  path: string;
  /** Its size in bytes, when read from disk. */
  bytes?: number;
  /** Its text, for SVG images (checked to be inert). */
  text?: string;
}

export interface CheckOptions {
  /** Every file under public/; without it, image and media paths are not checked against the disk. */
  publicFiles?: readonly PublicFile[];
  /** The build's clock, for the news that are published already (links to them). */
  now?: Date;
}

export interface ContentProblem {
  file: string;
  /** Dotted path of the field as written in the file, e.g. `links[0].url`. */
  field?: string;
  /** Human label of the field, from the schema's meta. */
  label?: string;
  message: string;
  line?: number;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export interface CheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
  /** What should be fixed but does not stop the build (printed with the group health). */
  warnings: ContentProblem[];
}

export { reservedGroupIds };

const slugRE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `content/groups/a.md` → `groups/a.md`, for callers that only give the shown path. */
function relOf(file: SourceFile): string {
  if (file.rel !== undefined) return file.rel;
  const parts = file.path.split('/');
  const at = parts.lastIndexOf('content');
  return (at >= 0 ? parts.slice(at + 1) : parts).join('/');
}

/** A value as a volunteer would name it, for « trouvé : … ». */
function describeValue(value: unknown): string {
  if (value === null) return 'rien (la valeur est vide)';
  if (typeof value === 'string') return `le texte « ${value.length > 60 ? `${value.slice(0, 57)}…` : value} »`;
  if (typeof value === 'number') return `le nombre ${value}`;
  if (typeof value === 'boolean') return `« ${value} » (oui ou non)`;
  if (Array.isArray(value)) return `une liste de ${value.length} élément${value.length > 1 ? 's' : ''}`;
  return 'un bloc de champs';
}

/** The fields an object schema expects, required ones first, for « a place with `name` ». */
function objectFields(schema: z.core.$ZodType, path: readonly PropertyKey[]): string {
  let current: z.core.$ZodType | undefined = schema;
  for (const key of path) current = current && childAt(current, typeof key === 'number' ? key : String(key));
  const inner = current && unwrap(current).inner;
  const shape = inner && (inner._zod.def as { shape?: Record<string, z.core.$ZodType> }).shape;
  if (!shape) return '';
  const keys = Object.entries(shape);
  const required = keys.filter(([, field]) => !unwrap(field).optional).map(([key]) => key);
  const optional = keys.filter(([, field]) => unwrap(field).optional).map(([key]) => key);
  const parts = [
    required.length ? `${required.join(', ')} (obligatoire${required.length > 1 ? 's' : ''})` : '',
    optional.length ? `${optional.join(', ')} (facultatif${optional.length > 1 ? 's' : ''})` : '',
  ];
  return ` avec ses champs ${parts.filter(Boolean).join(' ; ')}`;
}

/**
 * The sentence for a value of the wrong type: what was expected, what was
 * found, and the YAML trap behind it when there is one.
 */
function wrongTypeMessage(issue: z.core.$ZodIssueInvalidType, schema: z.core.$ZodType, rawLine: string): string {
  const input = (issue as { input?: unknown }).input;
  if (input === undefined) return `ce champ est obligatoire. ${issue.message}`;
  if (input === null) {
    if (/:\s*#/.test(rawLine)) {
      return 'la valeur est lue comme vide, car en YAML « # » commence un commentaire : mettez-la entre guillemets, par exemple colour: "#2f6f4e".';
    }
    return `ce champ est vide : écrivez sa valeur après « : » (ou supprimez la ligne si le champ est facultatif). ${issue.message}`;
  }
  const found = `Trouvé : ${describeValue(input)}.`;
  switch (issue.expected) {
    case 'object':
      return `un bloc de champs est attendu${objectFields(schema, issue.path)}. ${found}`;
    case 'array':
      return `${issue.message} ${found} Une liste s’écrit [a, b] ou avec une ligne « - … » par élément.`;
    case 'number':
    case 'int':
      return typeof input === 'string' && /^-?\d+(?:[.,]\d+)?$/.test(input.trim())
        ? `${issue.message} ${found} Écrivez le nombre sans guillemets.`
        : `${issue.message} ${found}`;
    case 'string':
      return typeof input === 'number' || typeof input === 'boolean'
        ? `${issue.message} ${found} Mettez la valeur entre guillemets.`
        : `${issue.message} ${found}`;
    default:
      return `${issue.message} ${found}`;
  }
}

/** Zod issues as the problems a volunteer reads (also shown by the CMS form, word for word). */
export function schemaProblems(
  file: string,
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  source?: { text: string; lineOf: ParsedFile['lineOf'] },
): ContentProblem[] {
  const lines = source?.text.split(/\r?\n/) ?? [];
  return issues.map((issue) => {
    const path = issue.path;
    const field = pathText(path);
    const line = source?.lineOf(path);
    const at = line ? { line } : {};
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
      return {
        file,
        ...(field ? { field } : {}),
        ...at,
        message: `champ inconnu ${keys} : faute de frappe ? Les champs possibles sont décrits dans content/README.md.`,
      };
    }
    const message = issue.code === 'invalid_type' ? wrongTypeMessage(issue, schema, line ? (lines[line - 1] ?? '') : '') : issue.message;
    return { file, field, label: fieldLabel(schema, path), message, ...at };
  });
}

function referenceProblem(file: string, field: string, value: string, kind: string, known: readonly string[], line?: number): ContentProblem {
  const list = known.length ? known.join(', ') : '(aucun)';
  return { file, field, message: `« ${value} » ne correspond à aucun ${kind}. Valeurs possibles : ${list}.`, ...(line ? { line } : {}) };
}

/** One file that was read and parsed, valid or not. */
interface ReadFile {
  collection: CollectionName;
  id: string;
  path: string;
  text: string;
  parsed?: ParsedFile;
  /** The entry, when it passed its schema. */
  entry?: CheckedEntry;
}

/** Validates every file; returns the entries that passed, every problem found, and the warnings. */
export function checkContent(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const read: ReadFile[] = [];
  for (const file of files) {
    const verdict = classifyContentPath(relOf(file));
    if (verdict.kind === 'ignored') continue;
    if (verdict.kind === 'stray') {
      problems.push({ file: file.path, message: verdict.message });
      continue;
    }
    const { collection, id } = verdict;
    const bad = file.bytes && utf8Problem(file.bytes);
    if (bad) {
      problems.push({
        file: file.path,
        line: bad.line,
        message: `ce fichier n’est pas enregistré en UTF-8 (le premier caractère illisible est ligne ${bad.line} : « ${bad.text.trim().slice(0, 80)} »), les accents seraient abîmés sur le site. Ouvrez-le dans votre éditeur et enregistrez-le avec l’encodage UTF-8 (« Enregistrer sous… », encodage UTF-8).`,
      });
      continue;
    }
    if (!slugRE.test(id)) {
      problems.push({
        file: file.path,
        message: 'nom de fichier invalide : minuscules sans accents ni espaces, mots séparés par des tirets (par exemple equipe-du-lundi.md).',
      });
      continue;
    }
    const { format, schema } = collections[collection];
    const readFile: ReadFile = { collection, id, path: file.path, text: file.text };
    read.push(readFile);
    let parsed: ParsedFile;
    try {
      parsed = parseContentFile(file.text, format);
    } catch (error) {
      if (!(error instanceof YamlProblem)) throw error;
      problems.push({
        file: file.path,
        ...(error.line ? { line: error.line } : {}),
        message: error.syntax ? `YAML illisible : ${error.message}.` : error.message,
      });
      continue;
    }
    readFile.parsed = parsed;
    const result = (schema as z.ZodType).safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file.path, schema, result.error.issues, { text: file.text, lineOf: parsed.lineOf }));
      continue;
    }
    readFile.entry = { collection, id, file: file.path, data: result.data as Record<string, unknown>, body: parsed.body };
    rememberChecked(collection, file.text, { data: readFile.entry.data, body: parsed.body });
  }
  for (const media of options.publicFiles ?? []) {
    const message = mediaProblem(media.path, media.bytes ?? 0, media.text);
    if (message) problems.push({ file: `public${media.path}`, message });
  }
  const cross = crossProblems(read, options);
  problems.push(...cross.problems);
  warnings.push(...cross.warnings);
  return { entries: read.flatMap((f) => (f.entry ? [f.entry] : [])), problems, warnings };
}

/** Every text of an entry's data, with its path, e.g. `['links', 0, 'url']`. */
function textsOf(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  return [];
}

/** The page an entry's body is shown on, for links written relative to it. */
function pageOf(entry: CheckedEntry): string | undefined {
  switch (entry.collection) {
    case 'groups':
      return routes.group(entry.id);
    case 'events':
      return routes.event(entry.id);
    case 'news':
      return routes.newsItem(entry.id);
    case 'decisions':
      return routes.charter;
    case 'pages':
      return entry.data['kind'] === 'guide' ? routes.chapter(entry.id) : entry.data['kind'] === 'charter' ? routes.charter : routes.page(entry.id);
    default:
      return undefined;
  }
}

const imageExtension = /\.(png|jpe?g|webp|avif|svg|gif)$/i;
/** Site paths that are files of public/ rather than built pages. */
const isPublicFilePath = (path: string) => path.startsWith('/media/') || imageExtension.test(path);

/** The line of a body (1-based in the file) that holds a text, when it is found. */
function bodyLineOf(entryText: string, body: string, needle: (line: string) => boolean): number | undefined {
  const bodyStart = entryText.length - body.length;
  const offsetLines = entryText.slice(0, bodyStart).split('\n').length - 1;
  const index = body.split('\n').findIndex(needle);
  return index >= 0 ? offsetLines + index + 1 : undefined;
}

function crossProblems(read: readonly ReadFile[], options: CheckOptions): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const entries = read.flatMap((f) => (f.entry ? [f.entry] : []));
  const fileOf = new Map(read.map((f) => [f.entry ?? f, f]));
  const ids = (collection: CollectionName) => read.filter((f) => f.collection === collection).map((f) => f.id);
  const settingsEntry = entries.find((e) => e.collection === 'settings');
  const settings = settingsEntry?.data as Settings | undefined;
  if (!read.some((f) => f.collection === 'settings')) {
    problems.push({
      file: 'content/settings/site.yaml',
      message: 'le fichier des réglages manque : content/settings/site.yaml est attendu (nom, adresse, e-mails, types d’événements…).',
    });
  }
  const categories = ids('categories');
  const groups = ids('groups');
  const types = settings?.eventTypes.map((t) => t.id) ?? [];
  const line = (entry: CheckedEntry, path: PropertyKey[]) => fileOf.get(entry)?.parsed?.lineOf(path);
  const at = (entry: CheckedEntry, path: PropertyKey[]) => {
    const found = line(entry, path);
    return found ? { line: found } : {};
  };

  // The charter: exactly one, and decisions need it. A charter page that fails its own
  // check still counts as present, so its decisions are not told that it is missing.
  const kindOf = (f: ReadFile) => (f.parsed?.data as { kind?: unknown } | undefined)?.kind;
  const charterFiles = read.filter((f) => f.collection === 'pages' && kindOf(f) === 'charter');
  const charter = charterFiles.flatMap((f) => (f.entry ? [f.entry] : []));
  if (charterFiles.length > 1) {
    for (const file of charterFiles) {
      const others = charterFiles
        .filter((f) => f !== file)
        .map((f) => f.path)
        .join(', ');
      problems.push({
        file: file.path,
        field: 'kind',
        message: `une seule page de type charter (la charte) est attendue, mais ${others} l’est aussi : gardez une seule charte et changez le type de l’autre (guide ou page).`,
      });
    }
  }
  const charterOutline = charter[0] ? markdownOutline(charter[0].body) : undefined;
  const sections = charterOutline?.headings ?? [];
  for (const decision of entries.filter((e) => e.collection === 'decisions')) {
    if (charterFiles.length === 0) {
      problems.push({
        file: decision.file,
        field: 'section',
        message:
          'la charte manque : cette décision s’y rapporte, mais content/pages/ n’a aucune page « kind: charter ». Remettez la page de la charte (par exemple avec « git restore content/pages/charte.md ») ou retirez les décisions.',
      });
    } else if (charter.length > 0 && !sections.includes(String(decision.data['section']))) {
      problems.push(
        referenceProblem(decision.file, 'section', String(decision.data['section']), 'titre de section de la charte', sections, line(decision, ['section'])),
      );
    }
  }

  // Each type has its page and feed at /agenda/type/<id>/: two types with one id would share them.
  settings?.eventTypes.forEach((type, i) => {
    if (settings.eventTypes.findIndex((other) => other.id === type.id) < i) {
      problems.push({
        file: settingsEntry?.file ?? 'content/settings/site.yaml',
        field: `eventTypes[${i}].id`,
        message: `l’identifiant « ${type.id} » est déjà celui d’un autre type ; chaque type a le sien.`,
        ...(settingsEntry ? at(settingsEntry, ['eventTypes', i, 'id']) : {}),
      });
    }
  });

  for (const entry of entries) {
    const { data, file } = entry;
    if (entry.collection === 'events' && reservedEventIds.includes(entry.id)) {
      problems.push({
        file,
        message: `le nom « ${entry.id} » est déjà pris par une page de l’agenda (${routes.event(entry.id)}) ; nommez le fichier d’après la date, par exemple 2026-12-05-${entry.id}.md.`,
      });
    }
    if (entry.collection === 'news' && reservedNewsIds.includes(entry.id)) {
      problems.push({
        file,
        message: `le nom « ${entry.id} » est déjà pris par une page des annonces (${routes.newsItem(entry.id)}) ; nommez le fichier d’après la date, par exemple 2026-12-05-${entry.id}.md.`,
      });
    }
    if (entry.collection === 'groups' && !categories.includes(String(data['category']))) {
      problems.push(referenceProblem(file, 'category', String(data['category']), 'fichier de content/categories/', categories, line(entry, ['category'])));
    }
    if (entry.collection === 'events') {
      if (settings && !types.includes(String(data['type']))) {
        problems.push(referenceProblem(file, 'type', String(data['type']), "type d'événement des réglages", types, line(entry, ['type'])));
      }
      const organiser = data['organiser'] as string | undefined;
      if (organiser !== undefined && !groups.includes(organiser)) {
        problems.push(referenceProblem(file, 'organiser', organiser, 'groupe de content/groups/', groups, line(entry, ['organiser'])));
      }
      const named = /^(\d{4}-\d{2}-\d{2})-/.exec(entry.id)?.[1];
      const start = String(data['start']).slice(0, 10);
      if (named && named !== start) {
        warnings.push({
          file,
          field: 'start',
          message: `le nom du fichier commence par ${named}, mais l’événement commence le ${start} : renommez le fichier ${entry.id.replace(named, start)}.md pour qu’il se range à sa date (ou corrigez le début).`,
        });
      }
    }
  }
  problems.push(...sectionProblems(entries, read, line));
  for (const page of entries.filter((e) => e.collection === 'pages' && e.data['kind'] === 'page' && reservedPageIds.includes(e.id))) {
    problems.push({
      file: page.file,
      message: `le nom « ${page.id} » est déjà pris par une rubrique du site ; renommez le fichier (par exemple ${page.id}-infos.md).`,
    });
  }
  for (const group of entries.filter((e) => e.collection === 'groups' && [...reservedGroupIds, ...reservedPosterIds].includes(e.id))) {
    problems.push({
      file: group.file,
      message: `le nom « ${group.id} » est déjà pris par une page de l'annuaire (${routes.group(group.id)}) ; renommez le fichier (par exemple groupe-${group.id}.md).`,
    });
  }

  const textOf = (entry: CheckedEntry) => fileOf.get(entry)?.text ?? entry.body;
  problems.push(...membersLeaks(entries, line, textOf));
  if (settings) {
    const references = referencesProblems(entries, settings, charterOutline?.headings ?? [], options, fileOf);
    problems.push(...references.problems);
    warnings.push(...references.warnings);
  }
  return { problems, warnings };
}

/**
 * Sections and their zones, as groups, events and news name them: every
 * `section` names a file of content/sections/, every `zone` a zone of that
 * section; zone ids are unique within their section, and a section's contact
 * group is a group of the directory.
 */
function sectionProblems(
  entries: readonly CheckedEntry[],
  read: readonly ReadFile[],
  line: (entry: CheckedEntry, path: PropertyKey[]) => number | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (collection: CollectionName) => read.filter((f) => f.collection === collection).map((f) => f.id);
  const sectionIds = ids('sections');
  const groupIds = ids('groups');
  const zonesOf = new Map(
    entries.filter((e) => e.collection === 'sections').map((e) => [e.id, (e.data['zones'] as { id: string }[]).map((zone) => zone.id)] as const),
  );
  const at = (entry: CheckedEntry, path: PropertyKey[]) => {
    const found = line(entry, path);
    return found ? { line: found } : {};
  };
  for (const entry of entries) {
    if (entry.collection === 'sections') {
      const zones = zonesOf.get(entry.id) ?? [];
      zones.forEach((zone, i) => {
        if (zones.indexOf(zone) < i) {
          problems.push({
            file: entry.file,
            field: `zones[${i}].id`,
            message: `l’identifiant « ${zone} » est déjà celui d’une autre zone de cette section ; chaque zone a le sien.`,
            ...at(entry, ['zones', i, 'id']),
          });
        }
      });
      const contactGroup = (entry.data['contact'] as { group?: string } | undefined)?.group;
      if (contactGroup !== undefined && !groupIds.includes(contactGroup)) {
        problems.push(referenceProblem(entry.file, 'contact.group', contactGroup, 'groupe de content/groups/', groupIds, line(entry, ['contact', 'group'])));
      }
      continue;
    }
    if (entry.collection !== 'groups' && entry.collection !== 'events' && entry.collection !== 'news') continue;
    const section = entry.data['section'] as string | undefined;
    const zone = entry.data['zone'] as string | undefined;
    if (section !== undefined && !sectionIds.includes(section)) {
      problems.push(referenceProblem(entry.file, 'section', section, 'fichier de content/sections/', sectionIds, line(entry, ['section'])));
      continue;
    }
    if (zone === undefined) continue;
    if (section === undefined) {
      problems.push({
        file: entry.file,
        field: 'zone',
        message: `une zone fait partie d’une section : indiquez aussi « section: … », l’identifiant de la section dont « ${zone} » est une zone.`,
        ...at(entry, ['zone']),
      });
    } else if (!(zonesOf.get(section) ?? []).includes(zone)) {
      problems.push(
        referenceProblem(
          entry.file,
          'zone',
          zone,
          `identifiant de zone de content/sections/${section}.yaml`,
          zonesOf.get(section) ?? [],
          line(entry, ['zone']),
        ),
      );
    }
  }
  return problems;
}

/**
 * A members-only link written anywhere else in the content would be published
 * in clear: in another group's links, an event's `online` or `answer`, a text
 * field or any Markdown body. Compared by the link's invite code, not as text.
 */
function membersLeaks(
  entries: readonly CheckedEntry[],
  line: (entry: CheckedEntry, path: PropertyKey[]) => number | undefined,
  textOf: (entry: CheckedEntry) => string,
): ContentProblem[] {
  const isMembers = (e: CheckedEntry) => e.collection === 'groups' && e.data['access'] === 'members';
  const vault: { token: InviteToken; group: CheckedEntry }[] = entries
    .filter(isMembers)
    .flatMap((group) => (group.data['links'] as { url: string }[]).map((link) => ({ token: inviteToken(link.url), group })));
  if (vault.length === 0) return [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const texts = textsOf(entry.data).filter(({ path }) => !(isMembers(entry) && path[0] === 'links'));
    const where: { field?: string; line?: number | undefined; text: string }[] = [
      ...texts.map(({ path, text }) => ({ field: pathText(path), line: line(entry, path), text })),
      { line: undefined, text: entry.body },
    ];
    for (const place of where) {
      const text = searchable(place.text);
      const leaked = vault.find(({ token }) => containsInvite(text, token));
      if (!leaked) continue;
      const found = place.field === undefined ? bodyLineOf(textOf(entry), entry.body, (l) => containsInvite(l, leaked.token)) : place.line;
      problems.push({
        file: entry.file,
        ...(place.field !== undefined ? { field: place.field } : {}),
        ...(found ? { line: found } : {}),
        message: `ce lien est celui du groupe réservé aux membres « ${String(leaked.group.data['name'])} » (${leaked.group.file}) : ici, il serait publié en clair pour tout le monde. Retirez-le ; pour y renvoyer, mettez un lien vers la page du groupe (${routes.group(leaked.group.id)}).`,
      });
    }
  }
  return problems;
}

/**
 * Images and links written in the content must lead somewhere: every `/media/…`
 * file exists under public/, every link to a page of the site (`/groupes/x/`,
 * `/charte/#section`, relative or absolute) names a page the build writes and,
 * where the check knows its sections, an anchor it has. No image may come from
 * another origin.
 */
function referencesProblems(
  entries: readonly CheckedEntry[],
  settings: Settings,
  charterHeadings: readonly string[],
  options: CheckOptions,
  fileOf: Map<unknown, ReadFile>,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const outlines = new Map(
    entries.map((e) => [e, e.body.trim() ? markdownOutline(e.body) : { headings: [], references: [] as MarkdownReference[], groups: [] as GroupDirective[] }]),
  );
  const headingsOf = (e: CheckedEntry) => outlines.get(e)?.headings ?? [];
  const of = (collection: CollectionName) => entries.filter((e) => e.collection === collection);
  const pages = of('pages');
  const today = options.now ? localNow(options.now, settings.timezone).slice(0, 10) : '9999-12-31';
  const site = sitePages({
    groups: of('groups').map((g) => ({
      id: g.id,
      archived: g.data['archived'] === true,
      platforms: (g.data['links'] as { platform: string }[]).map((l) => l.platform),
      headings: headingsOf(g),
    })),
    categories: of('categories').map((c) => c.id),
    guide: pages.filter((p) => p.data['kind'] === 'guide').map((p) => ({ id: p.id, headings: headingsOf(p) })),
    charter: pages.some((p) => p.data['kind'] === 'charter') ? { headings: charterHeadings, decisions: of('decisions').map((d) => d.id) } : undefined,
    pages: pages.filter((p) => p.data['kind'] === 'page').map((p) => ({ id: p.id, headings: headingsOf(p) })),
    events: of('events').map((e) => ({ id: e.id, organiser: e.data['organiser'] as string | undefined, headings: headingsOf(e) })),
    types: settings.eventTypes.map((t) => t.id),
    news: of('news')
      .filter((n) => String(n.data['date']) <= today)
      .map((n) => ({ id: n.id, tags: n.data['tags'] as string[], headings: headingsOf(n) })),
    sections: of('sections').map((s) => s.id),
  });
  const publicFiles = options.publicFiles ? new Set(options.publicFiles.map((f) => f.path)) : undefined;
  const visibleGroupIds = of('groups')
    .filter((g) => g.data['archived'] !== true)
    .map((g) => g.id);
  const origin = new URL(settings.baseUrl).origin;
  const basePath = new URL(settings.baseUrl).pathname.replace(/\/$/, '');

  /** What to say of an address: an error when it leads nowhere, a warning for an image from elsewhere. */
  const verdict = (url: string, kind: MarkdownReference['kind'], from: string): { warning?: boolean; message: string } | undefined => {
    const raw = url.trim();
    // javascript:, data:, tel:, mailto: … are the sanitiser's business (removed or kept as they are).
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw.replace(/[\t\n\r]/g, '')) && !/^https?:/i.test(raw.replace(/[\t\n\r]/g, ''))) return undefined;
    if (kind === 'image' && isOffSite(raw) && !(/^https?:/i.test(raw) && new URL(raw).origin === origin)) {
      return {
        warning: true,
        message: `l’image « ${raw} » vient d’un autre site : la page en montre le lien, pas l’image (l’afficher dirait à ce site qui lit la page). Pour l’afficher, déposez-la dans public/media/ et écrivez /media/nom-du-fichier.`,
      };
    }
    let resolved: URL;
    try {
      resolved = new URL(raw, `${origin}${basePath}${from}`);
    } catch {
      return undefined;
    }
    if (resolved.origin !== origin) return undefined;
    const path = decodeURIComponent(resolved.pathname.slice(basePath.length) || '/');
    if (path.startsWith('/pagefind/')) return undefined;
    if (kind === 'image' || isPublicFilePath(path)) {
      if (!publicFiles || publicFiles.has(path)) return undefined;
      const near = [...publicFiles].filter((p) => p.startsWith('/media/')).slice(0, 8);
      return {
        message: `${kind === 'image' ? 'l’image' : 'le fichier'} « ${raw} » n’existe pas dans public${path} : ajoutez le fichier dans public/media/ ou corrigez le nom.${near.length ? ` Fichiers présents : ${near.join(', ')}.` : ''}`,
      };
    }
    const key = pageKey(path);
    const anchors: Anchors | undefined = site.get(key);
    if (anchors === undefined) {
      const section = `/${key.split('/')[1] ?? ''}/`;
      const near = [...site.keys()].filter((p) => p !== section && p.startsWith(section) && p.endsWith('/')).slice(0, 6);
      return { message: `le lien « ${raw} » ne mène à aucune page du site.${near.length ? ` Pages de cette rubrique : ${near.join(', ')}.` : ''}` };
    }
    const anchor = decodeURIComponent(resolved.hash.slice(1));
    if (anchor && anchors !== 'any' && !anchors.has(anchor)) {
      const list = [...anchors].slice(0, 10).join(', ');
      return { message: `le lien « ${raw} » mène à ${key}, mais cette page n’a pas de section « ${anchor} ».${list ? ` Sections : ${list}.` : ''}` };
    }
    return undefined;
  };

  for (const entry of entries) {
    const from = pageOf(entry) ?? '/';
    for (const { path, text } of textsOf(entry.data)) {
      const field = pathText(path);
      const isImageField = /^\/[^/\\]/.test(text) && imageExtension.test(text);
      if (!isImageField) continue;
      const found = verdict(text, 'image', from);
      const line = fileOf.get(entry)?.parsed?.lineOf(path);
      if (found) (found.warning ? warnings : problems).push({ file: entry.file, field, message: found.message, ...(line ? { line } : {}) });
    }
    const text = fileOf.get(entry)?.text ?? entry.body;
    const bodyOffset = text.slice(0, text.length - entry.body.length).split('\n').length - 1;
    for (const reference of outlines.get(entry)?.references ?? []) {
      const found = verdict(reference.url, reference.kind, from);
      if (found)
        (found.warning ? warnings : problems).push({
          file: entry.file,
          message: found.message,
          ...(reference.line ? { line: reference.line + bodyOffset } : {}),
        });
    }
    // `::groupe{id=…}` places a group's card: the group must exist and be shown in the directory.
    for (const placed of outlines.get(entry)?.groups ?? []) {
      const message = !placed.id
        ? `cette ligne « ::groupe » ne se lit pas : écrivez ::groupe{id=identifiant-du-groupe}, seule sur sa ligne, par exemple ::groupe{id=${visibleGroupIds[0] ?? 'annonces'}}.`
        : visibleGroupIds.includes(placed.id)
          ? undefined
          : `::groupe{id=${placed.id}} : aucun groupe visible n’a l’identifiant « ${placed.id} » (le nom de son fichier dans content/groups/). Groupes : ${visibleGroupIds.slice(0, 12).join(', ')}.`;
      if (message) problems.push({ file: entry.file, message, ...(placed.line ? { line: placed.line + bodyOffset } : {}) });
    }
  }
  return { problems, warnings };
}

/**
 * The report a volunteer reads in the build log: one block per file, one
 * line per problem, with the field's label and its name in the file.
 */
export function formatProblems(problems: readonly ContentProblem[], heading?: string): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const count = problems.length;
  const lines = [heading ?? `Le contenu a ${count} erreur${count > 1 ? 's' : ''} ; le site n'a pas été construit.`, ''];
  for (const [file, list] of byFile) {
    lines.push(`✖ ${file}`);
    for (const p of list) {
      const where = p.field ? `champ « ${p.field} »${p.label && p.label !== p.field ? ` (${p.label})` : ''} : ` : '';
      const line = p.line ? `ligne ${p.line} : ` : '';
      lines.push(`  ${line}${where}${p.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
