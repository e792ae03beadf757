import { z } from 'zod';

/**
 * Helpers to read a Zod schema as data: the CMS configuration and the friendly
 * error messages both walk the same schemas, so a field is described once.
 */

export interface FieldMeta {
  title?: string;
  description?: string;
}

type AnySchema = z.core.$ZodType;

const wrappers = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The `.meta()` attached to this exact schema instance, if any. */
export function metaOf(schema: AnySchema): FieldMeta {
  const meta = z.globalRegistry.get(schema) as FieldMeta | undefined;
  return meta ?? {};
}

/**
 * Steps through optional/default/pipe wrappers to the schema that holds the
 * real shape, gathering meta on the way (outer meta wins, as `.meta()` is
 * usually written last).
 */
export function unwrap(schema: AnySchema): { inner: AnySchema; meta: FieldMeta; optional: boolean; defaultValue?: unknown } {
  let current = schema;
  let meta: FieldMeta = {};
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    meta = { ...metaOf(current), ...meta };
    const def = current._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional') optional = true;
    if (def.type === 'default') {
      optional = true;
      const raw = def['defaultValue'];
      defaultValue = typeof raw === 'function' ? (raw as () => unknown)() : raw;
    }
    if (wrappers.has(def.type)) {
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'pipe') {
      // preprocess() is pipe(transform, schema): the shape is on the way out;
      // transform().pipe(schema) keeps its shape on the way in.
      const input = def['in'] as AnySchema;
      const output = def['out'] as AnySchema;
      current = (input._zod.def as { type: string }).type === 'transform' ? output : input;
    } else {
      return { inner: current, meta, optional, ...(defaultValue === undefined ? {} : { defaultValue }) };
    }
  }
}

/** The schema of one property or array element below `schema`, or undefined. */
export function childAt(schema: AnySchema, key: string | number): AnySchema | undefined {
  const { inner } = unwrap(schema);
  const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
  if (def.type === 'object') return (def['shape'] as Record<string, AnySchema>)[String(key)];
  if (def.type === 'array') return def['element'] as AnySchema;
  return undefined;
}

/**
 * The human label of a field path, e.g. `['links', 0, 'url']` →
 * `Liens › n° 1 › Lien d’invitation`.
 */
export function fieldLabel(schema: AnySchema, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(`n° ${key + 1}`);
      current = current && childAt(current, key);
      continue;
    }
    current = current && childAt(current, String(key));
    const title = current ? unwrap(current).meta.title : undefined;
    parts.push(title ?? String(key));
  }
  return parts.join(' › ');
}

/** `['links', 0, 'url']` → `links[0].url`, the form volunteers see in their file. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}
