import { platformIds } from '../src/data/platforms';
import { contentLayout } from '../src/data/collections';
import fr from '../src/i18n/fr-platforms';
import { collections } from '../src/schemas/index';
import { checkContent, type ContentProblem, type PublicFile, type SourceFile } from '../src/content-check';
import { parseContentFile } from '../src/lib/frontmatter';
import { classifyContentPath } from '../src/lib/content-files';
import {
  decodeSheet,
  foldTitle,
  idFromName,
  joinList,
  numberCell,
  parseSheet,
  sheetBoolean,
  sheetDate,
  sheetNumber,
  splitList,
  writeSheet,
  type SheetEncoding,
} from '../src/lib/spreadsheet';
import { collectionFields } from './config';
import type { Field } from './fields';
import { contentFormat, SOURCE } from './formats';

/**
 * Groups, events, categories, sections and news to and from a spreadsheet.
 * The columns are the CMS's fields (so the schemas'): a column is found by
 * the field's id or by the French label the form shows, case and accents
 * ignored; a block (a place) gives one column per field (« Lieu : Adresse »);
 * invite links give one column per platform. Every imported row is checked
 * by the build's own content check, among the rest of the content, and
 * written the way the CMS writes (formats.ts), or not at all.
 */

export const sheetKinds = ['groups', 'events', 'categories', 'sections', 'news'] as const;
export type SheetKind = (typeof sheetKinds)[number];

type Data = Record<string, unknown>;
type Path = readonly string[];

/** How one column reads a cell into the data and writes the data back into a cell. */
interface Column {
  /** The id a title may use: `name`, `place.address`, `whatsapp`. */
  id: string;
  /** The French title, as the CMS labels the field. */
  label: string;
  /** Other accepted titles (folded), e.g. « lien whatsapp ». */
  aliases: string[];
  /** Where the value lives in the data. */
  path: Path;
  /** For a relation (a category, a group, an event type…): what it names, so that a name in the cell is read as its id. */
  relation?: string;
  read(cell: string): unknown;
  write(value: unknown): string;
}

const optionsOf = (field: Field): { value: string; label: string }[] =>
  ((field['options'] as (string | { value: string; label: string })[] | undefined) ?? []).map((option) =>
    typeof option === 'string' ? { value: option, label: option } : option,
  );

/** A select's cell: its value or its French label, either way round. */
function choice(field: Field): { read: (cell: string) => string; write: (value: unknown) => string } {
  const options = optionsOf(field);
  const byTitle = new Map(options.flatMap((o) => [[foldTitle(o.value), o.value] as const, [foldTitle(o.label), o.value] as const]));
  return {
    read: (cell) => byTitle.get(foldTitle(cell)) ?? cell.trim(),
    write: (value) => options.find((o) => o.value === value)?.label ?? String(value),
  };
}

/** Reading and writing one scalar field's cell, after its widget. */
function scalar(field: Field): { read: (cell: string) => unknown; write: (value: unknown) => string } {
  switch (field.widget) {
    case 'number':
      return { read: sheetNumber, write: (value) => (typeof value === 'number' ? numberCell(value) : String(value)) };
    case 'boolean':
      return { read: sheetBoolean, write: (value) => (value === true ? 'oui' : value === false ? 'non' : String(value)) };
    case 'when':
      return { read: sheetDate, write: String };
    case 'select':
      return choice(field);
    default:
      return { read: (cell) => cell.trim(), write: String };
  }
}

/** The plain fields of a block, those of its inner blocks included (a changed date's place), with their paths. */
function leaves(fields: Field[], path: Path = []): { path: Path; field: Field }[] {
  return fields.flatMap((f) =>
    f.widget === 'object' ? leaves(f['fields'] as Field[], [...path, f.name]) : f.widget === 'list' ? [] : [{ path: [...path, f.name], field: f }],
  );
}

/**
 * Items of a list of blocks, one per line, fields separated by « | » in the
 * form's order (an inner block's fields in their turn); trailing empty fields left out.
 * @example 'Coordination | Maëlle | mailto:port@exemple.org' → { role: 'Coordination', name: 'Maëlle', contact: 'mailto:port@exemple.org' }
 */
