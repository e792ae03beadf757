import type { z } from 'zod';
import { collections, type CollectionName } from '../schemas/index';
import type { Settings } from '../schemas/settings';
import { reservedEventIds } from './agenda-feeds';
import { parseContentFile, YamlProblem } from './frontmatter';
import { headingSlugs } from './markdown';
import { fieldLabel, pathText } from './schema-walk';

/**
 * The whole content check, run before every build: parses each file the way
 * Astro does, validates it against its collection's schema, then checks the
 * links between entries (categories, organisers, event types, charter sections).
 * Pure: it takes file texts and returns problems; reading the disk is the caller's job.
 */

export interface SourceFile {
  /** Path relative to the project, e.g. `content/groups/accueil.md`. */
  path: string;
  text: string;
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

const extensions: Record<'markdown' | 'yaml', RegExp> = { markdown: /\.md$/, yaml: /\.ya?ml$/ };
const slugRE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Free pages live at /<id>/, so their ids must not take a section's address (pagefind: the search index). */
const reservedPaths = ['groupes', 'guide', 'agenda', 'annonces', 'charte', 'affiches', 'recherche', 'admin', 'media', 'pagefind', '404'];

/**
 * What makes two links the same invitation, for the members-only leak check:
 * the case of the host, a trailing slash and the query do not count (WhatsApp
 * appends `?mode=…` to the links it shares, Discord `?event=…`).
 * @example inviteKey('https://Chat.WhatsApp.com/AbCd?mode=ac_t') → 'https://chat.whatsapp.com/AbCd'
 */
function inviteKey(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}${parsed.hash}`;
  } catch {
    return url.trim();
  }
}

/** Pages of the directory that live beside the group pages, at /groupes/<name>/. */
export const reservedGroupIds = ['sante', 'plateforme'];

function collectionOf(path: string): CollectionName | undefined {
  const folder = path.split('/').at(-2);
  return (Object.keys(collections) as CollectionName[]).find((name) => collections[name].folder === folder);
}

/** Zod issues as the problems a volunteer reads (also shown by the CMS form, word for word). */
export function schemaProblems(file: string, schema: z.core.$ZodType, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const field = pathText(path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
      return {
        file,
        ...(field ? { field } : {}),
        message: `champ inconnu ${keys} : faute de frappe ? Les champs possibles sont décrits dans content/README.md.`,
      };
    }
    const received = (issue as { input?: unknown }).input;
    const message = received === undefined && issue.code === 'invalid_type' ? `ce champ est obligatoire. ${issue.message}` : issue.message;
    return { file, field, label: fieldLabel(schema, path), message };
  });
}

function referenceProblem(file: string, field: string, value: string, kind: string, known: readonly string[]): ContentProblem {
  const list = known.length ? known.join(', ') : '(aucun)';
  return { file, field, message: `« ${value} » ne correspond à aucun ${kind}. Valeurs possibles : ${list}.` };
}

/** Validates every file; returns the entries that passed and every problem found. */
export function checkContent(files: readonly SourceFile[]): { entries: CheckedEntry[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  // Every well-named file, valid or not: a file with a mistake is reported once,
  // and entries that refer to it must not be told that it does not exist.
  const present: { collection: CollectionName; id: string }[] = [];
  for (const { path, text } of files) {
    const collection = collectionOf(path);
    if (!collection) continue;
    const { format, schema } = collections[collection];
    const name = path.split('/').at(-1) ?? path;
    if (!extensions[format].test(name)) {
      problems.push({ file: path, message: `ce dossier n'accepte que des fichiers ${format === 'yaml' ? '.yaml' : '.md'}.` });
      continue;
    }
    const id = name.replace(/\.(md|ya?ml)$/, '');
    if (!slugRE.test(id)) {
      problems.push({ file: path, message: 'nom de fichier invalide : minuscules sans accents ni espaces, mots séparés par des tirets (par exemple equipe-du-lundi.md).' });
      continue;
    }
    present.push({ collection, id });
    let parsed;
    try {
      parsed = parseContentFile(text, format);
    } catch (error) {
      if (!(error instanceof YamlProblem)) throw error;
      problems.push({
        file: path,
        ...(error.line ? { line: error.line } : {}),
        message: `YAML illisible (${error.message}). Vérifiez l'indentation ; si une valeur contient « : » ou commence par un caractère spécial, mettez-la entre guillemets.`,
      });
      continue;
    }
    const result = (schema as z.ZodType).safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(path, schema, result.error.issues));
      continue;
    }
    entries.push({ collection, id, file: path, data: result.data as Record<string, unknown>, body: parsed.body });
  }
  problems.push(...crossProblems(entries, present));
  return { entries, problems };
}

