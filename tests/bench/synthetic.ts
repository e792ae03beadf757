import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseContent } from '../support/fixtures.ts';

/**
 * Synthetic content for the benchmark and the size budgets: the base fixture
 * site plus N generated entries mixing groups, events, guide chapters, free
 * pages and news, with realistic Markdown bodies. Deterministic: the same
 * counts always give the same files.
 */

export interface Mix {
  groups: number;
  events: number;
  guide: number;
  pages: number;
  news: number;
}

/**
 * How N entries split, roughly as a growing co-op's content does: mostly
 * events and news, a directory of groups, a guide and a few free pages.
 * @example mixFor(100) → { groups: 15, events: 40, guide: 7, pages: 3, news: 35 }
 */
export function mixFor(entries: number): Mix {
  const groups = Math.round(entries * 0.15);
  const events = Math.round(entries * 0.4);
  const guide = Math.round(entries * 0.07);
  const pages = Math.round(entries * 0.03);
  return { groups, events, guide, pages, news: entries - groups - events - guide - pages };
}

/** A small seeded generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const words =
  'coopérative membres créneau épicerie accueil groupe commande produits bénévoles réunion assemblée magasin légumes fromage pain livraison inventaire caisse permanence quartier fête marché atelier vrac local équipe planning entraide nouvelles décision charte'.split(
    ' ',
  );

function sentence(next: () => number, length: number): string {
  const list = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? 'coopérative');
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About 250 words: headings, paragraphs, a list, a link, emphasis. */
function body(next: () => number, title: string): string {
  const paragraph = () => Array.from({ length: 4 }, () => sentence(next, 8 + Math.floor(next() * 8))).join(' ');
  return [
    paragraph(),
    `## ${title}, en pratique`,
    paragraph(),
    ['- ', '- ', '- '].map((dash) => `${dash}${sentence(next, 6)}`).join('\n'),
    `## Pour aller plus loin`,
    `${paragraph()} Voir [le guide](/guide/) et **la charte**.`,
  ].join('\n\n');
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
/** A valid Signal invite link, different for each group. */
const signalLink = (i: number) => `https://signal.group/#CjQKI${'Bm'.repeat(16)}${pad(i, 8)}zV5nM3cL6r`;

/** Adds `date` days to 2026-11-21 (the pinned clock of the tests), as YYYY-MM-DD. */
function dayFrom(offset: number): string {
  const date = new Date(Date.UTC(2026, 10, 21 + offset));
  return date.toISOString().slice(0, 10);
}

/** Writes the base fixture plus the generated entries into `dir` (emptied first). Returns the number of Markdown files. */
export function writeSyntheticContent(dir: string, mix: Mix, seed = 7): number {
  const next = random(seed);
  rmSync(dir, { recursive: true, force: true });
  cpSync(baseContent, dir, { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  let files = 0;
  const audiences = ['tous', 'nouveaux', 'equipes', 'volants', 'groupes-de-travail'];
  for (let i = 1; i <= mix.groups; i += 1) {
    const name = `Groupe ${pad(i)}`;
    write(
      `groups/groupe-${pad(i)}.md`,
      `---\nname: Test – ${name}\ncategory: general\npurpose: ${sentence(next, 10)}\naudience: [${audiences[i % audiences.length]}]\nadmins: [Alix, Bao]\naccess: ${i % 5 === 0 ? 'members' : 'open'}\nlinks:\n  - platform: signal\n    url: ${signalLink(i)}\nreviewed: 2026-10-01\norder: ${i + 10}\n---\n${body(next, name)}\n`,
    );
    files += 1;
  }
  const organisers = ['accueil', ...Array.from({ length: Math.min(mix.groups, 20) }, (_, i) => `groupe-${pad(i + 1)}`)];
  for (let i = 1; i <= mix.events; i += 1) {
    // Spread over the past year and the coming six months (the agenda's horizon).
    const day = dayFrom(Math.floor(next() * 540) - 360);
    const title = `Événement ${pad(i)}`;
    write(
      `events/${day}-evenement-${pad(i)}.md`,
      `---\ntitle: ${title}\ntype: ${i % 3 === 0 ? 'creneau' : 'reunion'}\nstart: "${day}T${pad(9 + (i % 9), 2)}:00"\nend: "${day}T${pad(11 + (i % 9), 2)}:00"\nplace: { name: Le local, address: "1 rue de l'Essai, 00000 Testville" }\norganiser: ${organisers[i % organisers.length]}\n---\n${body(next, title)}\n`,
    );
    files += 1;
  }
  for (let i = 1; i <= mix.guide; i += 1) {
    const title = `Chapitre ${pad(i)}`;
    write(`pages/chapitre-${pad(i)}.md`, `---\ntitle: ${title}\nkind: guide\ndescription: ${sentence(next, 12)}\norder: ${i + 1}\n---\n${body(next, title)}\n`);
    files += 1;
  }
  for (let i = 1; i <= mix.pages; i += 1) {
    const title = `Page ${pad(i)}`;
    write(`pages/page-${pad(i)}.md`, `---\ntitle: ${title}\nkind: page\ndescription: ${sentence(next, 12)}\n---\n${body(next, title)}\n`);
    files += 1;
  }
  const tags = ['magasin', 'assemblee', 'benevolat', 'produits', 'vie-du-quartier'];
  for (let i = 1; i <= mix.news; i += 1) {
    const day = dayFrom(-Math.floor(next() * 720));
    const title = `Annonce ${pad(i)}`;
    write(
      `news/${day}-annonce-${pad(i)}.md`,
      `---\ntitle: ${title}\ndate: ${day}\nsummary: ${sentence(next, 14)}\ntags: [${tags[i % tags.length]}, ${tags[(i + 2) % tags.length]}]\n---\n${body(next, title)}\n`,
    );
    files += 1;
  }
  return files;
}
