import { describe, expect, it } from 'vitest';
import { calendarLeaf, formatRange, formatShortDay, formatTimeSpan } from '../../src/lib/dates';

const fr = { locale: 'fr-FR', currentYear: 2026, spanDays: 'du {from} au {to}' };
const hours = { locale: 'fr-FR', currentYear: 2026, allDay: 'Toute la journée', until: 'Jusqu’au {to}' };
const nbsp = (text: string) => text.replaceAll('\u00a0', ' ');

describe('French wording of times', () => {
  it('writes a day and its hours, with no-break spaces inside « 10 h 30 »', () => {
    expect(formatRange('2026-12-05T10:00', '2026-12-05T11:30', fr)).toBe('samedi 5 décembre, 10\u00a0h – 11\u00a0h\u00a030');
    expect(nbsp(formatRange('2027-01-16T14:00', '2027-01-16T16:00', fr))).toBe('samedi 16 janvier 2027, 14 h – 16 h');
    expect(formatRange('2027-04-10', '2027-04-11', fr)).toBe('du samedi 10 au dimanche 11 avril 2027');
  });

  it('gives the hours alone for a line beside a calendar leaf', () => {
    expect(nbsp(formatTimeSpan('2026-12-05T10:00', '2026-12-05T11:30', hours))).toBe('10 h – 11 h 30');
    expect(nbsp(formatTimeSpan('2026-12-18T19:30', '2026-12-19T01:00', hours))).toBe('19 h 30 – samedi 19 décembre, 1 h');
    expect(formatTimeSpan('2027-04-10', '2027-04-11', hours)).toBe('Jusqu’au dimanche 11 avril 2027');
    expect(formatTimeSpan('2026-12-10', undefined, hours)).toBe('Toute la journée');
  });

  it('fills a calendar leaf', () => {
    expect(calendarLeaf('2026-12-05T10:00', 'fr-FR')).toEqual({ weekday: 'sam.', day: '5', month: 'déc.' });
  });
});

describe('formatShortDay', () => {
  it('writes a day in few letters, with its year only when asked', () => {
    expect(formatShortDay('2026-12-05T10:00', 'fr-FR')).toBe('sam. 5 déc.');
    expect(formatShortDay('2026-12-01', 'fr-FR')).toBe('mar. 1er déc.');
    expect(formatShortDay('2027-01-02', 'fr-FR', { year: true })).toBe('sam. 2 janv. 2027');
  });
});
