import Papa from 'papaparse';

/**
 * The CSV a volunteer's spreadsheet produces, read and written: pure text in,
 * rows out. Excel in French saves « CSV (séparateur : point-virgule) » in
 * Windows-1252; LibreOffice and Google Sheets save UTF-8 with commas; some
 * exports use tabs. Reading guesses both the encoding and the separator;
 * writing always gives UTF-8 with a byte-order mark and `;`, which Excel opens
 * with its accents intact. Parsing is papaparse's (quotes, doubled quotes and
 * line breaks inside cells are where hand-written CSV readers go wrong).
 */

export type SheetEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/**
 * The text of a CSV file's bytes: UTF-8 (with or without its byte-order mark)
 * when the bytes are valid UTF-8, else Windows-1252 (what Excel calls « ANSI »
 * on a French Windows). Both decoders are the platform's TextDecoder.
 * @example decodeSheet(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) → { text: 'Café', encoding: 'windows-1252' }
 */
export function decodeSheet(bytes: Uint8Array): { text: string; encoding: SheetEncoding } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const separators = [';', ',', '\t'] as const;
export type Separator = (typeof separators)[number];

/**
 * The separator of a sheet, from its first line (the column titles): the one
 * of `;`, `,` and tab that occurs most often outside quotes; `;` when none does.
 * @example detectSeparator('Nom;Catégorie\nAccueil;general') → ';'
 * @example detectSeparator('"Nom, complet",Catégorie') → ','
 */
export function detectSeparator(text: string): Separator {
  const counts = new Map<Separator, number>(separators.map((s) => [s, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as Separator)) counts.set(char as Separator, (counts.get(char as Separator) ?? 0) + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** One row of a sheet, with the line of the file it starts on (1-based; a cell may span several lines). */
export interface SheetRow {
  line: number;
  cells: string[];
}

/**
 * The rows of a CSV text, each with the line it starts on, so that a report
 * can say « ligne 7 » of the file the volunteer opens. Rows where every cell
 * is empty are left out (spreadsheets often end with a few).
 * @example parseSheet('Nom;Ordre\nAccueil;1\n') → { separator: ';', rows: [{ line: 1, cells: ['Nom', 'Ordre'] }, { line: 2, cells: ['Accueil', '1'] }] }
 */
export function parseSheet(text: string): { separator: Separator; rows: SheetRow[] } {
  const source = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(source);
  const rows: SheetRow[] = [];
  let start = 0;
  Papa.parse<string[]>(source, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const end = result.meta.cursor;
      const line = lineAt(source, start);
      start = end;
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ line, cells });
    },
  });
  return { separator, rows };
}

/** The 1-based line of a character offset, skipping the line end a row left behind. */
function lineAt(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Rows as the CSV Excel opens with accents intact: a byte-order mark, `;`
 * between cells, CRLF line ends, quotes only where a cell needs them.
 * @example writeSheet([['Nom', 'Ordre'], ['Accueil', '1']]) → '\uFEFFNom;Ordre\r\nAccueil;1\r\n'
 */
export function writeSheet(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse(rows as string[][], { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}

/**
 * A column title as it is compared: lower case, no accents, every run of
 * spaces and punctuation one space. So « Catégorie », « categorie » and
 * « CATÉGORIE » name one column, and « Lieu : adresse » is « lieu adresse ».
 * @example foldTitle('  Dernière vérification ') → 'derniere verification'
 */
export function foldTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The items of a list cell: one per line when the cell has line breaks,
 * otherwise separated by `;`; blanks dropped.
 * @example splitList('Alix; Bao') → ['Alix', 'Bao']
 * @example splitList('Mardi : 10 h ; 19 h\nSamedi') → ['Mardi : 10 h ; 19 h', 'Samedi']
 */
export function splitList(cell: string): string[] {
  const parts = /[\r\n]/.test(cell) ? cell.split(/\r?\n|\r/) : cell.split(';');
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * A list as one cell, readable back by `splitList`: `; ` between plain items,
 * a line per item when one of them holds a `;`.
 * @example joinList(['Alix', 'Bao']) → 'Alix; Bao'
 */
export function joinList(items: readonly string[]): string {
  return items.some((item) => item.includes(';')) ? items.join('\n') : items.join('; ');
}

/**
 * An id made from a name, as the CMS makes file names: ASCII lower case,
 * accents dropped, words joined by hyphens.
 * @example idFromName('Équipe du lundi matin') → 'equipe-du-lundi-matin'
 * @example idFromName('Cagette – Œufs & fromages') → 'cagette-oeufs-fromages'
 */
export function idFromName(name: string): string {
  return name
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A date or date-time cell in the content's form: ISO stays as it is; the
 * French forms Excel writes (`05/12/2026`, `05/12/2026 10:00`, `5/12/26`) are
 * turned around. Anything else is returned unchanged, for the schema to refuse.
 * @example sheetDate('05/12/2026 10:00') → '2026-12-05T10:00'
 * @example sheetDate('2026-12-05') → '2026-12-05'
 */
export function sheetDate(cell: string): string {
  const text = cell.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::\d{2})?)?$/.exec(text);
  if (french) {
    const [, day = '', month = '', year = '', hour, minute] = french;
    const fullYear = year.length === 2 ? `20${year}` : year;
    const date = `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return hour === undefined ? date : `${date}T${hour.padStart(2, '0')}:${minute}`;
  }
  const iso = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?$/.exec(text);
  return iso ? `${iso[1]}T${iso[2]}` : text;
}

/**
 * A number cell, with a French decimal comma or an English point; the text
 * itself when it is not a number (the schema then says what is expected).
 * @example sheetNumber('48,85') → 48.85
 * @example sheetNumber('douze') → 'douze'
 */
export function sheetNumber(cell: string): number | string {
  const text = cell.trim().replace(/\s/g, '');
  return /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : cell.trim();
}

/** A number as a French spreadsheet shows it: a decimal comma. @example numberCell(48.85) → '48,85' */
export const numberCell = (value: number) => String(value).replace('.', ',');

const yes = new Set(['oui', 'o', 'vrai', 'true', 'x', '1', 'yes']);
const no = new Set(['non', 'n', 'faux', 'false', '0', 'no']);

/**
 * A yes/no cell: « oui », « x », « vrai », 1… or « non », « faux », 0…; the
 * text itself otherwise, for the schema to refuse.
 * @example sheetBoolean('Oui') → true
 */
export function sheetBoolean(cell: string): boolean | string {
  const text = foldTitle(cell);
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return cell.trim();
}
