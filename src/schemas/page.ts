import { z } from 'zod';
import { pageKinds } from '../data/pages';
import { choices } from './choices';
import { line, localDate, order } from './primitives';

export const pageSchema = z.strictObject({
  title: line(100).meta({ title: 'Titre' }),
  kind: z
    .enum(pageKinds, { error: `Type attendu : ${choices(pageKinds, (v) => `page.kind.${v}`)}.` })
    .meta({ title: 'Type de page', description: 'guide : chapitre du guide d’accueil ; charter : la charte ; page : page libre.' }),
  description: line(200).meta({ title: 'Résumé', description: 'Une phrase, reprise dans les listes et les moteurs de recherche.' }),
  order: order.default(100).meta({ title: 'Ordre', description: 'Position du chapitre dans le guide.' }),
  updated: localDate.optional().meta({ title: 'Mise à jour', description: 'Date de la dernière modification importante.' }),
});

export type Page = z.output<typeof pageSchema>;
