import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familyInfo, messageFamilies } from '../../src/data/share';
import fr from '../../src/i18n/fr';
import type { AgendaEvent } from '../../src/lib/agenda';
import { messageLength } from '../../src/lib/chat-text';
import { createTranslator } from '../../src/lib/i18n';
import { digestMessages, digestOf, eventMessages, newsMessages, type ShareEntry } from '../../src/lib/share-messages';
import { localNow } from '../../src/lib/timezone';
import { buildInstant, events, groups, news, sampleContext, timezone } from '../fixtures/share-messages/sample';

/**
 * The chat messages of a sample week (tests/fixtures/share-messages/sample.ts),
 * pinned to the character in golden files that were read by eye once. A change
 * of wording shows as a diff here; to accept it, run the file with
 * UPDATE_GOLDEN=1, read the new files, and commit them.
 */

const t = createTranslator(fr);
const now = localNow(buildInstant, timezone);
const ctx = sampleContext(t, now);
const golden = new URL('../fixtures/share-messages/golden/', import.meta.url).pathname;

function expectGolden(name: string, actual: string) {
  const file = `${golden}${name}.txt`;
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(file, `${actual}\n`);
  expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
}

const byId = (id: string) => {
  const found = events.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
};
const textOf = (messages: { family: string; text: string }[], family: string) => messages.find((m) => m.family === family)?.text ?? '';
const everyMessage = (context = ctx) => [
  ...digestMessages({ days: 7, events, news }, context),
  ...digestMessages({ days: 14, events, news }, context),
  ...events.flatMap((e) => eventMessages(e, context)),
  ...news.flatMap((n) => newsMessages(n, context)),
];

describe('the sample week, to the character', () => {
  it('starts on the local date of the build, across the clock change: 23:30 UTC on Saturday is already Sunday in Paris', () => {
    expect(now).toBe('2026-10-25T01:30');
    expect(digestOf({ days: 7, events, news }, ctx)).toMatchObject({ from: '2026-10-25', to: '2026-10-31' });
  });

  it.each(messageFamilies)('the week for %s', (family) => {
    expectGolden(`week-${family}`, textOf(digestMessages({ days: 7, events, news }, ctx), family));
  });

  it.each(messageFamilies)('the two weeks for %s', (family) => {
    expectGolden(`fortnight-${family}`, textOf(digestMessages({ days: 14, events, news }, ctx), family));
  });

  it.each(messageFamilies)('a series with a cancelled and a moved date, for %s', (family) => {
    expectGolden(`event-series-${family}`, textOf(eventMessages(byId('2026-10-04-permanence'), ctx), family));
  });

  it.each(messageFamilies)('markup characters in every field, for %s', (family) => {
    expectGolden(`event-markup-${family}`, textOf(eventMessages(byId('2026-10-27-reunion-speciale'), ctx), family));
  });

  it.each(messageFamilies)('an urgent news item, for %s', (family) => {
    expectGolden(`news-urgent-${family}`, textOf(newsMessages(news[0] as (typeof news)[number], ctx), family));
  });
});

describe('what a member needs is in the message', () => {
  const whatsapp = (id: string) => textOf(eventMessages(byId(id), ctx), 'whatsapp');

  it('an all-day event over two days says both days; a mission says its open places and how to answer', () => {
    const text = whatsapp('2026-10-29-foire');
    expect(text).toContain('Quand : du jeudi 29 au vendredi 30 octobre');
    expect(text).toContain('8 places à prendre');
    expect(text).toContain('Répondez dans le groupe WhatsApp : https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a');
    // The 120-character title is whole.
    expect(text).toContain(byId('2026-10-29-foire').data.title);
  });

  it('a time across the clock change is the wall-clock time, as on the site', () => {
    expect(whatsapp('2026-10-25-inventaire-de-nuit')).toContain('Quand : dimanche 25 octobre, 1\u00a0h\u00a030 – 3\u00a0h\u00a030');
    // The weekly date after the change keeps its hour.
    expect(textOf(digestMessages({ days: 14, events, news }, ctx), 'plain')).toMatch(
      /Dimanche 1er novembre\n• 10\u00a0h – 11\u00a0h\u00a030 : Permanence d’accueil \(❌ annulé\)/,
    );
  });

  it('a cancelled event says so first and asks for no answer', () => {
    const text = whatsapp('2026-10-28-annule');
    expect(text.split('\n')[0]).toBe('❌ *Annulé* : *Atelier vélo*');
    expect(text).not.toContain('Répondez');
  });

  it('an e-mail answer gives the address and the three answers of the page', () => {
    expect(whatsapp('2026-10-04-permanence')).toContain('👉 Répondez (je viens, peut-être, je ne peux pas) par e-mail à accueil@cagette.example.org');
  });

  it('the digest lists an event still going on under the first day, with its end', () => {
    const ongoing: ShareEntry<AgendaEvent> = {
      id: '2026-10-24-braderie',
      data: { title: 'Braderie', type: 'stand', start: '2026-10-24', end: '2026-10-26', allDay: true, cancelled: false, place: { name: 'La cour' } },
    };
    const digest = digestOf({ days: 7, events: [ongoing], news: [] }, ctx);
    expect(digest.days.map((d) => d.date)).toEqual(['2026-10-25']);
    expect(textOf(digestMessages({ days: 7, events: [ongoing], news: [] }, ctx), 'plain')).toContain('• Jusqu’au lundi 26 octobre : Braderie');
  });

  it('the news of the period are the published ones of its last days, the urgent ones first and once', () => {
    const digest = digestOf({ days: 7, events, news }, ctx);
    expect(digest.urgent.map((n) => n.id)).toEqual(['2026-10-20-fermeture']);
    expect(digest.news.map((n) => n.id)).toEqual(['2026-10-22-compost']);
  });

  it('an empty week says so', () => {
    expect(textOf(digestMessages({ days: 7, events: [], news: [] }, ctx), 'plain')).toContain('Rien de prévu à l’agenda ces jours-ci.');
  });
});