function crossProblems(entries: readonly CheckedEntry[], present: readonly { collection: CollectionName; id: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = (collection: CollectionName) => present.filter((e) => e.collection === collection).map((e) => e.id);
  const settingsFiles = ids('settings').length;
  const settings = entries.find((e) => e.collection === 'settings')?.data as Settings | undefined;
  if (settingsFiles !== 1) {
    problems.push({ file: 'content/settings/', message: `un seul fichier de réglages est attendu (site.yaml), trouvé : ${settingsFiles}.` });
  }
  const categories = ids('categories');
  const membersOnlyLinks = new Set(
    entries
      .filter((e) => e.collection === 'groups' && e.data['access'] === 'members')
      .flatMap((e) => (e.data['links'] as { url: string }[]).map((l) => inviteKey(l.url))),
  );
  const groups = ids('groups');
  const types = settings?.eventTypes.map((t) => t.id) ?? [];
  const charter = entries.filter((e) => e.collection === 'pages' && e.data['kind'] === 'charter');
  const sections = charter.flatMap((page) => headingSlugs(page.body));

  // Each type has its page and feed at /agenda/type/<id>/: two types with one id would share them.
  settings?.eventTypes.forEach((type, i) => {
    if (settings.eventTypes.findIndex((other) => other.id === type.id) < i) {
      problems.push({ file: entries.find((e) => e.collection === 'settings')?.file ?? 'content/settings/site.yaml', field: `eventTypes[${i}].id`, message: `l’identifiant « ${type.id} » est déjà celui d’un autre type ; chaque type a le sien.` });
    }
  });

  for (const entry of entries) {
    const { data, file } = entry;
    if (entry.collection === 'events' && reservedEventIds.includes(entry.id)) {
      problems.push({ file, message: `le nom « ${entry.id} » est déjà pris par une page de l’agenda (/agenda/${entry.id}/) ; nommez le fichier d’après la date, par exemple 2026-12-05-${entry.id}.md.` });
    }
    if (entry.collection === 'groups' && !categories.includes(String(data['category']))) {
      problems.push(referenceProblem(file, 'category', String(data['category']), 'fichier de content/categories/', categories));
    }
    if (entry.collection === 'events') {
      if (settings && !types.includes(String(data['type']))) {
        problems.push(referenceProblem(file, 'type', String(data['type']), "type d'événement des réglages", types));
      }
      if (data['organiser'] !== undefined && !groups.includes(String(data['organiser']))) {
        problems.push(referenceProblem(file, 'organiser', String(data['organiser']), 'groupe de content/groups/', groups));
      }
      if (typeof data['answer'] === 'string' && membersOnlyLinks.has(inviteKey(data['answer']))) {
        problems.push({ file, field: 'answer', message: "ce lien est celui d'un groupe réservé aux membres : il serait public ici. Mettez plutôt un formulaire, une adresse mailto: ou la page du groupe." });
      }
    }
    if (entry.collection === 'decisions' && charter.length > 0 && !sections.includes(String(data['section']))) {
      problems.push(referenceProblem(file, 'section', String(data['section']), 'titre de section de la charte', sections));
    }
  }
  for (const page of entries.filter((e) => e.collection === 'pages' && e.data['kind'] === 'page' && reservedPaths.includes(e.id))) {
    problems.push({ file: page.file, message: `le nom « ${page.id} » est déjà pris par une rubrique du site ; renommez le fichier (par exemple ${page.id}-infos.md).` });
  }
  for (const group of entries.filter((e) => e.collection === 'groups' && reservedGroupIds.includes(e.id))) {
    problems.push({ file: group.file, message: `le nom « ${group.id} » est déjà pris par une page de l'annuaire (/groupes/${group.id}/) ; renommez le fichier (par exemple groupe-${group.id}.md).` });
  }
  if (entries.filter((e) => e.collection === 'pages' && e.data['kind'] === 'charter').length > 1) {
    problems.push({ file: 'content/pages/', message: 'une seule page de type charter (la charte) est attendue.' });
  }
  return problems;
}

/**
 * The report a volunteer reads in the build log: one block per file, one
 * line per problem, with the field's label and its name in the file.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const count = problems.length;
  const lines = [`Le contenu a ${count} erreur${count > 1 ? 's' : ''} ; le site n'a pas été construit.`, ''];
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
