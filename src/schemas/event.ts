import { z } from 'zod';
import { httpsOrMailto, httpsUrl, line, localDateOrDateTime, publicPath, slug } from './primitives';
import { recurrenceProblems } from '../lib/recurrence-checks';
import { placeSchema } from './place';
import { recurrenceSchema } from './recurrence';

export const eventSchema = z
  .strictObject({
    title: line(120).meta({ title: 'Titre' }),
    type: slug.meta({ title: 'Type', description: 'Un type d’événement défini dans les réglages.' }),
    start: localDateOrDateTime.meta({ title: 'Début', description: 'Heure locale de la coopérative, AAAA-MM-JJTHH:MM ; AAAA-MM-JJ pour une journée entière.' }),
    end: localDateOrDateTime.optional().meta({ title: 'Fin', description: 'Même format que le début ; pour plusieurs journées, le dernier jour inclus.' }),
    allDay: z.boolean().default(false).meta({ title: 'Toute la journée' }),
    place: placeSchema.optional().meta({ title: 'Lieu' }),
    online: httpsUrl.optional().meta({ title: 'Lien de visio', description: 'Pour un événement en ligne.' }),
    organiser: slug.optional().meta({ title: 'Groupe organisateur', description: 'L’identifiant d’un groupe de l’annuaire.' }),
    section: slug.optional().meta({ title: 'Section', description: 'Facultatif. La section (ou le magasin) concernée ; vide pour toute la coopérative.' }),
    zone: slug.optional().meta({ title: 'Zone', description: 'Facultatif. Une zone de cette section, par son identifiant.' }),
    target: z.number().int().min(1).optional().meta({ title: 'Participants souhaités', description: 'Par exemple 8 bénévoles.' }),
    answer: httpsOrMailto.optional().meta({ title: 'Lien pour répondre', description: 'Un formulaire, le groupe de discussion ou une adresse mailto:.' }),
    image: publicPath.optional().meta({ title: 'Illustration' }),
    summary: line(240).optional().meta({ title: 'Résumé', description: 'Une phrase reprise dans l’agenda.' }),
    cancelled: z.boolean().default(false).meta({ title: 'Annulé', description: 'L’événement reste affiché, barré, et les agendas abonnés le voient annulé.' }),
    recurrence: recurrenceSchema.optional().meta({ title: 'Répétition' }),
  })
  .superRefine((event, ctx) => {
    const dayOnly = (s: string) => s.length === 10;
    if (event.allDay !== dayOnly(event.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: event.allDay
          ? 'Pour un événement « toute la journée », le début est une date seule (AAAA-MM-JJ).'
          : 'Un début sans heure (AAAA-MM-JJ) demande « allDay: true » ; sinon ajoutez l’heure (AAAA-MM-JJTHH:MM).',
        input: event.start,
      });
    }
    if (event.end !== undefined) {
      if (dayOnly(event.end) !== dayOnly(event.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'La fin doit avoir le même format que le début (date seule, ou date et heure).',
          input: event.end,
        });
      } else if (event.end < event.start || (!event.allDay && event.end === event.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `La fin (${event.end}) doit être après le début (${event.start}).`, input: event.end });
      }
    }
    // Rules that need the start date (is a cancelled date really an occurrence?).
    for (const problem of recurrenceProblems(event)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: undefined });
    }
    if (event.place === undefined && event.online === undefined) {
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'Indiquez un lieu (place) ou un lien de visio (online).', input: undefined });
    }
  });

export type EventEntry = z.output<typeof eventSchema>;
export type { Place } from './place';
