import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';

/**
 * Reads a content file: YAML, or Markdown with a YAML front matter. The site's
 * loader, the content check and the CMS all read files through this module, so
 * a file means the same thing everywhere. YAML 1.2's core schema: timestamps
 * stay text (`date: 2026-12-05` and `date: "2026-12-05"` are the same value, and
 * a day that does not exist is refused rather than rolled over), `yes`/`no` are
 * words, not booleans. Mistakes come back as `YamlProblem`s in French, with
 * the line, for a volunteer who has never heard of YAML.
 */

export interface ParsedFile {
  data: unknown;
  body: string;
  /** The line (1-based, in the whole file) where a field's value is written, if it is found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export class YamlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
    /** True for a mistake of YAML syntax inside the fields; false for the file's shape (empty, unclosed block). */
    readonly syntax = false,
  ) {
    super(message);
  }
}

/** `colour: #0072b2` unquoted: YAML reads a comment. */
const COLOUR_COMMENT = /:\s+#(?:[0-9a-fA-F]{3}){1,2}\b/;

/** A value that must be quoted, as a volunteer would write it. */
const QUOTE_ADVICE =
  'une valeur qui contient « : » ou « # », ou qui commence par un caractère spécial ([ { * & ! | > @ ` % ou un guillemet), s’écrit entre guillemets, par exemple name: "Cagette : accueil"';

/** The sentence for one parser error, from its code and the line it points at. */
function reasonOf(error: YAMLError, lineText: string): string {
  const twoColons = /:\s.*:\s/.test(lineText) || /:\s.*:$/.test(lineText.trimEnd());
  // `colour: #0072b2` inside { }: the rest of the line is a comment, the closing brace with it.
  if (COLOUR_COMMENT.test(lineText) && error.code !== 'TAB_AS_INDENT' && error.code !== 'DUPLICATE_KEY') {
    return 'en YAML, « # » après une espace commence un commentaire et cache la fin de la ligne : mettez la valeur entre guillemets, par exemple colour: "#0072b2"';
  }
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'une tabulation décale le début de la ligne ; YAML n’accepte que des espaces : remplacez-la par deux espaces';
    case 'DUPLICATE_KEY': {
      const key = /^\s*-?\s*([^:#]+?)\s*:/.exec(lineText)?.[1];
      return `le champ${key ? ` « ${key} »` : ''} est écrit deux fois : gardez-en un seul`;
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return 'un guillemet est ouvert mais jamais refermé : ajoutez le guillemet fermant à la fin de la valeur';
      if (/[\]}]/.test(error.message) || /flow/i.test(error.message)) return 'une liste entre [ ] ou un bloc entre { } n’est pas refermé';
      return `un nom de champ doit être suivi de « : » et d’une espace ; ${QUOTE_ADVICE}`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_INDENT':
      if (twoColons) return `la valeur contient « : » ; ${QUOTE_ADVICE}`;
      if (/flow/i.test(error.message)) return 'une liste entre [ ] ou un bloc entre { } n’est pas refermé';
      return 'le décalage en début de ligne ne correspond pas aux lignes voisines : les champs d’un même bloc commencent à la même colonne, avec des espaces';
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_PROP_ORDER':
      return QUOTE_ADVICE;
    case 'BAD_DQ_ESCAPE':
      return 'entre guillemets doubles, une barre oblique inverse (\\) commence un code spécial : doublez-la (\\\\) ou mettez la valeur entre guillemets simples';
    case 'MULTIPLE_DOCS':
      return 'le fichier contient plusieurs blocs séparés par « --- » ; un seul est attendu';
    case 'RESOURCE_EXHAUSTION':
      return 'le fichier fait trop de renvois (& et *) pour être lu';
    case 'BLOCK_IN_FLOW':
      return 'une liste entre [ ] ou un bloc entre { } doit tenir sur ses lignes sans « - » ni champ en retrait';
    default:
      if (twoColons) return `la valeur contient « : » ; ${QUOTE_ADVICE}`;
      return `cette ligne n’est pas comprise ; vérifiez les guillemets et le décalage en début de ligne ; ${QUOTE_ADVICE}`;
  }
}

/**
 * The line a volunteer should look at: where the parser gave up is often after
 * the mistake (an unclosed quote is noticed at the end of the file, an indented
 * key on the line before it), so look back to where it started.
 */
function errorLine(error: YAMLError, all: readonly YAMLError[], textLines: readonly string[], lineAt: (offset: number) => number): number {
  const line = lineAt(error.pos[0]);
  const before = (test: (text: string) => boolean) => {
    for (let i = Math.min(line, textLines.length) - 1; i >= 0; i--) if (test(textLines[i] ?? '')) return i + 1;
    return line;
  };
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) return before((text) => /(?::|^\s*-)\s+["']/.test(text));
  if (/flow/i.test(error.message)) return before((text) => (text.match(/[[{]/g) ?? []).length > (text.match(/[\]}]/g) ?? []).length);
  const multiline = all.find((other) => other.code === 'MULTILINE_IMPLICIT_KEY');
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline) return lineAt(multiline.pos[1]);
  return line;
}

