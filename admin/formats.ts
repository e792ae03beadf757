import type { z } from 'zod';
import { frontMatterParts, parseContentFile } from '../src/lib/frontmatter';
import { childAt, unwrap } from '../src/lib/schema-walk';
import { mergeMarkdown } from './markdown-merge';
import { editYaml, type KeyOrder } from './yaml-edit';

/**
 * How the CMS reads and writes content files. Files are read exactly as the
 * build reads them (`src/lib/frontmatter.ts`). They are written back as small
 * edits of the text they were read from (`yaml-edit.ts`): a save changes the
 * lines of the fields that changed and nothing else, so `git diff` shows what
 * the volunteer did. Decap hands a format only the entry's data, so the text
 * read travels with the data under `SOURCE`, a key no schema has, which the
 * checks ignore and no file ever receives.
 */

type Data = Record<string, unknown>;
type AnySchema = z.core.$ZodType;

/** The key under which an entry's data carries the text of its file, as it was read. */
export const SOURCE = '_babillardSource';

/**
 * The schema's order of the keys of each block, for new fields and new files.
 * @example keyOrder(eventSchema)(['place']) → ['name', 'address', 'lat', 'lon']
 */
export function keyOrder(schema: AnySchema): KeyOrder {
  return (path) => {
    let node: AnySchema | undefined = schema;
    for (const key of path) node = node && childAt(node, key === '*' ? 0 : key);
    if (!node) return [];
    const def = unwrap(node).inner._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
    return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  };
}

/**
 * The Markdown body as written: kept byte for byte when the form did not
 * change it; otherwise the blocks that did not change keep their spelling
 * (markdown-merge.ts), and the file keeps its line ends.
 */
function bodyText(before: string | undefined, after: unknown, eol: string): string {
  const normal = (text: string) =>
    text
      .replace(/\r\n/g, '\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd();
  const text = normal(typeof after === 'string' ? after : '');
  if (before !== undefined && normal(before) === text) return before;
  if (!text) return '';
  const merged = before === undefined ? `${text}\n` : mergeMarkdown(before.replace(/\r\n/g, '\n'), `${text}\n`);
  return (merged.endsWith('\n') ? merged : `${merged}\n`).replace(/\n/g, eol);
}

/** A Decap custom format: `fromFile` and `toFile`. */
export interface ContentFormat {
  fromFile(content: string): Data;
  toFile(data: object): string;
}

/**
 * The format of one collection, whose schema gives the order of new fields.
 * @example contentFormat(categorySchema, 'yaml').toFile({ name: 'Annonces', description: '', order: 1 }) → 'name: Annonces\norder: 1\n'
 * @example contentFormat(newsSchema, 'markdown').toFile({ title: 'A', date: '2026-11-20', body: 'Texte' }) → '---\ntitle: A\ndate: 2026-11-20\n---\nTexte\n'
 */
export function contentFormat(schema: AnySchema, format: 'markdown' | 'yaml'): ContentFormat {
  const order = keyOrder(schema);
  if (format === 'yaml') {
    return {
      fromFile: (content) => ({ ...(parseContentFile(content, 'yaml').data as Data), [SOURCE]: content }),
      toFile(data) {
        const { [SOURCE]: source, ...fields } = data as Data;
        return editYaml(typeof source === 'string' ? source.replace(/^\uFEFF/, '') : undefined, fields, order).replace(
          /^/,
          typeof source === 'string' && source.startsWith('\uFEFF') ? '\uFEFF' : '',
        );
      },
    };
  }
  return {
    fromFile(content) {
      const { data, body } = parseContentFile(content, 'markdown');
      return { ...(data as Data), body, [SOURCE]: content };
    },
    toFile(data) {
      const { body, [SOURCE]: source, ...fields } = data as Data;
      const parts = typeof source === 'string' ? frontMatterParts(source) : undefined;
      const read = typeof parts === 'object' && parts.closing !== undefined ? parts : undefined;
      const eol = typeof source === 'string' && source.includes('\r\n') ? '\r\n' : '\n';
      const yaml = editYaml(read?.yaml, fields, order);
      const closing = read?.closing ?? `---${eol}`;
      return `${read?.head ?? `---${eol}`}${yaml}${/\n$/.test(closing) ? closing : `${closing}${eol}`}${bodyText(read?.body, body, eol)}`;
    },
  };
}