function blockList(fields: Field[]): { read: (cell: string) => unknown; write: (value: unknown) => string } {
  const parts = leaves(fields).map((leaf) => ({ ...leaf, cell: scalar(leaf.field) }));
  return {
    read: (cell) =>
      cell
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const item: Data = {};
          const texts = line.split('|').map((text) => text.trim());
          parts.forEach((part, i) => {
            if (texts[i]) setAt(item, part.path, part.cell.read(texts[i] ?? ''));
          });
          return item;
        }),
    write: (value) =>
      (value as Data[])
        .map((item) =>
          parts
            .map((part) => {
              const found = getAt(item, part.path);
              return found === undefined ? '' : part.cell.write(found);
            })
            .join(' | ')
            .replace(/(?: \| )+$/, ''),
        )
        .join('\n'),
  };
}

/** The columns of one field, and of the fields inside a block. */
function columnsOf(field: Field, parent?: { path: Path; label: string; id: string }): Column[] {
  const path = [...(parent?.path ?? []), field.name];
  const id = parent ? `${parent.id}.${field.name}` : field.name;
  const label = parent ? (field.label === parent.label ? parent.label : `${parent.label} : ${field.label}`) : (field.label ?? field.name);
  const relation = field.widget === 'relation' ? `${String(field['collection'])}:${String(field['value_field'])}` : undefined;
  const column = (codec: { read: (cell: string) => unknown; write: (value: unknown) => string }): Column[] => [
    { id, label, aliases: [], path, ...(relation ? { relation } : {}), ...codec },
  ];
  if (field.widget === 'hidden') return [];
  if (field.widget === 'object') {
    return (field['fields'] as Field[]).flatMap((child) => columnsOf(child, { path, label, id }));
  }
  if (field.widget === 'list') {
    const item = field['field'] as Field | undefined;
    const fields = field['fields'] as Field[] | undefined;
    if (item) {
      const cell = scalar(item);
      return column({ read: (text) => splitList(text).map(cell.read), write: (value) => joinList((value as unknown[]).map(cell.write)) });
    }
    return fields ? column(blockList(fields)) : [];
  }
  if (field.widget === 'select' && field['multiple']) {
    const cell = choice(field);
    return column({ read: (text) => splitList(text).map(cell.read), write: (value) => joinList((value as unknown[]).map(cell.write)) });
  }
  return column(scalar(field));
}

/** A group's invite links: one column per platform, several links of one platform one per line. */
function linkColumns(): Column[] {
  return platformIds.map((platform) => {
    const name = fr[`platform.${platform}.name`];
    return {
      id: platform,
      label: name,
      aliases: [foldTitle(`lien ${name}`), foldTitle(`links.${platform}`)],
      path: ['links', platform],
      read: (cell) => splitList(cell.replace(/\s+(?=https?:)/g, '\n')),
      write: (value) => (value as string[]).join('\n'),
    };
  });
}

const idColumn = (): Column => ({
  id: 'id',
  label: 'Identifiant',
  aliases: [foldTitle('nom du fichier'), foldTitle('fichier')],
  path: ['id'],
  read: (cell) => cell.trim(),
  write: String,
});

/** Every column of a kind, in the form's order: the id first, the Markdown body last. */
export function sheetColumns(kind: SheetKind): Column[] {
  const fields = collectionFields(kind);
  return [
    idColumn(),
    ...fields.flatMap((field) => {
      if (kind === 'groups' && field.name === 'links') return linkColumns();
      if (field.name === 'body') return columnsOf({ ...field, widget: 'text' } as Field);
      return columnsOf(field);
    }),
  ];
}

const folderOf = (kind: SheetKind) => contentLayout[kind].folder;
const extensionOf = (kind: SheetKind) => (contentLayout[kind].format === 'yaml' ? 'yaml' : 'md');

/** The value at a path of plain data. */
function getAt(data: Data, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), data);
}

/** Sets (or, for `undefined`, removes) the value at a path, creating blocks on the way. */
function setAt(data: Data, path: Path, value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    if (value === undefined) Reflect.deleteProperty(data, head);
    else data[head] = value;
    return;
  }
  const child = data[head] && typeof data[head] === 'object' && !Array.isArray(data[head]) ? (data[head] as Data) : {};
  setAt(child, rest, value);
  if (Object.keys(child).length > 0) data[head] = child;
  else Reflect.deleteProperty(data, head);
}

/** What an empty cell means: nothing, whatever the column. */
const empty = (value: unknown) => value === '' || (Array.isArray(value) && value.length === 0);

