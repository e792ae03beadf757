import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { frenchDialog, frenchPhrases } from '../../admin/locale';
import { refusalMessage } from '../../admin/refusal';
import { imageProblem } from '../../admin/uploads';

/** What the CMS says in French: Decap's phrases, a refused save, a refused image. */

type Phrases = { [key: string]: string | Phrases };

/** Every phrase of a table, by its dotted key. */
function phrases(table: Phrases, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : phrases(value, `${prefix}${key}.`),
  );
}

/** Phrases that are the same word in both languages, or nothing but a placeholder. */
const sameInFrench = new Set([
  'editor.editorWidgets.markdown.markdown',
  'editor.editorWidgets.markdown.code',
  'editor.editorNotesPane.title',
  'mediaLibrary.mediaLibraryModal.images',
]);

describe('Decap in French', () => {
  const french = new Map(phrases(frenchPhrases));
  it.each(phrases(en as Phrases))('%s has a French phrase', (key, english) => {
    const phrase = french.get(key);
    expect(phrase, `no French for ${key}`).toEqual(expect.any(String));
    if (!sameInFrench.has(key) && /[a-z]{3}/i.test(english.replace(/%\{\w+\}/g, ''))) expect(phrase).not.toBe(english);
    expect(phrase).not.toMatch(/\bOops\b/i);
  });

  it('asks its replace-the-image question in French', () => {
    expect(frenchDialog('potager.png already exists. Do you want to replace it?')).toBe('Une image « potager.png » existe déjà. La remplacer ?');
    expect(frenchDialog('Supprimer cette entrée ?')).toBe('Supprimer cette entrée ?');
  });
});

describe('a refused save', () => {
  it('names the field by its labels, quotes the build’s sentence, counts the others', () => {
    expect(refusalMessage(['Lieu', 'Lieu'], 'Ce champ est obligatoire.', 0)).toBe('Rien n’a été enregistré. « Lieu › Lieu » : Ce champ est obligatoire.');
    expect(refusalMessage(['Titre'], 'Ce champ ne peut pas être vide.', 2)).toBe(
      'Rien n’a été enregistré. « Titre » : Ce champ ne peut pas être vide. (et 2 autres champs à corriger)',
    );
    expect(refusalMessage(['Titre'], 'x', 1)).toContain('(et 1 autre champ à corriger)');
  });
});

describe('a refused image', () => {
  it('accepts the build’s types, up to 1 Mo, and a plain SVG', () => {
    for (const name of ['a.png', 'a.JPG', 'a.jpeg', 'a.webp', 'a.avif', 'a.gif']) expect(imageProblem(name, 900_000)).toBeUndefined();
    expect(imageProblem('logo.svg', 400, '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>')).toBeUndefined();
  });

  it('says why a file is refused, in French, with its name', () => {
    expect(imageProblem('photo.heic', 80_000)).toMatch(
      /^« photo\.heic » ne peut pas être utilisée : le site affiche les images PNG, JPEG, WebP, AVIF, SVG ou GIF\./,
    );
    expect(imageProblem('affiche.pdf', 80_000)).toContain('« affiche.pdf » ne peut pas être utilisée');
    expect(imageProblem('grande.jpg', 2_345_678)).toBe(
      '« grande.jpg » pèse 2,3 Mo : 1 Mo au plus, pour qu’elle s’affiche vite sur un téléphone. Réduisez ses dimensions ou sa qualité, puis choisissez-la de nouveau.',
    );
    expect(imageProblem('piege.svg', 400, '<svg><script>alert(1)</script></svg>')).toContain('elle contient un script');
  });
});
