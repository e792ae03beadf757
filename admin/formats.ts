import * as yaml from 'js-yaml';
import { parseContentFile } from '../src/lib/frontmatter';
import { cleanEntry } from './validate';

/**
 * How the CMS reads and writes content files: parsed exactly as the build
 * parses them (`src/lib/frontmatter.ts`), written without the empty values
 * Decap keeps for cleared fields (an empty optional text would fail the build),
 * keys in the order of the form.
 */

type Data = Record<string, unknown>;

/** The data's keys in the form's order, then any other key the file had. */
function ordered(data: Data, sortedKeys: readonly string[] = []): Data {
  const keys = [...sortedKeys.filter((key) => key in data), ...Object.keys(data).filter((key) => !sortedKeys.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/** YAML as volunteers would write it: no line folding, no anchors. */
function dump(data: Data): string {
  return yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });
}

/**
 * @example yamlFormat.toFile({ name: 'Annonces', order: 1, description: '' }) → 'name: Annonces\norder: 1\n'
 */
export const yamlFormat = {
  fromFile: (content: string): unknown => parseContentFile(content, 'yaml').data,
  toFile: (data: object, sortedKeys?: string[]): string => dump(ordered((cleanEntry(data) ?? {}) as Data, sortedKeys)),
};

/**
 * @example markdownFormat.toFile({ title: 'A', body: 'Texte' }) → '---\ntitle: A\n---\nTexte\n'
 */
export const markdownFormat = {
  fromFile(content: string): unknown {
    const { data, body } = parseContentFile(content, 'markdown');
    return { ...(data as Data), body };
  },
  toFile(data: object, sortedKeys?: string[]): string {
    const { body = '', ...frontMatter } = data as Data;
    const text = String(body).replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
    return `---\n${dump(ordered((cleanEntry(frontMatter) ?? {}) as Data, sortedKeys))}---\n${text ? `${text}\n` : ''}`;
  },
};
