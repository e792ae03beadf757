import { describe, expect, it } from 'vitest';
import {
  calendarLeaf,
  formatDay,
  formatRange,
  formatShortDate,
  formatShortDay,
  formatTime,
  formatTimeSpan,
  monthLabel,
  type RangeOptions,
} from '../../src/lib/dates';

const fr: RangeOptions = { locale: 'fr-FR', currentYear: 2026, spanDays: 'du {from} au {to}' };

describe('formatDay', () => {
  it('writes the weekday, the day, the month and the year in French', () => {
    expect(formatDay('2026-12-05', 'fr-FR')).toBe('samedi 5 décembre 2026');
    expect(formatDay('2027-07-14', 'fr-FR')).toBe('mercredi 14 juillet 2027');
  });

  it('can leave out the year or the weekday', () => {
    expect(formatDay('2026-12-05', 'fr-FR', { year: false })).toBe('samedi 5 décembre');
    expect(formatDay('2026-12-05', 'fr-FR', { weekday: false })).toBe('5 décembre 2026');
  });

  it('reads the day of a date-time as written, whatever the hour (no zone shift)', () => {
    expect(formatDay('2026-12-05T23:59', 'fr-FR')).toBe('samedi 5 décembre 2026');
    expect(formatDay('2026-12-05T00:00', 'fr-FR')).toBe('samedi 5 décembre 2026');
    // The night Paris changes to summer time.
    expect(formatDay('2027-03-28T02:30', 'fr-FR')).toBe('dimanche 28 mars 2027');
  });

  it('writes the first of the month « 1er », as French does', () => {
    expect(formatDay('2026-12-01', 'fr-FR')).toBe('mardi 1er décembre 2026');
    expect(formatDay('2027-01-01', 'fr-FR', { weekday: false, year: false })).toBe('1er janvier');
    expect(formatDay('2026-12-11', 'fr-FR')).toBe('vendredi 11 décembre 2026');
    expect(formatDay('2026-12-21', 'fr-FR')).toBe('lundi 21 décembre 2026');
  });

  it('follows the locale it is given', () => {
    expect(formatDay('2026-12-01', 'en-GB', { year: false })).toBe('Tuesday 1 December');
  });
});

describe('formatShortDate and monthLabel', () => {
  it('abbreviate the month for lists', () => {
    expect(formatShortDate('2026-12-05', 'fr-FR')).toBe('5 déc. 2026');
    expect(formatShortDate('2027-02-14T18:00', 'fr-FR')).toBe('14 févr. 2027');
    expect(formatShortDate('2027-03-01', 'fr-FR')).toBe('1er mars 2027');
  });

  it('names a month with its year for the agenda headings', () => {
    expect(monthLabel('2026-12-05', 'fr-FR')).toBe('décembre 2026');
    expect(monthLabel('2027-08-31T20:00', 'fr-FR')).toBe('août 2027');
  });
});

describe('formatTime', () => {
  it.each([
    ['2026-12-05T10:00', '10\u00a0h'],
    ['2026-12-05T10:30', '10\u00a0h\u00a030'],
    ['2026-12-05T09:05', '9\u00a0h\u00a005'],
    ['2026-12-05T00:00', '0\u00a0h'],
    ['2026-12-05T23:45', '23\u00a0h\u00a045'],
  ])('%s → « %s »', (local, text) => {
    expect(formatTime(local)).toBe(text);
  });
});

describe('formatRange', () => {
  it('gives a day and its hours for an event within one day', () => {
    expect(formatRange('2026-12-05T10:00', '2026-12-05T12:00', fr)).toBe('samedi 5 décembre, 10\u00a0h – 12\u00a0h');
    expect(formatRange('2026-12-05T18:30', '2026-12-05T21:15', fr)).toBe('samedi 5 décembre, 18\u00a0h\u00a030 – 21\u00a0h\u00a015');
  });

  it('gives only the start time when the event has no end', () => {
    expect(formatRange('2026-12-05T10:30', undefined, fr)).toBe('samedi 5 décembre, 10\u00a0h\u00a030');
  });

  it('gives only the day for an all-day event', () => {
    expect(formatRange('2026-12-05', undefined, fr)).toBe('samedi 5 décembre');
    expect(formatRange('2026-12-05', '2026-12-05', fr)).toBe('samedi 5 décembre');
  });

  it('writes an all-day span within one month with the month once', () => {
    expect(formatRange('2026-12-04', '2026-12-06', fr)).toBe('du vendredi 4 au dimanche 6 décembre');
    expect(formatRange('2026-12-01', '2026-12-03', fr)).toBe('du mardi 1er au jeudi 3 décembre');
  });

  it('writes both months of an all-day span across months', () => {
    expect(formatRange('2026-11-30', '2026-12-02', fr)).toBe('du lundi 30 novembre au mercredi 2 décembre');
  });

  it('writes the day and hour at both ends of a timed event across days', () => {
    expect(formatRange('2026-12-05T18:00', '2026-12-06T02:00', fr)).toBe('du samedi 5 décembre, 18\u00a0h au dimanche 6 décembre, 2\u00a0h');
  });

  it('leaves out the year in the current year only', () => {
    expect(formatRange('2027-12-05T10:00', '2027-12-05T12:00', fr)).toBe('dimanche 5 décembre 2027, 10\u00a0h – 12\u00a0h');
    expect(formatRange('2027-01-03', '2027-01-05', fr)).toBe('du dimanche 3 au mardi 5 janvier 2027');
    expect(formatRange('2027-11-30', '2027-12-02', fr)).toBe('du mardi 30 novembre au jeudi 2 décembre 2027');
    expect(formatRange('2027-12-05T18:00', '2027-12-06T02:00', fr)).toBe('du dimanche 5 décembre, 18\u00a0h au lundi 6 décembre 2027, 2\u00a0h');
    expect(formatRange('2025-06-14', undefined, fr)).toBe('samedi 14 juin 2025');
    expect(formatRange('2027-01-03', '2027-01-05', { ...fr, currentYear: 2027 })).toBe('du dimanche 3 au mardi 5 janvier');
  });

  it('writes both years of a span that crosses into another year', () => {
    expect(formatRange('2026-12-30', '2027-01-02', fr)).toBe('du mercredi 30 décembre 2026 au samedi 2 janvier 2027');
    expect(formatRange('2026-12-31T22:00', '2027-01-01T01:00', fr)).toBe('du jeudi 31 décembre 2026, 22\u00a0h au vendredi 1er janvier 2027, 1\u00a0h');
    expect(formatRange('2025-12-30', '2026-01-02', fr)).toBe('du mardi 30 décembre 2025 au vendredi 2 janvier 2026');
  });

  it('uses the wording of spans it is given (from the dictionary)', () => {
    const en = { locale: 'en-GB', currentYear: 2026, spanDays: 'from {from} to {to}' };
    expect(formatRange('2026-11-30', '2026-12-02', en)).toBe('from Monday 30 November to Wednesday 2 December');
  });
});

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
