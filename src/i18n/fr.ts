import platformStrings from './fr-platforms';

/**
 * Every French string of the interface, as flat dotted keys. This is the
 * reference dictionary: another language copies these keys into its own file.
 * `{name}` is filled in; `{n|one|many}` picks a form by the number n.
 */
export default {
  'meta.lang': 'fr',
  'meta.locale': 'fr-FR',
  'meta.title': '{page} · {site}',

  'nav.label': 'Navigation principale',
  'nav.skip': 'Aller au contenu',
  'nav.groups': 'Groupes',
  'nav.guide': 'Guide',
  'nav.agenda': 'Agenda',
  'nav.news': 'Annonces',
  'nav.charter': 'Charte',

  'footer.contact': 'Contact :',
  'footer.report': 'Signaler un problème',
  'footer.reportSubject': 'Signalement sur le site de {site}',
  'footer.more': 'Pages',
  'footer.privacy': 'Ce site ne dépose aucun cookie et ne suit personne.',

  'urgent.label': 'Annonce urgente',
  'urgent.prefix': 'Important :',

  'date.spanDays': 'du {from} au {to}',

  'home.intro': 'Le site de la coopérative, fait par ses membres : les {groups} groupes de discussion et comment les rejoindre, le guide des nouveaux, la charte, l’agenda et les annonces.',
  'home.toGroups': 'Trouver mes groupes',
  'home.toGuide': 'Lire le guide des nouveaux',
  'home.nextEvents': 'Prochainement',
  'home.allEvents': 'Tout l’agenda',
  'home.latestNews': 'Dernières annonces',
  'home.allNews': 'Toutes les annonces',
  'home.newcomer': 'Vous venez d’arriver ?',
  'home.newcomerText': 'Le guide se lit en cinq minutes sur un téléphone : comment la coopérative se parle, quels groupes rejoindre et les quelques règles qui comptent.',

  'groups.title': 'Groupes de discussion',
  'groups.lead': 'Tous les groupes de la coopérative, leur raison d’être et comment les rejoindre. Rejoignez ceux qui vous concernent, mettez les autres en sourdine.',
  'groups.categories': 'Catégories',

  'group.join': 'Rejoindre',
  'group.more': 'Comment rejoindre',
  'group.joinOn': 'Rejoindre sur {platform}',
  'group.howToJoin': 'Rejoindre le groupe',
  'group.rules': 'Règles et détails',
  'group.facts': 'En bref',
  'group.audience': 'Pour qui',
  'group.postingLabel': 'Qui peut écrire',
  'group.posting.everyone': 'Tout le monde écrit',
  'group.posting.admins': 'Seuls les admins écrivent',
  'group.access.open': 'Lien ouvert',
  'group.access.request': 'Sur demande',
  'group.access.members': 'Membres seulement',
  'group.admins': 'Admins',
  'group.noAdmins': 'Pas encore d’admin désigné',
  'group.reviewed': 'Fiche vérifiée le',
  'group.report': 'Signaler un problème dans ce groupe',
  'group.reportSubject': 'Signalement : {group}',
  'group.privacy': 'Ce que les autres voient de vous :',
  'group.requestDefault': 'Ce groupe n’a pas de lien public : demandez à l’un de ses admins de vous ajouter.',
  'group.membersOnly': 'Le lien de ce groupe est réservé aux membres : scannez le QR code affiché au magasin ou demandez-le à l’accueil.',

  'audience.tous': 'Tout le monde',
  'audience.nouveaux': 'Nouveaux membres',
  'audience.equipes': 'Équipes de créneau',
  'audience.volants': 'Volants',
  'audience.groupes-de-travail': 'Groupes de travail',
  'audience.admins': 'Admins',

  'guide.title': 'Guide des nouveaux',
  'guide.lead': 'Tout ce qu’il faut savoir pour bien commencer, en quelques chapitres courts.',
  'guide.total': 'Lecture complète : environ {n} minute{n||s}.',
  'guide.minutes': '{n} min de lecture',
  'guide.chapter': 'Chapitre {n} sur {total}',
  'guide.pager': 'Chapitres',

  'charter.title': 'Charte',
  'charter.toc': 'Sommaire',
  'charter.decisions': 'Journal des décisions',
  'charter.decisionsLead': 'Les décisions qui ont changé la charte, de la plus récente à la plus ancienne.',
  'charter.changedSection': 'Section concernée :',
  'charter.reasoning': 'Pourquoi cette décision',

  'agenda.title': 'Agenda',
  'agenda.lead': 'Réunions, assemblées et missions bénévoles de la coopérative.',
  'agenda.horizon': 'Les {n} prochains mois.',
  'agenda.archives': 'Événements passés',
  'agenda.archivesTitle': 'Événements passés',
  'agenda.empty': 'Aucun événement prévu pour le moment.',
  'agenda.noPast': 'Aucun événement passé.',

  'event.when': 'Quand',
  'event.where': 'Où',
  'event.map': 'Voir sur OpenStreetMap',
  'event.online': 'En ligne',
  'event.onlineLink': 'Rejoindre la visio',
  'event.organiser': 'Organisé par',
  'event.takingPart': 'Participation',
  'event.target': '{n} participant{n||s} souhaité{n||s}',
  'event.answer': 'Je réponds',
  'event.nextDates': 'Prochaines dates',
  'event.cancelled': 'Annulé',
  'event.changed': 'Horaire ou lieu modifié',

  'news.title': 'Annonces',
  'news.lead': 'Les nouvelles de la coopérative, de la plus récente à la plus ancienne.',
  'news.tags': 'Étiquettes',
  'news.tagTitle': 'Annonces : #{tag}',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Cette page n’existe pas ou plus. Le lien a peut-être changé.',
  'notFound.home': 'Retour à l’accueil',

  ...platformStrings,
} as const satisfies Record<string, string>;
