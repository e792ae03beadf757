import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentProblem, type SourceFile } from '../../src/content-check';
import { overlayFiles } from '../support/fixtures';

/** The base fixture site with some files replaced, added (text) or removed (null). */
function site(changes: Record<string, string | null>): SourceFile[] {
  const files = new Map(overlayFiles().map((f) => [f.path, f.text]));
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) files.delete(`content/${path}`);
    else files.set(`content/${path}`, text);
  }
  return [...files].map(([path, text]) => ({ path, text }));
}

const problemsOf = (changes: Record<string, string | null>) => checkContent(site(changes)).problems;

/** The members-only group of the base site (groups/annonces.md) and the open one (groups/accueil.md). */
const MEMBERS_LINK = 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv';
const OPEN_LINK = 'https://signal.group/#CjQKIBmVq3mN0pZk2o8yR7v1x4LqWcS5eT9uA6bD3fG0hJ2kEhBt7Yp1sQ4wX8zV5nM3cL6r';

const eventWithAnswer = (answer: string) => `---
title: Inventaire
type: creneau
start: "2026-12-12T08:00"
end: "2026-12-12T10:00"
place: { name: Le magasin }
answer: "${answer}"
---
Venez compter les bocaux.
`;

const page = (kind: string) => `---
title: Une page
kind: ${kind}
description: Une page de test.
---
Texte.
`;

describe('checkContent', () => {
  it('hands over every entry of a valid site, parsed and with defaults', () => {
    const { entries, problems } = checkContent(site({}));
    expect(problems).toEqual([]);
    const annonces = entries.find((e) => e.file === 'content/groups/annonces.md');
    expect(annonces).toMatchObject({ collection: 'groups', id: 'annonces', data: { access: 'members', archived: false } });
    expect(annonces?.body).toContain('Seuls les admins écrivent ici.');
  });

  it('ignores READMEs and what starts with _ or .', () => {
    expect(
      problemsOf({
        'README.md': '# Comment écrire le contenu\n',
        'groups/README.md': '# Les groupes\n',
        '_brouillons/idee.md': 'x',
        'groups/_ancien.md': 'x',
        '.cache/a': 'x',
      }),
    ).toEqual([]);
  });

  it('reports every mistake of a file, not just the first one', () => {
    const problems = problemsOf({
      'groups/accueil.md': '---\nname: Test – Accueil\ncategory: General\npurpose: ""\naudience: []\nreviewed: 2026-13-01\nlinks: []\n---\n',
    });
    const fields = problems.filter((p) => p.file === 'content/groups/accueil.md').map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['category', 'purpose', 'audience', 'reviewed']));
  });
});

describe('members-only links kept out of public pages', () => {
  const answerProblem = (answer: string) => problemsOf({ 'events/2026-12-12-inventaire.md': eventWithAnswer(answer) }).find((p) => p.field === 'answer');

  it('refuses a members-only group’s invite link as an event’s answer link', () => {
    const problem = answerProblem(MEMBERS_LINK);
    expect(problem).toMatchObject({ file: 'content/events/2026-12-12-inventaire.md', field: 'answer' });
    expect(problem?.message).toContain('réservé aux membres');
  });

  it.each([
    ['as the app shares it, with ?mode=', `${MEMBERS_LINK}?mode=ac_t`],
    ['with a trailing slash', `${MEMBERS_LINK}/`],
    ['with the host in capitals', MEMBERS_LINK.replace('chat.whatsapp.com', 'Chat.WhatsApp.com')],
  ])('recognises the same invite written differently (%s)', (_, answer) => {
    expect(answerProblem(answer)?.message).toContain('réservé aux membres');
  });

  it('accepts an open group’s link, a form or an e-mail address', () => {
    expect(answerProblem(OPEN_LINK)).toBeUndefined();
    expect(answerProblem('https://framaforms.org/inventaire-1234')).toBeUndefined();
    expect(answerProblem('mailto:accueil@example.org')).toBeUndefined();
  });

  it('does not confuse two Signal groups whose links differ only after the #', () => {
    const membersSignal = `${OPEN_LINK.slice(0, -6)}AAAAAA`;
    const problems = problemsOf({
      'groups/bureau.md': `---\nname: Test – Bureau\ncategory: general\npurpose: Le bureau.\naudience: [tous]\naccess: members\nlinks:\n  - platform: signal\n    url: ${membersSignal}\nreviewed: 2026-10-01\n---\n`,
      'events/2026-12-12-inventaire.md': eventWithAnswer(OPEN_LINK),
    });
    expect(problems).toEqual([]);
    expect(
      problemsOf({
        'groups/bureau.md': `---\nname: Test – Bureau\ncategory: general\npurpose: Le bureau.\naudience: [tous]\naccess: members\nlinks:\n  - platform: signal\n    url: ${membersSignal}\nreviewed: 2026-10-01\n---\n`,
        'events/2026-12-12-inventaire.md': eventWithAnswer(membersSignal),
      }).map((p) => p.field),
    ).toEqual(['answer']);
  });
});

