import { z } from 'zod';
import { line } from './primitives';

/** Where an event (or one changed occurrence of it) takes place. */
export const placeSchema = z.strictObject({
  name: line(120).meta({ title: 'Lieu', description: 'Le nom du lieu, par exemple « Le local de la coopérative ».' }),
  address: line(200).optional().meta({ title: 'Adresse', description: 'Adresse postale ; un lien vers OpenStreetMap est ajouté.' }),
  lat: z
    .number({ error: 'Une latitude est attendue, par exemple 48.85.' })
    .min(-90, { error: 'La latitude est comprise entre -90 et 90.' })
    .max(90, { error: 'La latitude est comprise entre -90 et 90.' })
    .optional()
    .meta({ title: 'Latitude', description: 'Facultatif, pour un lien de carte précis.' }),
  lon: z
    .number({ error: 'Une longitude est attendue, par exemple 2.35.' })
    .min(-180, { error: 'La longitude est comprise entre -180 et 180.' })
    .max(180, { error: 'La longitude est comprise entre -180 et 180.' })
    .optional()
    .meta({ title: 'Longitude', description: 'Facultatif, pour un lien de carte précis.' }),
});

export type Place = z.output<typeof placeSchema>;
