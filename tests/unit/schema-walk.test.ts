import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { childAt, fieldLabel, metaOf, pathText, unwrap } from '../../src/lib/schema-walk';
import { eventSchema, groupSchema, settingsSchema } from '../../src/schemas/index';
import { localDate, localDateOrDateTime, localDateTime, order } from '../../src/schemas/primitives';

const typeOf = (schema: z.core.$ZodType) => schema._zod.def.type;

describe('unwrap', () => {
  it('reaches the real shape through optional, nullable, readonly and default', () => {
    expect(typeOf(unwrap(z.string().optional()).inner)).toBe('string');
    expect(typeOf(unwrap(z.number().nullable().optional()).inner)).toBe('number');
    expect(typeOf(unwrap(z.array(z.string()).readonly()).inner)).toBe('array');
    expect(typeOf(unwrap(z.boolean().default(false)).inner)).toBe('boolean');
  });

  it('says whether the field may be left out, and its default', () => {
    expect(unwrap(z.string()).optional).toBe(false);
    expect(unwrap(z.string().optional()).optional).toBe(true);
    expect(unwrap(order.default(100))).toMatchObject({ optional: true, defaultValue: 100 });
    expect(unwrap(z.array(z.string()).default(() => ['Alix'])).defaultValue).toEqual(['Alix']);
    expect('defaultValue' in unwrap(z.string().optional())).toBe(false);
  });

  it('goes through preprocess() to the validated shape', () => {
    expect(typeOf(unwrap(localDate).inner)).toBe('string');
    expect(typeOf(unwrap(localDateTime).inner)).toBe('string');
    expect(typeOf(unwrap(localDateOrDateTime).inner)).toBe('union');
    expect(typeOf(unwrap(z.preprocess((v) => Number(v), z.number().int())).inner)).toBe('number');
  });

  it('goes through transform().pipe() to the shape written in the file', () => {
    const trimmed = z
      .string()
      .transform((s) => s.trim())
      .pipe(z.string().min(1));
    expect(typeOf(unwrap(trimmed).inner)).toBe('string');
    expect(typeOf(unwrap(z.string().pipe(z.email())).inner)).toBe('string');
  });

  it('gathers meta on the way, the outer one winning', () => {
    const inner = z.string().meta({ title: 'Intérieur', description: 'Aide' });
    expect(unwrap(inner.optional()).meta).toEqual({ title: 'Intérieur', description: 'Aide' });
    expect(unwrap(inner.optional().meta({ title: 'Extérieur' })).meta).toEqual({ title: 'Extérieur', description: 'Aide' });
    expect(unwrap(localDate.meta({ title: 'Date' })).meta).toEqual({ title: 'Date' });
  });
});

describe('metaOf', () => {
  it('reads the meta of this exact schema only', () => {
    const field = z.string().meta({ title: 'Nom' });
    expect(metaOf(field)).toEqual({ title: 'Nom' });
    expect(metaOf(field.optional())).toEqual({});
    expect(metaOf(z.string())).toEqual({});
  });
});

describe('childAt', () => {
  it('finds a property of an object, through its wrappers and refinements', () => {
    expect(unwrap(childAt(groupSchema, 'name') ?? z.never()).meta.title).toBe('Nom du groupe');
    expect(unwrap(childAt(groupSchema.optional(), 'purpose') ?? z.never()).meta.title).toBe('À quoi sert ce groupe');
  });

  it('finds the element of a list, whatever the index', () => {
    const links = childAt(groupSchema, 'links');
    expect(links).toBeDefined();
    const link = links && childAt(links, 0);
    expect(link && typeOf(unwrap(link).inner)).toBe('object');
    expect(link && childAt(links, 7)).toBe(link);
    expect(link && unwrap(childAt(link, 'url') ?? z.never()).meta.title).toBe('Lien d’invitation');
  });

  it('finds nothing for an unknown key or below a plain value', () => {
    expect(childAt(groupSchema, 'inconnu')).toBeUndefined();
    expect(childAt(z.string(), 'x')).toBeUndefined();
    expect(childAt(z.string(), 0)).toBeUndefined();
  });
});

describe('fieldLabel', () => {
  it('names a field as the editor sees it', () => {
    expect(fieldLabel(groupSchema, ['links', 0, 'url'])).toBe('Liens › n° 1 › Lien d’invitation');
    expect(fieldLabel(groupSchema, ['links', 2, 'platform'])).toBe('Liens › n° 3 › Plateforme');
    expect(fieldLabel(groupSchema, ['reviewed'])).toBe('Dernière vérification');
    expect(fieldLabel(eventSchema, ['place', 'address'])).toBe('Lieu › Adresse');
    expect(fieldLabel(eventSchema, ['recurrence', 'cancelled', 1])).toBe('Répétition › Dates annulées › n° 2');
    expect(fieldLabel(settingsSchema, ['eventTypes', 2, 'colour'])).toBe('Types d’événements › n° 3 › Couleur');
  });

  it('falls back to the name in the file for an unknown field', () => {
    expect(fieldLabel(groupSchema, ['nom'])).toBe('nom');
    expect(fieldLabel(groupSchema, ['links', 0, 'lien'])).toBe('Liens › n° 1 › lien');
    expect(fieldLabel(groupSchema, ['inconnu', 'dessous'])).toBe('inconnu › dessous');
  });

  it('is empty for the whole file', () => {
    expect(fieldLabel(groupSchema, [])).toBe('');
  });
});

describe('pathText', () => {
  it.each([
    [['links', 0, 'url'], 'links[0].url'],
    [['place', 'address'], 'place.address'],
    [['recurrence', 'changes', 1, 'place', 'name'], 'recurrence.changes[1].place.name'],
    [['name'], 'name'],
    [[0], '[0]'],
    [[], ''],
  ] as const)('%j → %s', (path, text) => {
    expect(pathText(path)).toBe(text);
  });
});
