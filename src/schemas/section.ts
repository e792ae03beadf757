import { z } from 'zod';
import { email, httpsOrMailto, httpsUrl, line, order, slug } from './primitives';
import { placeSchema } from './place';

/**
 * A local section of the co-op (or one of its shops), in `content/sections/<id>.yaml`:
 * where it is, who holds its roles, how to reach it, and its zones. Groups,
 * events and news name it in their optional `section` field (and a zone of it
 * in `zone`); the content check refuses an id that names nothing.
 */

/** How to reach a section without anyone's personal number: a role address, a form, a chat group. */
export const sectionContactSchema = z.strictObject({
  email: email.optional().meta({ title: 'E-mail de la section', description: 'Une adresse de rôle, par exemple port@exemple.org.' }),
  form: httpsUrl.optional().meta({ title: 'Formulaire de contact', description: 'Un formulaire en ligne, https://…' }),
  group: slug.optional().meta({ title: 'Groupe de contact', description: 'L’identifiant d’un groupe de l’annuaire où poser ses questions.' }),
});

/** A role in the section and who holds it, by first name only. */
export const officeHolderSchema = z.strictObject({
  role: line(80).meta({ title: 'Rôle', description: 'Par exemple « Coordination » ou « Trésorerie ».' }),
  name: line(60).meta({ title: 'Prénom', description: 'Le prénom seul (ou « Poste à pourvoir »).' }),
  contact: httpsOrMailto.optional().meta({ title: 'Contact', description: 'Facultatif. Une adresse mailto: de rôle ou un lien https://.' }),
});

/** A geographic zone of the section, with the person in charge of it. */
export const zoneSchema = z.strictObject({
  id: slug.meta({ title: 'Identifiant', description: 'Utilisé dans les fichiers des groupes et des événements, par exemple nord.' }),
  name: line(80).meta({ title: 'Nom de la zone', description: 'Par exemple « Quartier nord ».' }),
  description: line(240).meta({ title: 'Description', description: 'Les rues, quartiers ou communes de la zone.' }),
  lead: line(60).meta({ title: 'Responsable', description: 'Le prénom de la personne responsable de la zone.' }),
  leadContact: httpsOrMailto.optional().meta({ title: 'Contact du responsable', description: 'Facultatif. Une adresse mailto: ou un lien https://.' }),
});

export const sectionSchema = z.strictObject({
  name: line(80).meta({ title: 'Nom de la section', description: 'Par exemple « Magasin du Port ».' }),
  description: line(240).meta({ title: 'Description courte', description: 'Une phrase qui dit qui s’y retrouve.' }),
  place: placeSchema.meta({ title: 'Adresse', description: 'Le lieu de la section ; un lien de carte est ajouté.' }),
  openingHours: z
    .array(line(80), { error: 'Une liste de lignes est attendue.' })
    .default([])
    .meta({ title: 'Horaires d’ouverture', description: 'Une ligne par période, par exemple « Mardi au samedi : 10 h – 19 h ».' }),
  contact: sectionContactSchema
    .optional()
    .meta({ title: 'Contact', description: 'Une adresse de rôle, un formulaire ou un groupe : pas de numéro personnel.' }),
  officeHolders: z
    .array(officeHolderSchema, { error: 'Une liste de rôles est attendue.' })
    .default([])
    .meta({ title: 'Responsables', description: 'Un rôle et un prénom par ligne.' }),
  zones: z
    .array(zoneSchema, { error: 'Une liste de zones est attendue.' })
    .default([])
    .meta({ title: 'Zones', description: 'Les zones géographiques de la section.' }),
  order: order.default(100).meta({ title: 'Ordre', description: 'Les sections s’affichent de la plus petite valeur à la plus grande.' }),
});

export type Section = z.output<typeof sectionSchema>;
export type Zone = z.output<typeof zoneSchema>;
