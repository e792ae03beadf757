import { z } from 'zod';
import { eventFamilies } from '../data/events';
import { defaultAccentColour } from '../data/theme';
import { choices } from './choices';
import { languages } from '../i18n/index';
import { email, hexColour, isTimeZone, line, publicPath, slug } from './primitives';

/** An event type; the family decides where it is listed (meetings or missions). */
export const eventTypeSchema = z.strictObject({
  id: slug.meta({ title: 'Identifiant', description: 'Utilisé dans les fichiers des événements, par exemple assemblee-generale.' }),
  label: line(60).meta({ title: 'Nom affiché', description: 'Par exemple « Assemblée générale ».' }),
  family: z
    .enum(eventFamilies, { error: `Famille attendue : ${choices(eventFamilies, (v) => `agenda.family.${v}`)}.` })
    .meta({ title: 'Famille', description: 'meeting : réunion, débat, formation… ; mission : créneau, livraison, tractage…' }),
  colour: hexColour.meta({ title: 'Couleur', description: 'Couleur du badge, lisible sur fond clair et sombre.' }),
});

export const settingsSchema = z.strictObject({
  name: line(60).meta({ title: 'Nom de la coopérative', description: 'Affiché en haut de chaque page.' }),
  tagline: line(140).meta({ title: 'Description en une ligne', description: 'Dit en une phrase ce qu’est la coopérative.' }),
  address: line(200).meta({ title: 'Adresse', description: 'Adresse postale du magasin ou du local.' }),
  openingHours: z
    .array(line(80), { error: 'Une liste de lignes est attendue.' })
    .default([])
    .meta({ title: 'Horaires d’ouverture', description: 'Une ligne par période, par exemple « Mardi au samedi : 10 h – 19 h ».' }),
  contactEmail: email.meta({ title: 'E-mail de contact', description: 'Affiché en bas de chaque page.' }),
  moderationEmail: email.meta({ title: 'E-mail de modération', description: 'Reçoit les signalements (« signaler un problème »).' }),
  timezone: z
    .string({ error: 'Un fuseau horaire est attendu, par exemple Europe/Paris.' })
    .trim()
    .default('Europe/Paris')
    .refine(isTimeZone, { error: 'Fuseau horaire inconnu ; attendu un nom de la base des fuseaux, comme Europe/Paris, America/Montreal ou Indian/Reunion.' })
    .meta({ title: 'Fuseau horaire', description: 'Toutes les heures du site sont dans ce fuseau (par défaut Europe/Paris).' }),
  language: z
    .enum(languages, { error: `Langue disponible : ${languages.join(', ')}.` })
    .default('fr')
    .meta({ title: 'Langue', description: 'Langue de l’interface.' }),
  baseUrl: z
    .string({ error: 'L’adresse publique du site est attendue.' })
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { error: 'Adresse attendue, par exemple https://babillard.exemple.org/.' })
    .meta({ title: 'Adresse publique du site', description: 'Sert aux QR codes, aux flux et aux liens partagés.' }),
  groupNamePattern: z
    .string()
    .default('^.+$')
    .refine(
      (source) => {
        try {
          new RegExp(source, 'u');
          return true;
        } catch {
          return false;
        }
      },
      { error: 'Expression régulière invalide.' },
    )
    .meta({ title: 'Modèle des noms de groupe (expression régulière)', description: 'Les noms qui ne le suivent pas sont signalés aux admins.' }),
  groupNameExample: line(80).meta({ title: 'Exemple de nom de groupe', description: 'Montre le modèle aux bénévoles, par exemple « Épi – Équipe du lundi ».' }),
  houseRules: z
    .array(line(160), { error: 'Une liste de règles est attendue, une par ligne.' })
    .max(5, { error: 'Cinq règles au plus : les membres doivent pouvoir les lire d’un coup d’œil.' })
    .default([])
    .meta({
      title: 'Règles de la maison',
      description: 'Trois règles courtes, montrées avant chaque lien d’invitation et sur les affiches, par exemple « Un seul groupe, un seul message ».',
    }),
  logo: publicPath.optional().meta({ title: 'Logo', description: 'Image carrée, SVG ou PNG, dans /media/.' }),
  accentColour: hexColour.default(defaultAccentColour).meta({ title: 'Couleur principale', description: 'Couleur des liens et boutons.' }),
  shareEmojis: z.boolean({ error: 'Oui ou non attendu (true ou false).' }).default(true).meta({
    title: 'Émojis dans les messages à partager',
    description: 'Les messages prêts à coller dans les groupes commencent leurs lignes par un émoji (📅, 📍…). Désactivez pour des messages sans aucun émoji.',
  }),
  eventTypes: z
    .array(eventTypeSchema)
    .min(1, { error: 'Au moins un type d’événement est attendu.' })
    .meta({ title: 'Types d’événements', description: 'Réunions et missions proposées dans l’agenda.' }),
});

export type Settings = z.output<typeof settingsSchema>;
export type EventType = z.output<typeof eventTypeSchema>;
