import { z } from 'zod';
import { line, order } from './primitives';

export const categorySchema = z.strictObject({
  name: line(60).meta({ title: 'Nom', description: 'Par exemple « Équipes de créneau ».' }),
  description: line(240).meta({ title: 'Description', description: 'Une phrase qui dit quels groupes on y trouve.' }),
  order: order.default(100).meta({ title: 'Ordre', description: 'Les catégories s’affichent de la plus petite valeur à la plus grande.' }),
});

export type Category = z.output<typeof categorySchema>;
