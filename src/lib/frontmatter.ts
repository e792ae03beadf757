import * as yaml from 'js-yaml';

/**
 * Splits a Markdown file into YAML front matter and body, parsed like Astro's
 * glob loader does (js-yaml 4) with one deliberate difference: timestamps stay
 * text. js-yaml turns `2026-02-30` into 2 March without a word; reading the text
 * lets the check refuse a date that does not exist. The schemas accept both forms.
 */
/** `types` exists at run time in js-yaml 4, but @types/js-yaml 4.0.9 does not declare it. */
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const schema = yaml.CORE_SCHEMA.extend({ implicit: [merge] });
const frontmatterRE = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

export interface ParsedFile {
  data: unknown;
  body: string;
}

export class YamlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

function load(text: string, lineOffset: number): unknown {
  try {
    return yaml.load(text, { schema });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
      throw new YamlProblem(error.reason || error.message, line);
    }
    throw error;
  }
}

/**
 * @example parseContentFile('---\ntitle: A\n---\nHello', 'markdown') → { data: { title: 'A' }, body: 'Hello' }
 */
export function parseContentFile(text: string, format: 'markdown' | 'yaml'): ParsedFile {
  if (format === 'yaml') return { data: load(text, 0) ?? {}, body: '' };
  const match = frontmatterRE.exec(text);
  if (!match) throw new YamlProblem('Le fichier doit commencer par un bloc de réglages entre deux lignes « --- ».', 1);
  return { data: load(match[1] ?? '', 1) ?? {}, body: text.slice(match[0].length) };
}
