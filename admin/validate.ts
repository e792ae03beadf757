import type { z } from 'zod';
import { schemaProblems, type ContentProblem } from '../src/content-check';
import { collections as model } from '../src/schemas/index';
import { sourceOf } from './config';
import { formWording } from './editor';
import { SOURCE } from './formats';
import { prune } from './yaml-edit';

/**
 * The build's schema check, run on an entry being edited in the CMS, so the
 * form refuses what the build would refuse, with the build's own sentences.
 */

/**
 * What Decap keeps for a field left empty ('' or null, an emptied list or
 * block) is what our formats leave out of the file; the check must see the
 * same thing. The file's text that travels with the data is not a field.
 * @example cleanEntry({ title: 'A', summary: '', place: { name: '' }, tags: [] }) → { title: 'A' }
 */
export function cleanEntry(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return prune(value);
  const { [SOURCE]: _source, ...fields } = value as Record<string, unknown>;
  return prune(fields);
}

/** A problem and where it is: `links[0].url`, and as a field path `links.*.url`. */
export interface EntryProblem extends ContentProblem {
  path: (string | number)[];
  check: string;
}

/**
 * The build's problems with one entry of a CMS collection (its front matter, body excluded).
 * @example entryProblems('groups', { name: 'Cagette – Vélo', … links: [{ platform: 'signal', url: 'https://chat.whatsapp.com/…' }] })
 *   → [{ field: 'links[0].url', check: 'links.*.url', message: 'Ce lien est un lien WhatsApp, mais la plateforme choisie est Signal.', … }]
 */
export function entryProblems(collection: string, data: Record<string, unknown>): EntryProblem[] {
  const source = sourceOf(collection);
  if (!source) return [];
  const { body: _body, ...frontMatter } = data;
  const schema = model[source].schema as z.ZodType;
  const result = schema.safeParse(cleanEntry(frontMatter) ?? {});
  if (result.success) return [];
  const problems = schemaProblems('', schema, result.error.issues);
  return result.error.issues.map((issue, index) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const problem = problems[index]!;
    return { ...problem, message: formWording(problem.message), path, check: path.map((key) => (typeof key === 'number' ? '*' : key)).join('.') };
  });
}

/** One line per problem, with the field's French label, for the save notification. */
export function describeProblems(problems: readonly EntryProblem[]): string {
  return problems.map((p) => (p.label ? `${p.label} : ${p.message}` : p.message)).join('\n');
}
