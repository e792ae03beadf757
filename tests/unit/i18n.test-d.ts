/**
 * Checked by `astro check` (part of npm test), not run: the translator only
 * takes keys that French has, so a misspelt or missing key fails the type check.
 */
import { expectTypeOf } from 'vitest';
import { dictionaries } from '../../src/i18n/index';
import { createTranslator, type Translate } from '../../src/lib/i18n';

const t = createTranslator(dictionaries.fr);
expectTypeOf(t).toEqualTypeOf<Translate>();
expectTypeOf(t('nav.groups')).toBeString();
// @ts-expect-error « nav.grops » is not a key of src/i18n/fr.ts
t('nav.grops');
const platform = 'signal' as const;
expectTypeOf(t(`platform.${platform}.name`)).toBeString();
