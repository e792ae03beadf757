import { z } from 'zod';
import { line, localDate, publicPath, slug } from './primitives';

export const newsSchema = z.strictObject({
  title: line(120).meta({ title: 'Titre' }),
  date: localDate.meta({ title: 'Date de publication' }),
  summary: line(240).meta({ title: 'Résumé', description: 'Une ou deux phrases, reprises dans la liste et le flux RSS.' }),
  tags: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Étiquette attendue en minuscules avec tirets (par exemple vie-du-magasin).' }))
    .default([])
    .meta({ title: 'Étiquettes', description: 'Mots-clés en minuscules, par exemple magasin, assemblee.' }),
  section: slug.optional().meta({ title: 'Section', description: 'Facultatif. La section (ou le magasin) concernée ; vide pour toute la coopérative.' }),
  urgentUntil: localDate.optional().meta({
    title: 'Bandeau urgent jusqu’au',
    description: 'Si rempli, un bandeau s’affiche sur tout le site jusqu’à cette date incluse (fermeture exceptionnelle…).',
  }),
  image: publicPath.optional().meta({ title: 'Image' }),
});

export type News = z.output<typeof newsSchema>;
