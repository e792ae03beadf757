import { z } from 'zod';
import { audiences } from '../data/audiences';
import { accessModes, importanceLevels, postingPolicies } from '../data/groups';
import { choices } from './choices';
import { platformIds } from '../data/platforms';
import { inviteUrlError } from '../lib/platforms';
import { line, localDate, order, slug } from './primitives';

/** A link as it can be quoted in a message: one line, not endless. */
function quoted(url: string): string {
  const oneLine = url.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}

/** One way into the group: a platform and its invite link, checked against that platform's shapes. */
export const groupLinkSchema = z
  .strictObject({
    platform: z.enum(platformIds, { error: `Plateforme attendue parmi : ${platformIds.join(', ')}.` }).meta({ title: 'Plateforme' }),
    url: z
      .string({ error: 'Le lien d’invitation est attendu.' })
      .meta({ title: 'Lien d’invitation', description: 'Le lien que l’application donne pour inviter quelqu’un dans le groupe.' }),
  })
  .superRefine((link, ctx) => {
    const message = inviteUrlError(link.platform, link.url);
    // The build log quotes the link itself, so that a group with several links says which one is wrong.
    if (message) ctx.addIssue({ code: 'custom', path: ['url'], message: `${message} (lien indiqué : « ${quoted(link.url)} »)`, input: link.url });
  });

export const groupSchema = z
  .strictObject({
    name: line(80).meta({ title: 'Nom du groupe', description: 'Suivez le modèle de nommage de la coopérative (voir les réglages).' }),
    category: slug.meta({ title: 'Catégorie', description: 'L’identifiant d’une catégorie existante.' }),
    section: slug
      .optional()
      .meta({ title: 'Section', description: 'Facultatif. La section (ou le magasin) dont ce groupe dépend ; vide pour toute la coopérative.' }),
    zone: slug.optional().meta({ title: 'Zone', description: 'Facultatif. Une zone de cette section, par son identifiant.' }),
    // Optional so that a new group can be listed before its purpose is agreed; the group health check flags it.
    purpose: line(160).optional().meta({ title: 'À quoi sert ce groupe', description: 'Une phrase. Sans elle, le groupe est signalé aux admins.' }),
    audience: z
      .array(z.enum(audiences, { error: `Public attendu parmi : ${audiences.join(', ')}.` }))
      .min(1, { error: 'Indiquez au moins un public.' })
      .meta({ title: 'Pour qui', description: 'Les publics qui devraient rejoindre ce groupe.' }),
    audienceNote: line(200)
      .optional()
      .meta({ title: 'Qui devrait rejoindre', description: 'Une précision, par exemple « les membres de l’équipe du lundi matin ».' }),
    importance: z
      .enum(importanceLevels, { error: `Importance attendue : ${choices(importanceLevels, (v) => `group.importance.${v}`)}.` })
      .default('si-vous-voulez')
      .meta({
        title: 'Importance pour un nouveau membre',
        description:
          'essentiel : tout le monde le rejoint en arrivant ; selon-votre-role : selon son équipe ou son rôle ; si-vous-voulez : selon ses envies. Ordonne « Quels groupes pour moi ? ».',
      }),
    posting: z
      .enum(postingPolicies, { error: `Valeur attendue : ${choices(postingPolicies, (v) => `group.posting.${v}`)}.` })
      .default('everyone')
      .meta({ title: 'Qui peut écrire', description: 'everyone : tout le monde ; admins : seuls les admins (canal d’annonces).' }),
    admins: z.array(line(80)).default([]).meta({ title: 'Admins', description: 'Prénoms ou rôles des admins (au moins deux recommandés).' }),
    access: z
      .enum(accessModes, { error: `Accès attendu : ${choices(accessModes, (v) => `group.access.${v}`)}.` })
      .default('open')
      .meta({
        title: 'Accès',
        description:
          'open : le lien est affiché ; request : on demande à un admin ; members : le lien n’est visible que des membres qui ont la phrase secrète ou le QR code du magasin.',
      }),
    howToAsk: line(240).optional().meta({ title: 'Comment demander', description: 'Pour l’accès « request » : à qui et comment demander.' }),
    links: z.array(groupLinkSchema).default([]).meta({ title: 'Liens', description: 'Un lien par plateforme ; un groupe peut en avoir plusieurs.' }),
    reviewed: localDate.meta({ title: 'Dernière vérification', description: 'Date à laquelle un admin a vérifié cette fiche.' }),
    order: order.default(100).meta({ title: 'Ordre', description: 'Position dans sa catégorie.' }),
    archived: z
      .boolean({ error: 'Oui ou non attendu (true ou false).' })
      .default(false)
      .meta({ title: 'Archivé', description: 'Un groupe archivé n’apparaît plus dans l’annuaire.' }),
  })
  .superRefine((group, ctx) => {
    if (group.access !== 'request' && group.links.length === 0 && !group.archived) {
      ctx.addIssue({
        code: 'custom',
        path: ['links'],
        message: 'Au moins un lien est attendu (ou choisissez l’accès « request » et expliquez comment demander).',
        input: group.links,
      });
    }
  });

export type Group = z.output<typeof groupSchema>;
export type GroupLink = z.output<typeof groupLinkSchema>;