/** The node at a path of plain keys and list positions, or undefined. */
function nodeAt(root: unknown, path: readonly PropertyKey[]): { key?: Node | undefined; value?: Node | undefined } | undefined {
  let current: unknown = root;
  let found: { key?: Node | undefined; value?: Node | undefined } | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return found;
      found = { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined };
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step] as Node | undefined;
      if (!item) return found;
      found = { value: item };
      current = item;
    } else {
      return found;
    }
  }
  return found;
}

function load(text: string, lineOffset: number): { data: unknown; lineOf: ParsedFile['lineOf'] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', merge: true, uniqueKeys: true, lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line + lineOffset;
  const [error] = doc.errors;
  if (error) {
    const textLines = text.split(/\r?\n/);
    const found = errorLine(error, doc.errors, textLines, (offset) => lines.linePos(offset).line);
    // An unquoted colour a line or two above is the usual cause: `#` hid the rest of its line.
    const colour = [found, found - 1, found - 2].find((n) => n >= 1 && COLOUR_COMMENT.test(textLines[n - 1] ?? ''));
    const line = colour ?? found;
    throw new YamlProblem(reasonOf(error, textLines[line - 1] ?? ''), line + lineOffset, true);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // An alias (`*name`) without its anchor, or too many of them.
    throw new YamlProblem(QUOTE_ADVICE, undefined, true);
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    const node = nodeAt(doc.contents, path);
    const range = node?.value?.range ?? node?.key?.range;
    return range ? lineAt(range[0]) : undefined;
  };
  return { data, lineOf };
}

/** The opening `---` line, after a byte-order mark and blank lines, with trailing spaces allowed. */
const openingRE = /^\uFEFF?((?:[ \t]*\r?\n)*)---[ \t]*(?:\r?\n|$)/;
const closingRE = /^---[ \t]*$/m;

/**
 * @example parseContentFile('---\ntitle: A\n---\nHello', 'markdown') → { data: { title: 'A' }, body: 'Hello', … }
 */
export function parseContentFile(text: string, format: 'markdown' | 'yaml'): ParsedFile {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new YamlProblem(
      format === 'yaml'
        ? 'le fichier est vide : il doit contenir ses champs (nom: valeur), un par ligne.'
        : 'le fichier est vide : il doit commencer par ses réglages entre deux lignes « --- », puis le texte.',
      undefined,
    );
  }
  if (format === 'yaml') {
    const { data, lineOf } = load(text.replace(/^\uFEFF/, ''), 0);
    return { data: data ?? {}, body: '', lineOf };
  }
  const parts = frontMatterParts(text);
  if (parts === 'no-opening') {
    throw new YamlProblem('le fichier doit commencer par un bloc de réglages entre deux lignes « --- » (la première ligne du fichier est « --- »).', 1);
  }
  const blankLines = (parts.head.slice(0, parts.head.lastIndexOf('---')).match(/\n/g) ?? []).length;
  if (parts.closing === undefined) {
    throw new YamlProblem(
      `le bloc de réglages ouvert par « --- » ligne ${blankLines + 1} n’est jamais refermé : ajoutez une ligne « --- » après le dernier réglage, avant le texte.`,
      blankLines + 1,
    );
  }
  const { data, lineOf } = load(parts.yaml, blankLines + 1);
  return { data: data ?? {}, body: parts.body, lineOf };
}

/** The four pieces of a Markdown file, which put end to end give the file back byte for byte. */
export interface FrontMatterParts {
  /** A byte-order mark, blank lines, the opening `---` line and its line end. */
  head: string;
  yaml: string;
  /** The closing `---` line and its line end; undefined when the block is never closed. */
  closing: string | undefined;
  body: string;
}

/**
 * Splits a Markdown file around its front matter, as the site reads it.
 * @example frontMatterParts('---\ntitle: A\n---\nHello') → { head: '---\n', yaml: 'title: A\n', closing: '---\n', body: 'Hello' }
 */
export function frontMatterParts(text: string): FrontMatterParts | 'no-opening' {
  const opening = openingRE.exec(text);
  if (!opening) return 'no-opening';
  const head = opening[0];
  const rest = text.slice(head.length);
  const closing = closingRE.exec(rest);
  if (!closing) return { head, yaml: rest, closing: undefined, body: '' };
  const afterClosing = rest.slice(closing.index + closing[0].length);
  const lineEnd = /^\r?\n/.exec(afterClosing)?.[0] ?? '';
  return { head, yaml: rest.slice(0, closing.index), closing: closing[0] + lineEnd, body: afterClosing.slice(lineEnd.length) };
}
