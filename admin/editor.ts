import type { z } from 'zod';
import { audiences } from '../src/data/audiences';
import { platformIds } from '../src/data/platforms';
import fr from '../src/i18n/fr';
import { accessModes, importanceLevels, postingPolicies } from '../src/data/groups';
import { FREQUENCIES, keysOf, MONTHLY_MODES, WEEKDAYS } from '../src/data/recurrence';
import { collections, type CollectionName } from '../src/schemas/index';
import { childAt, unwrap } from '../src/lib/schema-walk';
import type { FieldOverride } from './fields';

/**
 * What the schemas cannot say: how each collection looks in the CMS (names in
 * the sidebar, file names, summaries) and the few fields that need another
 * widget than the one their type suggests (a relation instead of a bare
 * identifier, an image picker, a colour picker). Labels, hints, required-ness,
 * options and patterns all come from `src/schemas`; the keys of `fields` are
 * checked by TypeScript against the schema of `source`.
 */

type Join<K extends string, P> = P extends string ? `${K}.${P}` : never;

/** Every dotted path of a content type; `*` stands for any item of a list. @example FieldPath<{ links: { url: string }[] }> → 'links' | 'links.*' | 'links.*.url' */
export type FieldPath<T, Depth extends unknown[] = []> = Depth['length'] extends 4
  ? never
  : T extends readonly (infer E)[]
    ? '*' | Join<'*', FieldPath<E, [...Depth, unknown]>>
    : T extends object
      ? { [K in keyof T & string]-?: K | Join<K, FieldPath<NonNullable<T[K]>, [...Depth, unknown]>> }[keyof T & string]
      : never;

type Input<C extends CollectionName> = z.input<(typeof collections)[C]['schema']>;

/** One collection of the CMS, drawn from one content collection. */
export interface CollectionSpec<C extends CollectionName> {
  /** The content collection whose schema and folder this CMS collection uses. */
  source: C;
  label: string;
  label_singular: string;
  description: string;
  /** Entries of `source` shown here, e.g. only the guide's chapters among the pages. */
  filter?: { field: FieldPath<Input<C>>; value: string };
  /** File name template (folder collections). */
  slug?: string;
  summary?: string;
  sortable_fields?: string[];
  create?: boolean;
  delete?: boolean;
  /** The Markdown body's label and hint, for Markdown collections. */
  body?: { label: string; hint: string };
  fields?: { readonly [P in FieldPath<Input<C>>]?: FieldOverride };
}

/** Keeps the link between `source` and the keys of `fields` (a plain object literal would widen it). */
export const collectionSpec = <C extends CollectionName>(collection: CollectionSpec<C>): CollectionSpec<C> => collection;
const spec = collectionSpec;

/** Images live in public/media/ and are referred to as /media/<file>. */
export const media = {
  folder: 'public/media',
  publicFolder: '/media',
  /** Bytes; the media library refuses larger files before uploading. */
  maxBytes: 1_000_000,
  types: 'PNG, JPEG, WebP, AVIF, SVG ou GIF',
};

const image: FieldOverride = {
  widget: 'image',
  choose_url: false,
  // Decap tests a pattern against the file's name, not the stored /media/… path: the build's check runs instead (widgets.tsx).
  pattern: undefined,
  media_library: { config: { max_file_size: media.maxBytes } },
};
const imageHint = `Image ${media.types}, ${media.maxBytes / 1_000_000} Mo au plus ; elle est enregistrée dans ${media.publicFolder}/.`;

const toCategory: FieldOverride = { widget: 'relation', collection: 'categories', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] };
const toGroup: FieldOverride = { widget: 'relation', collection: 'groups', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] };
const toEventType: FieldOverride = {
  widget: 'relation',
  collection: 'settings',
  file: 'site',
  value_field: 'eventTypes.*.id',
  search_fields: ['eventTypes.*.label'],
  display_fields: ['eventTypes.*.label'],
};
const toSection: FieldOverride = {
  widget: 'relation',
  collection: 'sections',
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
  hint: 'Vide pour toute la coopérative ; sinon la section (ou le magasin) concernée.',
};
const toZone: FieldOverride = {
  widget: 'relation',
  collection: 'sections',
  value_field: 'zones.*.id',
  search_fields: ['zones.*.name'],
  display_fields: ['zones.*.name'],
  hint: 'Une zone de la section choisie ci-dessus (le site refuse une zone d’une autre section).',
};
/** A select's options with French labels; the values stay those of the schema (a test checks they match). */
const labelled = (values: readonly string[], label: (value: string) => string | undefined): FieldOverride => ({
  options: values.map((value) => ({ value, label: label(value) ?? value })),
});
const words = fr as Readonly<Record<string, string>>;