describe('free pages named like a site section', () => {
  it.each(['groupes', 'guide', 'agenda', 'annonces', 'charte', 'admin', 'media', 'pagefind', '404'])('refuses a free page named %s.md', (name) => {
    // The base site's charter is pages/charte.md: a free page under that name is a new file here.
    const problems = problemsOf(
      name === 'charte'
        ? {
            'pages/charte.md': null,
            'pages/la-charte.md': overlayFiles().find((f) => f.path === 'content/pages/charte.md')?.text ?? '',
            [`pages/${name}.md`]: page('page'),
          }
        : { [`pages/${name}.md`]: page('page') },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(`content/pages/${name}.md`);
    expect(problems[0]?.message).toContain(`le nom « ${name} » est déjà pris par une rubrique du site`);
    expect(problems[0]?.message).toContain(`${name}-infos.md`);
  });

  it('accepts a guide chapter with such a name (it lives under /guide/) and a free page with another name', () => {
    expect(problemsOf({ 'pages/agenda.md': page('guide') })).toEqual([]);
    expect(problemsOf({ 'pages/agenda-infos.md': page('page') })).toEqual([]);
  });
});

describe('formatProblems', () => {
  const problems: ContentProblem[] = [
    { file: 'content/groups/accueil.md', field: 'links[0].url', label: 'Liens › n° 1 › Lien d’invitation', message: 'Lien attendu.' },
    { file: 'content/events/2026-12-05-reunion.md', line: 4, message: 'YAML illisible (bad indentation).' },
    { file: 'content/groups/accueil.md', field: 'category', label: 'category', message: '« x » ne correspond à aucun fichier.' },
  ];
  const report = formatProblems(problems);

  it('counts the errors and says the site was not built', () => {
    expect(report.split('\n')[0]).toBe("Le contenu a 3 erreurs ; le site n'a pas été construit.");
    expect(formatProblems(problems.slice(0, 1)).split('\n')[0]).toBe("Le contenu a 1 erreur ; le site n'a pas été construit.");
  });

  it('groups the problems under their file, in the order found', () => {
    const lines = report.split('\n');
    expect(lines.filter((l) => l.startsWith('✖'))).toEqual(['✖ content/groups/accueil.md', '✖ content/events/2026-12-05-reunion.md']);
    const accueil = lines.indexOf('✖ content/groups/accueil.md');
    expect(lines[accueil + 1]).toBe('  champ « links[0].url » (Liens › n° 1 › Lien d’invitation) : Lien attendu.');
    expect(lines[accueil + 2]).toBe('  champ « category » : « x » ne correspond à aucun fichier.');
  });

  it('gives the line number when it is known', () => {
    expect(report).toContain('✖ content/events/2026-12-05-reunion.md\n  ligne 4 : YAML illisible (bad indentation).');
  });

  it('reads well for a real broken site', () => {
    const real = formatProblems(
      problemsOf({
        'groups/accueil.md':
          '---\nname: Test – Accueil\ncategory: general\npurpose: Poser ses questions.\naudience: [nouveaux]\nlinks:\n  - platform: signal\n    url: http://signal.group/#abc\nreviewed: 2026-10-01\n---\n',
      }),
    );
    expect(real).toMatch(/^Le contenu a 1 erreur ;/);
    expect(real).toContain('✖ content/groups/accueil.md\n  ligne 8 : champ « links[0].url » (Liens › n° 1 › Lien d’invitation) : ');
    expect(real).not.toMatch(/undefined|\[object Object\]|Error/);
  });
});

describe('one mistake, one message', () => {
  it('does not tell the entries that refer to a broken file that it does not exist', () => {
    const problems = problemsOf({ 'groups/accueil.md': '---\nname: Test – Accueil\ncategory: general\n---\n' });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'content/groups/accueil.md')).toBe(true);
  });

  it('does the same for a broken category', () => {
    const problems = problemsOf({ 'categories/general.yaml': 'name: Général\norder: 1\n' });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/categories/general.yaml description']);
  });

  it('reports a broken settings file once, not as a missing one', () => {
    const problems = problemsOf({ 'settings/site.yaml': 'name: Coop Test\n  tagline: mal indentée\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/settings/site.yaml');
    expect(problems[0]?.message).toContain('YAML illisible');
  });

  it('still says when the settings file is missing or doubled', () => {
    expect(problemsOf({ 'settings/site.yaml': null })).toEqual([
      expect.objectContaining({ file: 'content/settings/site.yaml', message: expect.stringContaining('le fichier des réglages manque') }),
    ]);
    const base = overlayFiles().find((f) => f.path === 'content/settings/site.yaml')?.text ?? '';
    expect(problemsOf({ 'settings/autre.yaml': base })).toEqual([
      expect.objectContaining({ file: 'content/settings/autre.yaml', message: expect.stringContaining('ne contient qu’un fichier, site.yaml') }),
    ]);
  });
});

