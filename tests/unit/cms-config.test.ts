import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, collectionFields, defaultBackend } from '../../admin/config';
import { cmsCollections, collectionSpec, type CmsCollectionName } from '../../admin/editor';
import { fieldsOf, type Field } from '../../admin/fields';
import { collections as model } from '../../src/schemas/index';
import { childAt } from '../../src/lib/schema-walk';
import { line } from '../../src/schemas/primitives';
import { platformIds } from '../../src/data/platforms';
import platformWords from '../../src/i18n/fr-platforms';

type AnySchema = z.core.$ZodType;

/** Whether the build refuses an entry without this field: asked of Zod itself (a preprocess hides it from JSON Schema). */
const buildRequires = (object: AnySchema | undefined, name: string): boolean | undefined => {
  const child = object && childAt(object, name);
  return child ? !z.safeParse(child, undefined).success : undefined;
};

/**
 * The CMS and the build must agree: every field of every schema is in the
 * form, required exactly when the build requires it, with the same allowed
 * values, patterns and bounds. The build's side is read from the JSON Schema
 * Zod derives from the schemas, independently of the generator's own walk.
 */

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
}

const optionValues = (field: Field): unknown[] =>
  ((field['options'] as (string | { value: string })[] | undefined) ?? []).map((option) => (typeof option === 'string' ? option : option.value));

/** Compares one object's fields with its JSON Schema; returns where they disagree. */
function disagreements(fields: readonly Field[], schema: JsonSchema, zod: AnySchema | undefined, where: string): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const names = fields.map((field) => field.name).filter((name) => name !== 'body');
  if (JSON.stringify([...names].sort()) !== JSON.stringify(Object.keys(properties).sort())) {
    problems.push(`${where}: fields ${names.join(', ')} ≠ schema ${Object.keys(properties).join(', ')}`);
  }
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) continue;
    const at = `${where}${field.name}`;
    const required = buildRequires(zod, field.name) ?? (schema.required ?? []).includes(field.name);
    if ((field.required !== false) !== required) problems.push(`${at}: required ${String(field.required)} but the build says ${String(required)}`);
    problems.push(...propertyDisagreements(field, property, zod && childAt(zod, field.name), at));
  }
  return problems;
}

function propertyDisagreements(field: Field, property: JsonSchema, zod: AnySchema | undefined, at: string): string[] {
  const problems: string[] = [];
  const enumValues = property.enum ?? (field['multiple'] ? property.items?.enum : undefined);
  if (enumValues && JSON.stringify(optionValues(field)) !== JSON.stringify(enumValues)) {
    problems.push(`${at}: options ${JSON.stringify(optionValues(field))} ≠ ${JSON.stringify(enumValues)}`);
  }
  if (property.pattern !== undefined && field.widget === 'image') {
    // Decap would test a pattern against the image's file name, not the /media/… path stored: the build's own check runs instead.
    if (field.pattern !== undefined || field['check'] !== at) problems.push(`${at}: an image field checked by a pattern, or without the build's check`);
  } else if (property.pattern !== undefined) {
    const pattern = (field.pattern?.[0] as RegExp | undefined)?.source;
    if (pattern !== property.pattern) problems.push(`${at}: pattern ${String(pattern)} ≠ ${property.pattern}`);
  }
  const safe = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  if (property.type === 'number' || property.type === 'integer') {
    if (field['min'] !== safe(property.minimum)) problems.push(`${at}: min ${String(field['min'])} ≠ ${String(property.minimum)}`);
    if (field['max'] !== safe(property.maximum)) problems.push(`${at}: max ${String(field['max'])} ≠ ${String(property.maximum)}`);
  }
  if (property.minItems !== undefined && field['min'] !== property.minItems) problems.push(`${at}: min ${String(field['min'])} ≠ ${property.minItems} items`);
  if (property.type === 'object') problems.push(...disagreements((field['fields'] as Field[]) ?? [], property, zod, `${at}.`));
  if (property.type === 'array' && !field['multiple']) {
    const items = property.items ?? {};
    const item = zod && childAt(zod, 0);
    if (items.type === 'object') problems.push(...disagreements((field['fields'] as Field[]) ?? [], items, item, `${at}.*.`));
    else if (field['field']) problems.push(...propertyDisagreements(field['field'] as Field, items, item, `${at}.*`));
    else problems.push(`${at}: a list without item field`);
  }
  return problems;
}

const names = Object.keys(cmsCollections) as CmsCollectionName[];