const markdownButtons = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'];
/** Blocks the body editor can insert: an image from the media library (`![texte](/media/photo.jpg)`). */
const markdownComponents = ['image'];
/** The fields of the body's image block (Decap's own are in English): the same uploads as the image fields. */
export const bodyImageFields: FieldOverride[] = [
  { name: 'image', label: 'Image', widget: 'image', choose_url: false, media_library: { allow_multiple: false, config: { max_file_size: media.maxBytes } } },
  {
    name: 'alt',
    label: 'Description de l’image',
    widget: 'string',
    required: false,
    hint: 'Ce que montre l’image, pour qui ne la voit pas (lecteur d’écran, image qui ne charge pas).',
  },
  { name: 'title', label: 'Infobulle', widget: 'string', required: false },
];

/** A field's label, as the form shows it. */
const titleOf = (collection: CollectionName, field: string) => {
  const child = childAt(collections[collection].schema, field);
  return (child && unwrap(child).meta.title) ?? field;
};
/** A menu's wording, quoted, for hints that name a choice. */
const menu = (key: string) => `« ${words[key] ?? key} »`;
/** A list's name for one item (« 1 admin », the item's label), and what its collapsed items show. */
const items = (singular: string, summary?: string): FieldOverride => ({ label_singular: singular, ...(summary ? { summary } : {}) });
/** Date pickers show the browser's format (jj/mm/aaaa): hints say what to pick, not how to type it. */
const dayHint = (text: string): FieldOverride => ({ hint: text });

/**
 * Build sentences that name the file's keys or codes, said with the form's
 * words instead (the build keeps its wording: it speaks about the file).
 * @example formWording('Indiquez un lieu (place) ou un lien de visio (online).') → 'Indiquez un lieu ou un lien de visio.'
 */
export function formWording(message: string): string {
  return message
    .replace(
      'Un début sans heure (AAAA-MM-JJ) demande « allDay: true » ; sinon ajoutez l’heure (AAAA-MM-JJTHH:MM).',
      `Sans heure, cochez « ${titleOf('events', 'allDay')} » ; sinon indiquez l’heure du début.`,
    )
    .replace('Indiquez un lieu (place) ou un lien de visio (online).', 'Indiquez un lieu ou un lien de visio.')
    .replace('l’accès « request »', `l’accès ${menu('group.access.request')}`);
}