describe('members-only stays members-only', () => {
  const membersLink = groups.find((g) => g.access === 'members')?.links[0]?.url ?? '';

  it('no message holds a members-only link; the digest names the group with « lien sur le site »', () => {
    expect(membersLink).toMatch(/^https:/);
    for (const message of everyMessage()) expect(message.text).not.toContain(membersLink.split('/').at(-1));
    expect(textOf(digestMessages({ days: 7, events, news }, ctx), 'whatsapp')).toContain(
      '• Cagette – Volants : lien sur le site, https://babillard.example.org/groupes/volants/',
    );
  });

  it('a members-only link slipped into a text is replaced, in every family', () => {
    const leaky = { ...byId('2026-10-25-inventaire-de-nuit'), body: `Le groupe : ${membersLink}` };
    for (const message of eventMessages(leaky, ctx)) {
      expect(message.text).not.toContain('s1x4VrcvoJShAI4DJdbz0w');
      expect(message.text).toContain('Le groupe : lien sur le site');
    }
  });
});

describe('lengths stay under each family’s limit', () => {
  it('a very long text is shortened by paragraphs, says the rest is on the site, and keeps the page’s address', () => {
    const paragraph = 'Une phrase assez longue pour remplir le message, avec des accents éèàù et des émojis 🌞. '.repeat(3);
    const long = { ...byId('2026-10-25-inventaire-de-nuit'), body: Array.from({ length: 40 }, () => paragraph).join('\n\n') };
    for (const message of eventMessages(long, ctx)) {
      expect(messageLength(message.text, message.family), message.family).toBeLessThanOrEqual(familyInfo[message.family].limit);
      expect(message.text).toContain('(La suite sur le site.)');
      expect(message.text.endsWith('Tous les détails : https://babillard.example.org/agenda/2026-10-25-inventaire-de-nuit/')).toBe(true);
    }
  });

  it('a crowded fortnight drops details, then dates, and points to the agenda for the rest', () => {
    const crowded = Array.from({ length: 60 }, (_, i) => ({
      id: `2026-10-${String(26 + (i % 5)).padStart(2, '0')}-mission-${i}`,
      data: {
        ...byId('2026-10-25-inventaire-de-nuit').data,
        start: `2026-10-${26 + (i % 5)}T18:00`,
        end: `2026-10-${26 + (i % 5)}T19:00`,
        title: `Mission ${i}`,
      },
    }));
    for (const message of digestMessages({ days: 14, events: crowded, news }, ctx)) {
      expect(messageLength(message.text, message.family), message.family).toBeLessThanOrEqual(familyInfo[message.family].limit);
      expect(message.text).toMatch(/… et \d+ autres dates dans l’agenda : https:\/\/babillard\.example\.org\/agenda\//);
      expect(message.text).toContain('Mission 0');
    }
  });

  it('every message of the sample fits', () => {
    for (const message of everyMessage()) expect(messageLength(message.text, message.family)).toBeLessThanOrEqual(familyInfo[message.family].limit);
  });
});

describe('emojis', () => {
  const pictographs = /\p{Extended_Pictographic}/gu;
  const allowed = new Set(
    Object.entries(fr)
      .filter(([key]) => key.startsWith('share.emoji.'))
      .flatMap(([, value]) => [...value.matchAll(pictographs)].map((m) => m[0])),
  );

  it('come only from the dictionary’s short list', () => {
    expect(allowed.size).toBeGreaterThan(5);
    for (const message of everyMessage()) for (const [emoji] of message.text.matchAll(pictographs)) expect(allowed.has(emoji), emoji).toBe(true);
  });

  it('are all left out when the settings say so', () => {
    for (const message of everyMessage(sampleContext(t, now, false))) expect(message.text).not.toMatch(pictographs);
    expect(
      textOf(eventMessages(byId('2026-10-04-permanence'), sampleContext(t, now, false)), 'whatsapp')
        .split('\n')
        .slice(0, 2),
    ).toEqual(['*Permanence d’accueil*', 'Quand : tous les dimanches jusqu’au 20 décembre 2026, 10\u00a0h – 11\u00a0h\u00a030']);
  });
});

describe('the other clock change', () => {
  it('a build at 23:30 UTC on Saturday 27 March 2027 is already Sunday 28 in Paris, the day summer time starts; the weekly hour holds', () => {
    const spring = localNow(new Date('2027-03-27T23:30:00Z'), timezone);
    expect(spring).toBe('2027-03-28T00:30');
    const weekly: ShareEntry<AgendaEvent> = {
      id: '2027-03-21-marche',
      data: {
        title: 'Marché',
        type: 'reunion',
        start: '2027-03-21T10:00',
        end: '2027-03-21T11:00',
        allDay: false,
        cancelled: false,
        place: { name: 'La cour' },
        recurrence: { frequency: 'weekly' },
      },
    };
    const text = textOf(digestMessages({ days: 7, events: [weekly], news: [] }, sampleContext(t, spring)), 'plain');
    expect(text).toContain('Dimanche 28 mars\n• 10\u00a0h – 11\u00a0h : Marché');
  });
});