describe('CMS configuration generated from the schemas', () => {
  it.each(names)('%s: same fields, required-ness, options, patterns and bounds as the build', (name) => {
    const spec = cmsCollections[name];
    const schema = z.toJSONSchema(model[spec.source].schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    expect(disagreements(collectionFields(name), schema, model[spec.source].schema, '')).toEqual([]);
  });

  it('every content collection is editable, and every folder collection writes where the build reads', () => {
    const config = cmsConfig({ backend: defaultBackend });
    const sources = new Set(names.map((name) => cmsCollections[name].source));
    expect([...sources].sort()).toEqual(Object.keys(model).sort());
    for (const collection of config.collections) {
      const source = model[cmsCollections[collection.name as CmsCollectionName].source];
      if (collection.folder) expect(collection.folder).toBe(`content/${source.folder}`);
      else expect(collection.files?.[0]?.file).toBe(`content/${source.folder}/site.yaml`);
    }
  });

  it('shows the French labels and hints of the schemas', () => {
    const field = (collection: CmsCollectionName, name: string) => collectionFields(collection).find((f) => f.name === name);
    expect(field('groups', 'access')).toMatchObject({
      label: 'Accès',
      hint: expect.stringContaining('« Membres seulement » : le lien ne s’affiche qu’aux membres'),
    });
    expect(field('categories', 'name')).toMatchObject({ label: 'Nom', hint: 'Par exemple « Équipes de créneau ».' });
  });

  it('keeps the invite-link hint short, the formats of every platform one tap away', () => {
    const url = (collectionFields('groups').find((field) => field.name === 'links')?.['fields'] as Field[]).find((field) => field.name === 'url');
    expect(String(url?.hint).length).toBeLessThan(80);
    const formats = url?.['formats'] as { platform: string; shape: string }[];
    expect(formats.map((format) => format.platform)).toEqual(platformIds.map((id) => platformWords[`platform.${id}.name`]));
    expect(formats.find((format) => format.platform === 'Signal')?.shape).toBe('https://signal.group/#…');
  });

  /** Every field of a collection, nested ones included, with its dotted path. */
  const walk = (fields: readonly Field[], prefix = ''): [string, Field][] =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`;
      const inner = [...((field['fields'] as Field[] | undefined) ?? []), ...(field['field'] ? [field['field'] as Field] : [])];
      return [[path, field] as [string, Field], ...walk(inner, `${path}.`)];
    });
  const everyField = names.flatMap((name) => walk(collectionFields(name)).map(([path, field]) => [`${name}: ${path}`, field] as const));

  it.each(everyField)('%s: hints speak the menus’ words, not the file’s codes', (_path, field) => {
    const options = (field['options'] as (string | { value: string; label: string })[] | undefined) ?? [];
    for (const option of options) {
      if (typeof option === 'string' || option.label.toLowerCase().includes(option.value.toLowerCase())) continue;
      expect(field.hint ?? '').not.toMatch(new RegExp(`(^|[\\s«(])${option.value}([\\s»),;:.]|$)`));
    }
  });

  it.each(everyField)('%s: « (optionnel) » said once, dates hinted as the picker shows them', (_path, field) => {
    expect(field.hint ?? '').not.toMatch(/^Facultatif/);
    if (field.widget === 'when') expect(field.hint ?? '').not.toMatch(/AAAA|JJ|HH:MM/);
  });

  it.each(everyField.filter(([, field]) => field.widget === 'list'))(
    '%s: items counted and labelled in good French (« 1 admin », not « 1 admins » or « Élément »)',
    (_path, field) => {
      expect(field['label_singular']).toEqual(expect.any(String));
      expect(field['label_singular']).not.toBe(field.label);
      const item = field['field'] as Field | undefined;
      if (item) expect(item.label).not.toBe('Élément');
      expect(field['summary']).toEqual(expect.any(String));
    },
  );

  it('an optional block is optional, its fields required as the build requires them once it is used', () => {
    const place = collectionFields('events').find((field) => field.name === 'place');
    expect(place).toMatchObject({ widget: 'object', required: false });
    expect((place?.['fields'] as Field[]).find((field) => field.name === 'name')).toMatchObject({ required: true });
  });

  it('the body editor can insert an image', () => {
    expect(collectionFields('news').find((field) => field.name === 'body')).toMatchObject({ widget: 'markdown', editor_components: ['image'] });
  });

  it('puts the co-op’s naming example under the group name', () => {
    const field = collectionFields('groups', { backend: defaultBackend, groupNameExample: 'Cagette – Équipe du lundi' }).find((f) => f.name === 'name');
    expect(field?.hint).toContain('« Cagette – Équipe du lundi »');
  });

  it('links entries to each other with relations the volunteer picks from', () => {
    const field = (collection: CmsCollectionName, name: string) => collectionFields(collection).find((f) => f.name === name);
    expect(field('groups', 'category')).toMatchObject({ widget: 'relation', collection: 'categories', value_field: '{{slug}}' });
    expect(field('events', 'organiser')).toMatchObject({ widget: 'relation', collection: 'groups', value_field: '{{slug}}' });
    expect(field('events', 'type')).toMatchObject({ widget: 'relation', collection: 'settings', file: 'site', value_field: 'eventTypes.*.id' });
  });

  it('a field added to a schema appears in the form with its label and check', () => {
    const extended = model.groups.schema.extend({ meetingPlace: line(80).optional().meta({ title: 'Lieu de rencontre' }) });
    expect(fieldsOf(extended, {}, '').find((field) => field.name === 'meetingPlace')).toMatchObject({
      label: 'Lieu de rencontre',
      required: false,
      widget: 'string',
      check: 'meetingPlace',
    });
  });

  it('editor details can only name fields that exist in the schema (checked by TypeScript)', () => {
    const spec = collectionSpec({
      source: 'groups',
      label: 'x',
      label_singular: 'x',
      description: 'x',
      // @ts-expect-error « nom » is not a field of the group schema
      fields: { nom: { hint: 'x' } },
    });
    expect(spec.source).toBe('groups');
  });

  it('turns the editorial workflow on where the git host supports it', () => {
    const mode = (name: 'forgejo' | 'gitea' | 'gitlab' | 'github') => cmsConfig({ backend: { name, repo: 'coop/site' } }).publish_mode;
    expect([mode('forgejo'), mode('gitlab'), mode('github')]).toEqual(['editorial_workflow', 'editorial_workflow', 'editorial_workflow']);
    expect(mode('gitea')).toBe('simple');
  });

  it('asks for the local backend only when told where it is', () => {
    expect(cmsConfig({ backend: defaultBackend }).local_backend).toBeUndefined();
    expect(cmsConfig({ backend: defaultBackend, localBackend: 'http://127.0.0.1:8081/api/v1' }).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });
});
