import type { CmsField } from 'decap-cms-core';
import type { z } from 'zod';
import { unwrap } from '../src/lib/schema-walk';

/**
 * Turns a Zod object schema into Decap CMS fields: one field per key, with the
 * label and hint from `.meta()`, required-ness from optional/default, select
 * options from enums, patterns (with their French message) from regex checks,
 * number bounds from min/max checks. Editor-only details (a relation instead
 * of a plain identifier, a colour picker…) come from `overrides`, keyed by the
 * field's dotted path, `*` standing for any list item (`links.*.url`, `place.name`).
 * The same path is stored in each field as `check`, so the Zod-backed widgets
 * know which of the build's problems are theirs.
 */

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string; checks?: AnySchema[] };

/** A Decap field as we build it; `check` names the field for the Zod-backed widgets. */
export type Field = CmsField & Record<string, unknown>;

/** Extra or replaced Decap properties for one field; `pattern: undefined` takes the generated pattern away. */
export type FieldOverride = Partial<Omit<CmsField, 'name' | 'pattern'>> & { pattern?: [string | RegExp, string] | undefined } & Record<string, unknown>;

/** Checks of a schema, as plain definitions (`min_length`, `string_format`…). */
function checksOf(schema: AnySchema): Record<string, unknown>[] {
  const def = schema._zod.def as unknown as Def;
  return (def.checks ?? []).map((check) => check._zod.def as unknown as Record<string, unknown>);
}

/** The French message a check was given (`{ error: '…' }`), if any. */
function messageOf(check: Record<string, unknown>): string | undefined {
  const error = check['error'];
  const text = typeof error === 'function' ? (error as (issue: unknown) => unknown)({}) : error;
  return typeof text === 'string' ? text : undefined;
}

/** The regex a string must match and the message the build prints when it does not. */
export function patternOf(schema: AnySchema): [RegExp, string] | undefined {
  const check = checksOf(schema).find((c) => c['check'] === 'string_format' && c['format'] === 'regex');
  if (!check) return undefined;
  const pattern = check['pattern'] as RegExp;
  return [pattern, messageOf(check) ?? `Format attendu : ${pattern.source}`];
}

/** `min`/`max` of a number schema, from its `greater_than`/`less_than` checks. */
function boundsOf(schema: AnySchema): { min?: number; max?: number; int: boolean } {
  const bounds: { min?: number; max?: number; int: boolean } = { int: false };
  for (const check of checksOf(schema)) {
    if (check['check'] === 'greater_than' && check['inclusive']) bounds.min = check['value'] as number;
    if (check['check'] === 'less_than' && check['inclusive']) bounds.max = check['value'] as number;
    if (check['check'] === 'number_format' && String(check['format']).includes('int')) bounds.int = true;
  }
  return bounds;
}

/** The minimum length of an array schema, if any. */
function minItemsOf(schema: AnySchema): number | undefined {
  const check = checksOf(schema).find((c) => c['check'] === 'min_length');
  return check ? (check['minimum'] as number) : undefined;
}

/** The widget and widget options that follow from a schema's own shape. */
function widgetFor(inner: AnySchema, path: string, overrides: Readonly<Record<string, FieldOverride>>, context: string): FieldOverride {
  const def = inner._zod.def as unknown as Def;
  switch (def.type) {
    case 'string': {
      const pattern = patternOf(inner);
      // A calendar day (`localDate`) gets the browser's date picker.
      if (pattern?.[0].source === String.raw`^\d{4}-\d{2}-\d{2}$`) return { widget: 'when', day_only: true, pattern };
      return { widget: 'string', ...(pattern ? { pattern } : {}) };
    }
    case 'number': {
      const { min, max, int } = boundsOf(inner);
      return { widget: 'number', value_type: int ? 'int' : 'float', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
    case 'union': {
      // Every union of the model is a day or a date-time (start, end): one widget for both.
      return { widget: 'when' };
    }
    case 'object':
      return { widget: 'object', collapsed: true, fields: fieldsOf(inner, overrides, `${context}${path}.`) };
    case 'array': {
      const element = unwrap(def['element'] as AnySchema).inner;
      const min = minItemsOf(inner);
      const bounds = min === undefined ? {} : { min };
      const elementDef = element._zod.def as unknown as Def;
      if (elementDef.type === 'enum') {
        return { widget: 'select', multiple: true, options: Object.values(elementDef['entries'] as Record<string, string>), ...bounds };
      }
      if (elementDef.type === 'object') {
        return { widget: 'list', collapsed: false, fields: fieldsOf(element, overrides, `${context}${path}.*.`), ...bounds };
      }
      const item = widgetFor(element, `${path}.*`, overrides, context);
      const itemOverride = overrides[`${context}${path}.*`] ?? {};
      // Each item is labelled like the list's items are counted (« Admin », « 2 admins »), and shows its text when collapsed.
      const own = overrides[`${context}${path}`]?.['label_singular'];
      const singular = typeof own === 'string' ? own : (unwrap(inner).meta.title ?? path);
      const label = singular.charAt(0).toUpperCase() + singular.slice(1);
      return {
        widget: 'list',
        collapsed: false,
        summary: '{{fields.item}}',
        field: { name: 'item', label, check: `${context}${path}.*`, ...item, ...itemOverride },
        ...bounds,
      };
    }
    default:
      throw new Error(`No CMS widget for the Zod type "${def.type}" of ${context}${path}`);
  }
}

/**
 * A schema description as a form hint: Decap already marks optional fields
 * « (optionnel) », so a leading « Facultatif » would say it twice.
 * @example hintOf('Facultatif. Le lieu de cette date-là seulement.') → 'Le lieu de cette date-là seulement.'
 */
function hintOf(description: string): string {
  const rest = description.replace(/^Facultatif[.,;:]?\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The Decap fields of a Zod object schema.
 * @example fieldsOf(categorySchema, {}, '')[0] → { name: 'name', label: 'Nom', widget: 'string', check: 'name', required: true, … }
 */
export function fieldsOf(schema: AnySchema, overrides: Readonly<Record<string, FieldOverride>>, context: string): Field[] {
  const { inner } = unwrap(schema);
  const shape = (inner._zod.def as unknown as Def)['shape'] as Record<string, AnySchema>;
  return Object.entries(shape).map(([name, child]) => {
    const { inner: childInner, meta, optional, defaultValue } = unwrap(child);
    const hint = meta.description && hintOf(meta.description);
    const field: Field = {
      name,
      label: meta.title ?? name,
      ...(hint ? { hint } : {}),
      required: !optional,
      check: `${context}${name}`,
      ...widgetFor(childInner, name, overrides, context),
      ...(defaultValue === undefined ? {} : { default: defaultValue as never }),
    } as Field;
    // An override may take a property away (an image has no pattern): `undefined` removes it.
    const merged = { ...field, ...(overrides[`${context}${name}`] ?? {}) };
    return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as Field;
  });
}