describe('warnings that do not stop the build', () => {
  it('says when an event’s file name starts with another date than the event', () => {
    const event = overlayFiles().find((f) => f.rel === 'events/2026-12-05-reunion.md')?.text ?? '';
    const { problems, warnings } = checkContent(site({ 'events/2026-12-05-reunion.md': event.replaceAll('2026-12-05T', '2026-12-12T') }));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'content/events/2026-12-05-reunion.md',
        field: 'start',
        message: expect.stringContaining('renommez le fichier 2026-12-12-reunion.md'),
      }),
    ]);
  });

  it('says that an image from another site is shown as a link, in any spelling', () => {
    const news = overlayFiles().find((f) => f.rel === 'news/2026-11-01-ouverture.md')?.text ?? '';
    for (const image of [
      '![Photo](https://images.example.net/photo.jpg)',
      '<img src="//images.example.net/photo.jpg" alt="Photo">',
      '<img src="/\\images.example.net/photo.jpg" alt="Photo">',
    ]) {
      const { problems, warnings } = checkContent(site({ 'news/2026-11-01-ouverture.md': `${news}\n${image}\n` }));
      expect(problems, image).toEqual([]);
      expect(warnings, image).toEqual([
        expect.objectContaining({
          file: 'content/news/2026-11-01-ouverture.md',
          line: 9,
          message: expect.stringContaining('vient d’un autre site : la page en montre le lien'),
        }),
      ]);
    }
  });

  it('has nothing to say about the base site', () => {
    expect(checkContent(site({})).warnings).toEqual([]);
  });
});

describe('media and links are checked only against the public files given', () => {
  it('does not check /media/ paths when no public files are given, and does when they are', () => {
    const news = overlayFiles().find((f) => f.rel === 'news/2026-11-01-ouverture.md')?.text ?? '';
    const files = site({ 'news/2026-11-01-ouverture.md': news.replace('tags: [site]', 'tags: [site]\nimage: /media/affiche.jpg') });
    expect(checkContent(files).problems).toEqual([]);
    expect(checkContent(files, { publicFiles: [{ path: '/media/logo.svg' }] }).problems.map((p) => p.field)).toEqual(['image']);
    expect(checkContent(files, { publicFiles: [{ path: '/media/affiche.jpg' }] }).problems).toEqual([]);
  });

  it('treats a news item dated later as not built yet', () => {
    const guide = overlayFiles().find((f) => f.rel === 'pages/bienvenue.md')?.text ?? '';
    const files = site({
      'news/2027-01-15-voeux.md': '---\ntitle: Vœux\ndate: 2027-01-15\nsummary: Bonne année.\n---\nTexte.\n',
      'pages/bienvenue.md': `${guide}\nÀ lire : [nos vœux](/annonces/2027-01-15-voeux/).\n`,
    });
    expect(checkContent(files, { now: new Date('2027-02-01T12:00:00Z') }).problems).toEqual([]);
    expect(checkContent(files, { now: new Date('2026-12-01T12:00:00Z') }).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('ne mène à aucune page du site'),
    ]);
  });
});