/** The CMS collections, in the order of the sidebar. */
export const cmsCollections = {
  groups: spec({
    source: 'groups',
    label: 'Groupes de discussion',
    label_singular: 'groupe',
    description: 'L’annuaire des groupes : à quoi sert chacun, pour qui, comment le rejoindre.',
    slug: '{{slug}}',
    summary: '{{name}}',
    sortable_fields: ['name', 'category', 'order'],
    body: { label: 'Règles du groupe', hint: 'Les règles propres à ce groupe, en quelques points. Elles s’affichent sur la page du groupe.' },
    fields: {
      category: { ...toCategory, hint: 'La rubrique de l’annuaire où le groupe apparaît.' },
      section: toSection,
      zone: toZone,
      audience: labelled(audiences, (id) => words[`audience.${id}`]),
      importance: {
        ...labelled(importanceLevels, (id) => words[`group.importance.${id}`]),
        hint: `${menu('group.importance.essentiel')} : tout le monde le rejoint en arrivant ; ${menu('group.importance.selon-votre-role')} : selon son équipe ou son rôle ; ${menu('group.importance.si-vous-voulez')} : selon ses envies. Ordonne « Quels groupes pour moi ? ».`,
      },
      posting: {
        ...labelled(postingPolicies, (id) => words[`group.posting.${id}`]),
        hint: `${menu('group.posting.admins')} : un canal d’annonces, que les membres lisent sans y répondre.`,
      },
      admins: items('admin'),
      access: {
        ...labelled(accessModes, (id) => words[`group.access.${id}`]),
        hint: `${menu('group.access.open')} : le lien est affiché ; ${menu('group.access.request')} : on demande à un admin ; ${menu('group.access.members')} : le lien ne s’affiche qu’aux membres qui ont la phrase secrète ou le QR code du magasin.`,
      },
      howToAsk: { hint: `Pour l’accès ${menu('group.access.request')} : à qui et comment demander.` },
      links: items('lien', '{{fields.url}}'),
      'links.*.platform': { ...labelled(platformIds, (id) => words[`platform.${id}.name`]), default: 'signal' },
      reviewed: dayHint('Le jour où un admin a vérifié cette fiche (lien, admins, règles).'),
    },
  }),
  events: spec({
    source: 'events',
    label: 'Agenda',
    label_singular: 'événement',
    description: 'Réunions et missions. Les heures sont celles de la coopérative.',
    slug: "{{fields.start | date('YYYY-MM-DD')}}-{{slug}}",
    summary: "{{title}} — {{start | date('DD/MM/YYYY')}}",
    sortable_fields: ['start', 'title'],
    body: { label: 'Description', hint: 'Ce qui se passe, ce qu’il faut apporter, à qui s’adresser.' },
    fields: {
      type: { ...toEventType, hint: 'Les types se règlent dans « Réglages ».' },
      organiser: { ...toGroup, hint: 'Le groupe qui organise, s’il y en a un.' },
      section: toSection,
      zone: toZone,
      start: {
        hint: `L’heure de la coopérative. Pour un événement sur toute la journée, cochez « ${titleOf('events', 'allDay')} » : seule la date est alors demandée.`,
      },
      end: { hint: 'Pour un événement sur plusieurs jours, le dernier jour, inclus.' },
      place: { hint: 'Laissez vide pour un événement seulement en ligne (et indiquez le lien de visio).' },
      online: { hint: 'Pour un événement en ligne : l’adresse de la visio, https://…' },
      image: { ...image, hint: imageHint },
      recurrence: { hint: 'Laissez vide pour un événement qui n’a lieu qu’une fois.' },
      'recurrence.frequency': labelled(keysOf(FREQUENCIES), (key) => words[`recurrence.frequency.${key}`]),
      'recurrence.weekdays': labelled(keysOf(WEEKDAYS), (key) => words[`recurrence.weekday.${key}`]),
      'recurrence.monthly': {
        ...labelled(keysOf(MONTHLY_MODES), (key) => words[`recurrence.monthly.${key}`]),
        hint: 'D’après la date du début ; par défaut, le même jour du mois.',
      },
      'recurrence.until': dayHint('Le dernier jour possible, inclus. À ne pas remplir en même temps que « Nombre de fois ».'),
      'recurrence.cancelled': {
        ...items('date annulée'),
        hint: 'Les dates prévues qui n’ont pas lieu : elles restent affichées, barrées, et disparaissent des agendas abonnés.',
      },
      'recurrence.changes': items('date modifiée', '{{fields.date}}'),
      'recurrence.changes.*.date': dayHint('La date prévue de cette fois-là, avant modification.'),
      'recurrence.changes.*.start': { hint: 'Le nouveau jour et la nouvelle heure, si elle change.' },
    },
  }),
  news: spec({
    source: 'news',
    label: 'Annonces',
    label_singular: 'annonce',
    description: 'Les nouvelles de la coopérative, avec leur flux RSS. Une annonce urgente affiche un bandeau sur tout le site.',
    slug: "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}",
    summary: "{{title}} — {{date | date('DD/MM/YYYY')}}",
    sortable_fields: ['date', 'title'],
    body: { label: 'Texte', hint: 'Le texte complet de l’annonce.' },
    fields: { image: { ...image, hint: imageHint }, tags: items('étiquette'), section: toSection },
  }),
  guide: spec({
    source: 'pages',
    label: 'Guide d’accueil',
    label_singular: 'chapitre',
    description: 'Les chapitres du guide des nouveaux membres, dans l’ordre de lecture. Lisible en cinq minutes sur un téléphone.',
    filter: { field: 'kind', value: 'guide' },
    slug: '{{slug}}',
    summary: '{{order}}. {{title}}',
    sortable_fields: ['order', 'title'],
    body: { label: 'Texte du chapitre', hint: 'Des titres de niveau 2 pour les sections, des listes courtes.' },
    fields: { kind: { widget: 'hidden', default: 'guide' } },
  }),
  charter: spec({
    source: 'pages',
    label: 'Charte',
    label_singular: 'charte',
    description: 'Le code de conduite et les règles de modération. Chaque titre de niveau 2 est une section à laquelle une décision peut renvoyer.',
    filter: { field: 'kind', value: 'charter' },
    create: false,
    delete: false,
    body: { label: 'Texte de la charte', hint: 'Un titre de niveau 2 par section (par exemple « Annonces commerciales ») : son ancre sert aux décisions.' },
    fields: { kind: { widget: 'hidden', default: 'charter' }, order: { widget: 'hidden' } },
  }),
  decisions: spec({
    source: 'decisions',
    label: 'Décisions',
    label_singular: 'décision',
    description: 'Le journal daté des décisions qui complètent la charte, avec leurs raisons.',
    slug: "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}",
    summary: "{{date | date('DD/MM/YYYY')}} — {{title}}",
    sortable_fields: ['date', 'title'],
    body: { label: 'Raisons', hint: 'Pourquoi cette décision a été prise, et par qui.' },
  }),
  pages: spec({
    source: 'pages',
    label: 'Pages libres',
    label_singular: 'page',
    description: 'D’autres pages, à l’adresse /<nom-du-fichier>/ (par exemple « À propos »).',
    filter: { field: 'kind', value: 'page' },
    slug: '{{slug}}',
    summary: '{{title}}',
    body: { label: 'Texte', hint: 'Le contenu de la page.' },
    fields: { kind: { widget: 'hidden', default: 'page' }, order: { widget: 'hidden' } },
  }),
  categories: spec({
    source: 'categories',
    label: 'Catégories de groupes',
    label_singular: 'catégorie',
    description: 'Les rubriques de l’annuaire des groupes.',
    slug: '{{slug}}',
    summary: '{{order}}. {{name}}',
    sortable_fields: ['order', 'name'],
  }),
  sections: spec({
    source: 'sections',
    label: 'Sections',
    label_singular: 'section',
    description: 'Les sections locales (ou les magasins) : adresse, responsables, contact et zones. Sans section, le site n’en parle pas.',
    slug: '{{slug}}',
    summary: '{{order}}. {{name}}',
    sortable_fields: ['order', 'name'],
    fields: {
      openingHours: items('horaire'),
      officeHolders: items('responsable', '{{fields.role}} : {{fields.name}}'),
      zones: items('zone', '{{fields.name}}'),
      'contact.group': { ...toGroup, hint: 'Le groupe où poser ses questions à la section.' },
    },
  }),
  settings: spec({
    source: 'settings',
    label: 'Réglages',
    label_singular: 'réglages',
    description: 'Le nom de la coopérative, ses horaires, ses adresses e-mail, le modèle des noms de groupe et les types d’événements.',
    fields: {
      logo: { ...image, hint: `Image carrée. ${imageHint}` },
      openingHours: items('horaire'),
      houseRules: items('règle'),
      accentColour: { widget: 'color' },
      language: labelled(['fr'], () => 'Français'),
      eventTypes: items('type d’événement', '{{fields.label}}'),
      'eventTypes.*.family': {
        ...labelled(['meeting', 'mission'], (family) =>
          family === 'meeting' ? 'Réunion (réunion, débat, formation…)' : 'Mission (créneau, livraison, tractage…)',
        ),
        hint: 'L’agenda montre les réunions et les missions séparément.',
      },
      'eventTypes.*.colour': { widget: 'color' },
    },
  }),
} as const;

export type CmsCollectionName = keyof typeof cmsCollections;

/** A collection spec seen without its source's type, for code that handles them all alike. */
export type AnyCollectionSpec = Omit<CollectionSpec<CollectionName>, 'fields' | 'filter'> & {
  filter?: { field: string; value: string };
  fields?: Readonly<Record<string, FieldOverride>>;
};

export { markdownButtons, markdownComponents };
