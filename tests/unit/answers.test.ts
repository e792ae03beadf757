import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr';
import { answerDates, answerMails } from '../../src/lib/answers';
import { createTranslator } from '../../src/lib/i18n';
import { expandOccurrences } from '../../src/lib/recurrence';

const t = createTranslator(fr);

/** The subject and body a mail app reads from a mailto: link. */
function decoded(href: string): { to: string; subject: string; body: string } {
  const url = new URL(href);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

describe('answerMails', () => {
  const date = { title: 'Permanence & café', when: 'samedi 12 décembre, 10 h – 11 h 30', url: 'https://coop.example.org/agenda/p/#date-2026-12-12' };
  const mails = answerMails('accueil@coop.example.org', date, t);

  it('offers yes, maybe and no, each an e-mail naming the event and the date', () => {
    expect(mails.map((m) => m.label)).toEqual(['Je viens', 'Peut-être', 'Je ne peux pas']);
    expect(mails.map((m) => decoded(m.href).subject)).toEqual([
      'Je viens : Permanence & café, samedi 12 décembre, 10 h – 11 h 30',
      'Peut-être : Permanence & café, samedi 12 décembre, 10 h – 11 h 30',
      'Je ne peux pas venir : Permanence & café, samedi 12 décembre, 10 h – 11 h 30',
    ]);
    for (const mail of mails) {
      const { to, body } = decoded(mail.href);
      expect(to).toBe('accueil@coop.example.org');
      expect(body).toContain('« Permanence & café », samedi 12 décembre');
      expect(body).toContain(date.url);
    }
  });

  it('keeps a title with mail syntax inside the subject: no extra recipient or header', () => {
    const [yes] = answerMails('a@coop.example.org', { ...date, title: 'AG?cc=x@evil.example&bcc=y' }, t);
    const url = new URL(yes?.href ?? '');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toContain('AG?cc=x@evil.example&bcc=y');
  });
});

describe('answerDates', () => {
  it('gives each date still to come of a series its own answers, cancelled ones left out', () => {
    const series = {
      allDay: false,
      start: '2026-12-05T10:00',
      end: '2026-12-05T11:30',
      recurrence: { frequency: 'weekly' as const, count: 3, cancelled: ['2026-12-12'] },
    };
    const dates = expandOccurrences(series, { from: '2026-12-01', to: '2026-12-31' });
    expect(answerDates(series, dates, '2026-12-01').map((d) => d.key)).toEqual(['2026-12-05', '2026-12-19']);
  });

  it('splits an all-day event over several days into its days still to come', () => {
    const stand = { allDay: true, start: '2027-04-10', end: '2027-04-11' };
    const dates = expandOccurrences(stand, { from: '2027-04-01', to: '2027-04-30' });
    expect(answerDates(stand, dates, '2026-11-21')).toEqual([
      { key: '2027-04-10', start: '2027-04-10' },
      { key: '2027-04-11', start: '2027-04-11' },
    ]);
    expect(answerDates(stand, dates, '2027-04-11').map((d) => d.key)).toEqual(['2027-04-11']);
  });

  it('answers a one-off event, or a span too long to pick a day from, as a whole', () => {
    const evening = { allDay: false, start: '2026-12-18T19:30', end: '2026-12-19T01:00' };
    expect(answerDates(evening, expandOccurrences(evening, { from: '2026-12-01', to: '2026-12-31' }), '2026-11-21')).toEqual([
      { key: '2026-12-18', start: '2026-12-18T19:30', end: '2026-12-19T01:00' },
    ]);
    const fortnight = { allDay: true, start: '2027-07-01', end: '2027-07-14' };
    expect(answerDates(fortnight, expandOccurrences(fortnight, { from: '2027-07-01', to: '2027-07-31' }), '2026-11-21')).toHaveLength(1);
    expect(answerDates(evening, [], '2026-11-21')).toEqual([]);
  });
});