/** One file of the content, as the export reads it: its id, its raw data (no defaults added) and its body. */
interface ContentEntry {
  id: string;
  data: Data;
  body: string;
}

/** The entries of one kind in the content files, read as the build reads them. */
function entriesOf(kind: SheetKind | 'settings', files: readonly SourceFile[]): ContentEntry[] {
  return files.flatMap((file) => {
    const verdict = classifyContentPath(file.rel ?? file.path.replace(/^.*?content\//, ''));
    if (verdict.kind !== 'entry' || verdict.collection !== kind) return [];
    const { data, body } = parseContentFile(file.text, contentLayout[kind].format);
    return [{ id: verdict.id, data: (data ?? {}) as Data, body }];
  });
}

/**
 * The spreadsheet of one kind: a title row with the CMS's labels, then one
 * row per entry, as UTF-8 with a byte-order mark and `;`.
 */
export function exportSheet(kind: SheetKind, files: readonly SourceFile[]): string {
  const columns = sheetColumns(kind);
  const rows = entriesOf(kind, files).map((entry) =>
    columns.map((column) => {
      if (column.path[0] === 'id') return entry.id;
      if (column.path[0] === 'body') return entry.body.replace(/\s+$/, '');
      if (column.path[0] === 'links') {
        const links = (entry.data['links'] as { platform: string; url: string }[] | undefined) ?? [];
        const urls = links.filter((l) => l.platform === column.path[1]).map((l) => l.url);
        return urls.length ? column.write(urls) : '';
      }
      const value = getAt(entry.data, column.path);
      return value === undefined || value === null ? '' : column.write(value);
    }),
  );
  return writeSheet([columns.map((c) => c.label), ...rows]);
}

/**
 * The ids a relation column accepts, by their folded id and by the name the
 * CMS shows: a sheet may say « Équipes de créneau » for equipes-de-creneau.
 */
function relationNames(relation: string, files: readonly SourceFile[]): Map<string, string> {
  const [collection = '', valueField = ''] = relation.split(':');
  const names = new Map<string, string>();
  const add = (id: string, name: unknown) => {
    names.set(foldTitle(id), id);
    if (typeof name === 'string' && !names.has(foldTitle(name))) names.set(foldTitle(name), id);
  };
  if (collection === 'settings') {
    for (const type of (entriesOf('settings', files)[0]?.data['eventTypes'] as { id: string; label: string }[] | undefined) ?? []) add(type.id, type.label);
    return names;
  }
  for (const entry of entriesOf(collection as SheetKind, files)) {
    if (valueField === 'zones.*.id') for (const zone of (entry.data['zones'] as { id: string; name: string }[] | undefined) ?? []) add(zone.id, zone.name);
    else add(entry.id, entry.data['name'] ?? entry.data['title']);
  }
  return names;
}

/** One problem of an import, where the volunteer finds it in the sheet. */
export interface SheetProblem {
  line?: number;
  column?: string;
  message: string;
}

/** One file an import writes. */
export interface SheetWrite {
  /** `content/groups/accueil.md`. */
  path: string;
  text: string;
  /** Whether it replaces a file already there (only with `update`). */
  replaces: boolean;
  line: number;
}

export interface ImportResult {
  encoding: SheetEncoding;
  separator: string;
  writes: SheetWrite[];
  /** Rows that would leave their file as it is (an update with nothing new). */
  unchanged: number;
  problems: SheetProblem[];
}

/** A row's id when the sheet has none: events and news are named after their date, as the CMS names them. */
function idOf(kind: SheetKind, data: Data): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const name = text(data['name']) || text(data['title']);
  const date = (kind === 'events' ? text(data['start']) : kind === 'news' ? text(data['date']) : '').slice(0, 10);
  const base = idFromName(name);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && base ? `${date}-${base}` : base;
}

/** The column a problem's field belongs to: the longest column path the field starts with. */
function columnOfField(field: string | undefined, columns: readonly Column[], links: readonly string[]): string | undefined {
  if (!field) return undefined;
  const keys = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (keys[0] === 'links' && keys[1] !== undefined) {
    const platform = links[Number(keys[1])];
    return columns.find((c) => c.path[0] === 'links' && c.path[1] === platform)?.label;
  }
  const match = columns
    .filter((c) => c.path.every((key, i) => keys[i] === key))
    .sort((a, b) => b.path.length - a.path.length)
    .at(0);
  return match?.label;
}

/**
 * What importing a sheet would do: the files it writes, or the problems of
 * every bad row (then it writes nothing). Pure: the caller reads the sheet
 * and the content folder, and writes the files.
 */
export function planImport(
  kind: SheetKind,
  bytes: Uint8Array,
  files: readonly SourceFile[],
  options: { update?: boolean; contentDir?: string; publicFiles?: readonly PublicFile[] } = {},
): ImportResult {
  const { text, encoding } = decodeSheet(bytes);
  const { separator, rows } = parseSheet(text);
  const problems: SheetProblem[] = [];
  const result = (writes: SheetWrite[] = [], unchanged = 0): ImportResult => ({
    encoding,
    separator,
    writes: problems.length ? [] : writes,
    unchanged,
    problems,
  });
  const [titles, ...dataRows] = rows;
  if (!titles) {
    problems.push({ message: 'le tableau est vide : la première ligne doit donner les titres des colonnes (par exemple Nom, Catégorie…).' });
    return result();
  }
  const columns = sheetColumns(kind);
  const byTitle = new Map<string, Column>();
  for (const column of columns) for (const title of [column.id, column.label, ...column.aliases]) byTitle.set(foldTitle(title), column);
  const mapped = titles.cells.map((title) => (title.trim() === '' ? undefined : byTitle.get(foldTitle(title))));
  titles.cells.forEach((title, i) => {
    if (title.trim() !== '' && !mapped[i]) {
      problems.push({
        line: titles.line,
        column: title.trim(),
        message: `colonne inconnue : aucun champ ne s’appelle ainsi. Colonnes possibles : ${columns.map((c) => c.label).join(', ')}.`,
      });
    }
    const first = mapped.indexOf(mapped[i]);
    if (mapped[i] && first < i) {
      problems.push({
        line: titles.line,
        column: title.trim(),
        message: `cette colonne est déjà la colonne « ${titles.cells[first]?.trim()} » : gardez-en une seule.`,
      });
    }
  });
  if (problems.length) return result();

  const folder = folderOf(kind);
  const relOf = (f: SourceFile) => f.rel ?? f.path.replace(/^.*?content\//, '');
  const existing = new Map(files.map((f) => [relOf(f), f] as const));
  const format = contentFormat(collections[kind].schema, contentLayout[kind].format);
  const planned: (SheetWrite & { rel: string; links: string[] })[] = [];
  const relations = new Map<string, Map<string, string>>();
  const relationsOf = (relation: string) => {
    if (!relations.has(relation)) relations.set(relation, relationNames(relation, files));
    return relations.get(relation) ?? new Map<string, string>();
  };
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const row of dataRows) {
    const sheet: Data = {};
    const links: { platform: string; url: string }[] = [];
    let id = '';
    let body: string | undefined;
    mapped.forEach((column, i) => {
      if (!column) return;
      const cell = row.cells[i] ?? '';
      if (column.path[0] === 'id') id = cell.trim();
      else if (column.path[0] === 'body') body = cell.trim() === '' ? '' : cell.replace(/\r\n?/g, '\n');
      else if (column.path[0] === 'links') for (const url of column.read(cell) as string[]) links.push({ platform: String(column.path[1]), url });
      else {
        const read = cell.trim() === '' ? undefined : column.read(cell);
        const value = column.relation && typeof read === 'string' ? (relationsOf(column.relation).get(foldTitle(read)) ?? read) : read;
        setAt(sheet, column.path, value === undefined || empty(value) ? undefined : value);
      }
    });
    const hasLinks = mapped.some((c) => c?.path[0] === 'links');
    if (!id) id = idOf(kind, sheet);
    const rel = `${folder}/${id}.${extensionOf(kind)}`;
    const path = `${options.contentDir ?? 'content'}/${rel}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({
        line: row.line,
        column: 'Identifiant',
        message: id
          ? `identifiant « ${id} » invalide : minuscules sans accents ni espaces, mots séparés par des tirets.`
          : 'pas d’identifiant, et pas de nom d’où le tirer : remplissez la colonne du nom (ou une colonne Identifiant).',
      });
      continue;
    }
    const twice = seen.get(id);
    if (twice !== undefined) {
      problems.push({ line: row.line, column: 'Identifiant', message: `la ligne ${twice} donne déjà l’identifiant « ${id} » : chaque ligne a le sien.` });
      continue;
    }
    seen.set(id, row.line);
    const before = existing.get(rel);
    if (before && !options.update) {
      problems.push({
        line: row.line,
        column: 'Identifiant',
        message: `${path} existe déjà : il n’est pas remplacé. Relancez avec --update pour mettre à jour les fichiers existants, ou changez l’identifiant.`,
      });
      continue;
    }
    // An update keeps what the sheet has no column for; each column present sets or empties its field.
    const data: Data = before ? structuredClone(parseContentFile(before.text, contentLayout[kind].format).data as Data) : {};
    mapped.forEach((column) => {
      if (column && column.path[0] !== 'id' && column.path[0] !== 'body' && column.path[0] !== 'links') setAt(data, column.path, getAt(sheet, column.path));
    });
    if (hasLinks) {
      // Links keep the order the file gives them when the sheet names the same ones.
      const old = (data['links'] as { platform: string; url: string }[] | undefined) ?? [];
      const key = (l: { platform: string; url: string }) => `${l.platform} ${l.url}`;
      const sameSet = old.length === links.length && old.every((l) => links.some((n) => key(n) === key(l)));
      setAt(data, ['links'], sameSet ? old : links.length ? links : undefined);
    }
    const previous = before ? parseContentFile(before.text, contentLayout[kind].format).body : '';
    const entry = { ...data, ...(contentLayout[kind].format === 'markdown' ? { body: body ?? previous } : {}), ...(before ? { [SOURCE]: before.text } : {}) };
    const text = format.toFile(entry);
    if (before && text === before.text) {
      unchanged++;
      continue;
    }
    planned.push({
      path,
      rel,
      text,
      replaces: Boolean(before),
      line: row.line,
      links: ((data['links'] as { platform: string }[] | undefined) ?? []).map((l) => l.platform),
    });
  }
  if (problems.length) return result();

  // The build's own check, over the whole content with these files in place.
  const written = new Set(planned.map((w) => w.rel));
  const merged: SourceFile[] = [...files.filter((f) => !written.has(relOf(f))), ...planned.map((w) => ({ path: w.path, rel: w.rel, text: w.text }))];
  const checked = checkContent(merged, options.publicFiles ? { publicFiles: options.publicFiles } : {});
  const ofRow = (problem: ContentProblem) => planned.find((w) => w.path === problem.file);
  for (const problem of checked.problems) {
    const row = ofRow(problem);
    if (!row) continue;
    const column = columnOfField(problem.field, columns, row.links);
    problems.push({ line: row.line, ...(column ? { column } : {}), message: problem.message });
  }
  return result(
    planned.map(({ links: _links, rel: _rel, ...write }) => write),
    unchanged,
  );
}

/**
 * The import's report, in French: what was read, then every problem by line
 * and column, or the files written (or that would be, for a dry run).
 */
export function formatImport(result: ImportResult, file: string, dryRun: boolean): string {
  const encoding = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (avec BOM)', 'windows-1252': 'Windows-1252 (ANSI)' }[result.encoding];
  const separator = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' }[result.separator] ?? result.separator;
  const lines = [`${file} : lu en ${encoding}, séparateur ${separator}.`];
  if (result.problems.length) {
    const n = result.problems.length;
    lines.push(`${n} problème${n > 1 ? 's' : ''} ; aucun fichier n’a été écrit.`, '');
    for (const p of [...result.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = [p.line ? `ligne ${p.line}` : '', p.column ? `colonne « ${p.column} »` : ''].filter(Boolean).join(', ');
      lines.push(`  ✖ ${where ? `${where} : ` : ''}${p.message}`);
    }
    return lines.join('\n');
  }
  const verb = dryRun ? 'serait écrit' : 'écrit';
  for (const write of result.writes)
    lines.push(`  ${write.replaces ? '↻' : '+'} ${write.path} (ligne ${write.line}) ${write.replaces ? (dryRun ? 'serait mis à jour' : 'mis à jour') : verb}`);
  const n = result.writes.length;
  lines.push(
    '',
    `${n} fichier${n > 1 ? 's' : ''} ${dryRun ? `à écrire (essai : rien n’a été écrit)` : `écrit${n > 1 ? 's' : ''}`}${result.unchanged ? ` ; ${result.unchanged} ligne${result.unchanged > 1 ? 's' : ''} sans changement` : ''}.`,
  );
  if (dryRun) for (const write of result.writes) lines.push('', `— ${write.path}`, write.text.trimEnd());
  return lines.join('\n');
}
