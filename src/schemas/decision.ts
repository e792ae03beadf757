import { z } from 'zod';
import { line, localDate } from './primitives';

export const decisionSchema = z.strictObject({
  date: localDate.meta({ title: 'Date de la décision' }),
  title: line(120).meta({ title: 'Titre' }),
  summary: line(300).meta({ title: 'Résumé', description: 'Ce qui a été décidé, en une ou deux phrases.' }),
  section: z
    .string({ error: 'L’ancre d’une section de la charte est attendue.' })
    .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}_]+)*$/u, {
      error: 'Ancre attendue en minuscules, mots séparés par des tirets (par exemple annonces-commerciales).',
    })
    .meta({
      title: 'Section de la charte',
      description: 'L’ancre du titre de section concerné dans la charte, par exemple annonces-commerciales.',
    }),
});

export type Decision = z.output<typeof decisionSchema>;
