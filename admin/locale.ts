// The ES module of the French table itself: the package's main file is a browser bundle that Node cannot load (tests).
import decapFrench from 'decap-cms-locales/dist/esm/fr/index.js';

/**
 * Decap's French, completed: the phrases its French table lacks or leaves in
 * English (« Media », « Expand », the notes pane…), and our wording where the
 * form speaks of the same things as the build. `tests/unit/cms-locale.test.ts`
 * checks that no English phrase is left.
 */

type Phrases = { [key: string]: string | Phrases };

/** Our phrases, laid over Decap's French table (same nesting). */
const ours: Phrases = {
  auth: { loginWithForgejo: 'Se connecter avec Forgejo' },
  app: { header: { media: 'Images' } },
  collection: {
    sidebar: { collections: 'Contenus' },
    collectionTop: { viewAsList: 'Afficher en liste', viewAsGrid: 'Afficher en grille', newButton: 'Ajouter : %{collectionLabel}' },
    entries: { unpublishedHeader: 'Entrées non publiées' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Champ %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        // The field's label is just above the message; the toast names it (admin/refusal.ts).
        required: 'Ce champ est obligatoire.',
        regexPattern: '%{pattern}',
      },
      i18n: {
        copyFromLocale: 'Reprendre d’une autre langue',
        copyFromLocaleConfirm: 'Reprendre le contenu de la langue %{locale} ?\nTout ce qui est déjà écrit sera remplacé.',
      },
    },
    editorInterface: { toggleNotes: 'Afficher ou masquer les notes' },
    editorNotesPane: {
      title: 'Notes',
      emptyState: 'Pas encore de note. Ajoutez la première ci-dessous.',
      addNote: 'Ajouter une note',
      addPlaceholder: 'Écrire une note…',
      editPlaceholder: 'Modifier la note…',
      save: 'Enregistrer',
      cancel: 'Annuler',
      edit: 'Modifier',
      delete: 'Supprimer',
      resolve: 'Marquer comme réglée',
      unresolve: 'Rouvrir',
      confirmDelete: 'Supprimer cette note ?',
      shortcut: 'Astuce : Ctrl+Entrée ajoute la note.',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Cette entrée est un brouillon. Pour la faire relire, passez son statut à « En cours de révision ».',
      statusInfoTooltipInReview: 'Cette entrée est en cours de relecture : rien d’autre à faire. Vous pouvez encore la modifier pendant ce temps.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Barré',
        code: 'Code',
        markdown: 'Markdown',
        toggleMode: { rich: 'Passer en texte mis en forme', markdown: 'Passer en Markdown' },
      },
      image: { chooseMultiple: 'Choisir des images', addMore: 'Ajouter des images', removeAll: 'Retirer toutes les images' },
      file: { chooseMultiple: 'Choisir des fichiers', addMore: 'Ajouter des fichiers', removeAll: 'Retirer tous les fichiers' },
      datetime: { setToNow: '« %{fieldLabel} » : maintenant' },
      object: { expand: 'Déplier', collapse: 'Replier' },
    },
  },
  mediaLibrary: {
    mediaLibrary: {
      fileTooLarge: 'Image trop lourde : %{size} ko au plus. Réduisez-la (dimensions, compression) pour qu’elle s’affiche vite sur un téléphone.',
    },
    mediaLibraryModal: { close: 'Fermer', images: 'Images' },
  },
  ui: {
    settingsDropdown: { account: 'Menu du compte' },
    toast: {
      missingRequiredField: 'Il manque un champ obligatoire : rien n’a été enregistré.',
      onFailToPersist: 'Rien n’a été enregistré. %{details}',
      onFailToAuth: 'Connexion impossible : %{details}',
      noteAdded: 'Note ajoutée',
      onFailToAddNote: 'La note n’a pas été ajoutée : %{details}',
      noteUpdated: 'Note modifiée',
      onFailToUpdateNote: 'La note n’a pas été modifiée : %{details}',
      noteDeleted: 'Note supprimée',
      onFailToDeleteNote: 'La note n’a pas été supprimée : %{details}',
      noteResolved: 'Note marquée comme réglée',
      noteReopened: 'Note rouverte',
      onFailToToggleNote: 'La note n’a pas changé d’état : %{details}',
    },
  },
  workflow: { workflow: { dateFormat: 'D MMMM' }, workflowCard: { lastChangeNoAuthor: 'le %{date}' } },
};

function merge(base: Phrases, over: Phrases): Phrases {
  const result: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = result[key];
    result[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : value;
  }
  return result;
}

/** The table given to `CMS.registerLocale('fr', …)`. */
export const frenchPhrases: Phrases = merge(decapFrench as Phrases, ours);

/**
 * Decap's few sentences written in English in its code rather than in its
 * tables, as French (they reach `window.confirm`).
 * @example frenchDialog('photo.jpg already exists. Do you want to replace it?') → 'Une image « photo.jpg » existe déjà. La remplacer ?'
 */
export function frenchDialog(message: string): string {
  const exists = /^(.*) already exists\. Do you want to replace it\?$/.exec(message);
  if (exists) return `Une image « ${exists[1]} » existe déjà. La remplacer ?`;
  return message;
}
