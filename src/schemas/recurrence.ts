import { z } from 'zod';
import { placeSchema } from './place';
import { FREQUENCIES, keysOf, MAX_COUNT, MONTHLY_MODES, WEEKDAYS } from '../data/recurrence';
import { choices } from './choices';
import { line, localDate, localDateOrDateTime } from './primitives';

/**
 * The `recurrence` block of an event: how it repeats, until when, and which
 * dates are cancelled or changed. This schema checks each field on its own;
 * the checks that need the event's start (is this cancelled date really an
 * occurrence?) live in `recurrenceProblems()` of `src/lib/recurrence.ts`, which
 * the event schema runs in its `superRefine`.
 *
 * The enums come from src/data/recurrence.ts (with their iCalendar codes);
 * their words are in the dictionary.
 */

/** One occurrence that keeps its place in the series but changes time, place or both. */
export const recurrenceChangeSchema = z.strictObject({
  date: localDate.meta({
    title: 'Date concernée',
    description: 'La date prévue de cette occurrence, avant modification (AAAA-MM-JJ).',
  }),
  start: localDateOrDateTime.optional().meta({
    title: 'Nouveau début',
    description:
      'Facultatif. Nouvelle date et heure (AAAA-MM-JJTHH:MM), éventuellement un autre jour ; une date seule pour un événement sur la journée entière.',
  }),
  end: localDateOrDateTime.optional().meta({
    title: 'Nouvelle fin',
    description: 'Facultatif. Sans nouvelle fin, la durée habituelle est gardée.',
  }),
  place: placeSchema.optional().meta({ title: 'Autre lieu', description: 'Facultatif. Le lieu de cette date-là seulement.' }),
  note: line(200).optional().meta({
    title: 'Note',
    description: 'Facultatif. Une courte explication affichée avec la date, par exemple « Au jardin à cause des travaux ».',
  }),
});

export const recurrenceSchema = z.strictObject({
  frequency: z
    .enum(keysOf(FREQUENCIES), { error: `Fréquence attendue : ${choices(keysOf(FREQUENCIES), (v) => `recurrence.frequency.${v}`)}.` })
    .meta({ title: 'Fréquence', description: 'Chaque semaine, chaque mois ou chaque année.' }),
  interval: z
    .number({ error: 'Un nombre entier est attendu : 1 pour chaque fois, 2 pour une fois sur deux…' })
    .int({ error: 'Un nombre entier est attendu : 1 pour chaque fois, 2 pour une fois sur deux…' })
    .min(1, { error: 'L’intervalle vaut au moins 1 (1 = chaque semaine, chaque mois ou chaque année).' })
    .max(99, { error: 'L’intervalle vaut au plus 99.' })
    .optional()
    .meta({ title: 'Intervalle', description: 'Toutes les N semaines, N mois ou N années. 1 par défaut ; 2 pour une fois sur deux.' }),
  weekdays: z
    .array(z.enum(keysOf(WEEKDAYS), { error: `Jour attendu : ${choices(keysOf(WEEKDAYS), (v) => `recurrence.weekday.${v}`)}.` }), {
      error: 'Une liste de jours est attendue, par exemple [sa] ou [mo, th].',
    })
    .optional()
    .meta({
      title: 'Jours de la semaine',
      description: 'Pour une répétition chaque semaine : un ou plusieurs jours. Par défaut, le jour du début ; le jour du début doit en faire partie.',
    }),
  monthly: z
    .enum(keysOf(MONTHLY_MODES), { error: `Mode mensuel attendu : ${choices(keysOf(MONTHLY_MODES), (v) => `recurrence.monthly.${v}`)}.` })
    .optional()
    .meta({
      title: 'Chaque mois, le…',
      description:
        'Pour une répétition chaque mois, d’après la date du début. Le même jour du mois (par défaut ; un 31 saute les mois qui n’en ont pas) ; le même jour de la semaine et le même rang, par exemple le 2e mardi (un 5e lundi saute les mois qui n’en ont pas) ; ou le dernier jour de la semaine du mois, par exemple le dernier vendredi.',
    }),
  until: localDate.optional().meta({
    title: 'Jusqu’au',
    description: 'Facultatif. Dernier jour possible, inclus (AAAA-MM-JJ). Ne pas remplir en même temps que « Nombre de fois ».',
  }),
  count: z
    .number({ error: 'Un nombre entier est attendu, par exemple 10.' })
    .int({ error: 'Un nombre entier est attendu, par exemple 10.' })
    .min(1, { error: 'Le nombre de fois vaut au moins 1.' })
    .max(MAX_COUNT, { error: `Le nombre de fois vaut au plus ${MAX_COUNT} ; pour plus, laissez-le vide ou indiquez une date de fin.` })
    .optional()
    .meta({
      title: 'Nombre de fois',
      description: 'Facultatif. Nombre total d’occurrences, dates annulées comprises. Ne pas remplir en même temps que « Jusqu’au ».',
    }),
  cancelled: z.array(localDate, { error: 'Une liste de dates est attendue, par exemple [2026-12-26].' }).optional().meta({
    title: 'Dates annulées',
    description: 'Les dates prévues qui n’ont pas lieu (AAAA-MM-JJ). Elles restent affichées, barrées, et disparaissent des agendas abonnés.',
  }),
  changes: z
    .array(recurrenceChangeSchema, { error: 'Une liste de modifications est attendue.' })
    .optional()
    .meta({ title: 'Dates modifiées', description: 'Une date qui change d’horaire, de lieu ou les deux, sans changer le reste de la série.' }),
});

export type Recurrence = z.output<typeof recurrenceSchema>;
export type RecurrenceChange = z.output<typeof recurrenceChangeSchema>;
export type ChangePlace = z.output<typeof placeSchema>;
