import { describe, expect, it } from 'vitest';
import { localNow, localTimeKind, utcToZoned, zonedToUtc, zoneOffsetMinutes, zoneTransitions } from '../../src/lib/timezone';

const PARIS = 'Europe/Paris';
const iso = (date: Date) => date.toISOString();

describe('zoneOffsetMinutes', () => {
  it.each([
    ['2026-01-15T12:00:00Z', PARIS, 60],
    ['2026-07-15T12:00:00Z', PARIS, 120],
    ['2026-01-15T12:00:00Z', 'America/New_York', -300],
    ['2026-07-15T12:00:00Z', 'America/New_York', -240],
    ['2026-07-15T12:00:00Z', 'Asia/Kolkata', 330],
    ['2026-01-15T12:00:00Z', 'Australia/Sydney', 660],
    ['2026-07-15T12:00:00Z', 'Australia/Sydney', 600],
    ['2026-07-15T12:00:00Z', 'UTC', 0],
  ])('%s in %s is %i minutes', (instant, zone, minutes) => {
    expect(zoneOffsetMinutes(new Date(instant), zone)).toBe(minutes);
  });

  it('switches exactly at the transition instant', () => {
    expect(zoneOffsetMinutes(new Date('2026-03-29T00:59:59Z'), PARIS)).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-03-29T01:00:00Z'), PARIS)).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-10-25T00:59:59Z'), PARIS)).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-10-25T01:00:00Z'), PARIS)).toBe(60);
  });
});

describe('zonedToUtc', () => {
  it('reads winter and summer wall clocks with their own offset', () => {
    expect(iso(zonedToUtc('2026-12-05T10:00', PARIS))).toBe('2026-12-05T09:00:00.000Z');
    expect(iso(zonedToUtc('2026-07-14T10:00', PARIS))).toBe('2026-07-14T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-12-05', PARIS))).toBe('2026-12-04T23:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap (RFC 5545 §3.3.5)', () => {
    // Paris skips 02:00–03:00 on 2027-03-28: 02:30 is read with +01:00, i.e. 03:30 CEST.
    expect(iso(zonedToUtc('2027-03-28T02:30', PARIS))).toBe('2027-03-28T01:30:00.000Z');
    expect(utcToZoned(zonedToUtc('2027-03-28T02:30', PARIS), PARIS)).toBe('2027-03-28T03:30');
    expect(iso(zonedToUtc('2026-03-29T02:00', PARIS))).toBe('2026-03-29T01:00:00.000Z');
    // New York skips 02:00–03:00 on 2026-03-08.
    expect(utcToZoned(zonedToUtc('2026-03-08T02:30', 'America/New_York'), 'America/New_York')).toBe('2026-03-08T03:30');
  });

  it('takes the first of two identical autumn times (daylight time)', () => {
    // 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET) on 2026-10-25.
    expect(iso(zonedToUtc('2026-10-25T02:30', PARIS))).toBe('2026-10-25T00:30:00.000Z');
    expect(utcToZoned(new Date('2026-10-25T01:30:00Z'), PARIS)).toBe('2026-10-25T02:30');
    expect(iso(zonedToUtc('2026-11-01T01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('handles the southern hemisphere and half-hour zones', () => {
    expect(iso(zonedToUtc('2026-01-10T09:00', 'Australia/Sydney'))).toBe('2026-01-09T22:00:00.000Z');
    expect(iso(zonedToUtc('2026-07-10T09:00', 'Asia/Kolkata'))).toBe('2026-07-10T03:30:00.000Z');
  });

  it('round-trips every hour of a year except the skipped one', () => {
    const skipped: string[] = [];
    for (let hour = 0; hour < 365 * 24; hour += 1) {
      const wall = new Date(Date.UTC(2026, 0, 1, hour)).toISOString().slice(0, 16);
      if (utcToZoned(zonedToUtc(wall, PARIS), PARIS) !== wall) skipped.push(wall);
    }
    expect(skipped).toEqual(['2026-03-29T02:00']);
  });

  it('rejects malformed or impossible input', () => {
    expect(() => zonedToUtc('05/12/2026 10:00', PARIS)).toThrow(RangeError);
    expect(() => zonedToUtc('2026-02-30T10:00', PARIS)).toThrow(RangeError);
    expect(() => zonedToUtc('2026-02-10T24:00', PARIS)).toThrow(RangeError);
    expect(() => zonedToUtc('2026-02-10T10:00', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('utcToZoned and localNow', () => {
  it('gives the wall clock to the minute', () => {
    expect(utcToZoned(new Date('2026-07-14T08:00:59.999Z'), PARIS)).toBe('2026-07-14T10:00');
    expect(utcToZoned(new Date('2026-12-31T23:30:00Z'), PARIS)).toBe('2027-01-01T00:30');
    expect(localNow(new Date('2026-12-05T09:30:00Z'), PARIS)).toBe('2026-12-05T10:30');
    expect(localNow(new Date('2026-12-05T09:30:00Z'), 'America/New_York')).toBe('2026-12-05T04:30');
  });
});

describe('localTimeKind', () => {
  it('tells normal, skipped and repeated wall clocks apart', () => {
    expect(localTimeKind('2026-12-05T10:00', PARIS)).toBe('normal');
    expect(localTimeKind('2027-03-28T02:30', PARIS)).toBe('gap');
    expect(localTimeKind('2027-03-28T03:00', PARIS)).toBe('normal');
    expect(localTimeKind('2026-10-25T02:30', PARIS)).toBe('ambiguous');
    expect(localTimeKind('2026-10-25T03:00', PARIS)).toBe('normal');
    expect(localTimeKind('2026-10-25T02:30', 'Asia/Kolkata')).toBe('normal');
  });
});

describe('zoneTransitions', () => {
  it('finds the two Paris changes of 2026 to the second', () => {
    expect(zoneTransitions(new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'), PARIS)).toEqual([
      { at: new Date('2026-03-29T01:00:00Z'), offsetBefore: 60, offsetAfter: 120 },
      { at: new Date('2026-10-25T01:00:00Z'), offsetBefore: 120, offsetAfter: 60 },
    ]);
  });

  it('finds none in a zone without daylight saving', () => {
    expect(zoneTransitions(new Date('2026-01-01T00:00:00Z'), new Date('2028-01-01T00:00:00Z'), 'Asia/Kolkata')).toEqual([]);
  });
});
