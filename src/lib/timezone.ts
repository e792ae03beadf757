/**
 * Wall-clock times in an IANA time zone <-> UTC instants, with `Intl` only.
 *
 * The agenda stores every time as a local wall-clock string (`YYYY-MM-DDTHH:mm`)
 * in the co-op's zone, because that is what volunteers type and what a weekly
 * "Saturday 10:00" means across daylight-saving changes. These helpers are the
 * one place that turns such strings into instants and back. Node and browsers
 * ship the tz database inside ICU, so no dependency is needed.
 *
 * Daylight-saving edge cases follow RFC 5545 §3.3.5, like calendar apps should:
 * - a local time that does not exist (spring-forward gap) is read with the
 *   offset in force before the gap, which moves it forward by the gap's length
 *   (02:30 on the last Sunday of March in Paris → 03:30 CEST);
 * - a local time that exists twice (autumn fall-back) means the first one.
 */

import { pad } from './civil-date';

const MINUTE = 60_000;
const DAY = 86_400_000;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: building an Intl.DateTimeFormat costs far more than using it. */
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12:false, which some ICU versions render as "24" at midnight.
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall clock of `time` (ms since the epoch) in `timeZone`, expressed as the
 * ms of the same wall clock read as UTC. Subtracting `time` gives the offset.
 */
function wallClockAsUtcMs(time: number, timeZone: string): number {
  // The same instants come back for every page and feed that shows an event: read once each.
  const key = `${timeZone} ${time}`;
  const known = wallClocks.get(key);
  if (known !== undefined) return known;
  if (wallClocks.size >= 100_000) wallClocks.clear();
  const read = readWallClock(time, timeZone);
  wallClocks.set(key, read);
  return read;
}

const wallClocks = new Map<string, number>();

function readWallClock(time: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of wallClockFormatter(timeZone).formatToParts(new Date(time))) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = bc ? 1 - (fields['year'] ?? 0) : (fields['year'] ?? 0);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, (fields['month'] ?? 1) - 1, fields['day'] ?? 1);
  date.setUTCHours(fields['hour'] ?? 0, fields['minute'] ?? 0, fields['second'] ?? 0, 0);
  return date.getTime();
}

/** Offset in ms of `timeZone` at instant `time`; Intl has second precision, so ms are dropped first. */
function offsetMs(time: number, timeZone: string): number {
  const wholeSecond = Math.floor(time / 1000) * 1000;
  return wallClockAsUtcMs(wholeSecond, timeZone) - wholeSecond;
}

/** Parses a local string into the ms of the same wall clock read as UTC; throws on malformed input. */
function parseLocalAsUtcMs(local: string): number {
  const match = LOCAL_PATTERN.exec(local);
  if (!match) {
    throw new RangeError(`Expected a local time 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', got '${local}'`);
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  // Date silently rolls 2026-02-30 over to March; a typo must not become another day.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) {
    throw new RangeError(`'${local}' is not a real date and time`);
  }
  return date.getTime();
}

/** `YYYY-MM-DDTHH:mm` of a wall clock stored as UTC ms. */
function formatWallClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * Every UTC instant whose wall clock in `timeZone` is `local` (0, 1 or 2 of them),
 * earliest first. Transitions are assumed to be more than a day and a half apart,
 * which holds for every zone of the tz database.
 */
function instantsOf(wall: number, timeZone: string): { instants: number[]; offsetBefore: number } {
  const offsetBefore = offsetMs(wall - 1.5 * DAY, timeZone);
  const offsetAfter = offsetMs(wall + 1.5 * DAY, timeZone);
  const instants = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetMs(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  return { instants, offsetBefore };
}

/**
 * The UTC instant of a wall-clock time in an IANA zone.
 *
 * A time inside the spring-forward gap is moved forward by the gap (read with
 * the offset before it); a time that occurs twice in autumn means the first
 * occurrence (daylight time). Both as RFC 5545 §3.3.5 prescribes.
 *
 * @param local `YYYY-MM-DDTHH:mm` (seconds allowed), or `YYYY-MM-DD` for midnight.
 * @throws RangeError on a malformed or impossible date, or an unknown zone.
 * @example zonedToUtc('2026-12-05T10:00', 'Europe/Paris').toISOString() → '2026-12-05T09:00:00.000Z'
 * @example zonedToUtc('2027-03-28T02:30', 'Europe/Paris').toISOString() → '2027-03-28T01:30:00.000Z' (03:30 CEST)
 * @example zonedToUtc('2026-10-25T02:30', 'Europe/Paris').toISOString() → '2026-10-25T00:30:00.000Z' (02:30 CEST)
 */
export function zonedToUtc(local: string, timeZone: string): Date {
  const wall = parseLocalAsUtcMs(local);
  const { instants, offsetBefore } = instantsOf(wall, timeZone);
  return new Date(instants[0] ?? wall - offsetBefore);
}

/**
 * The wall clock of an instant in an IANA zone, to the minute (seconds are dropped).
 * @example utcToZoned(new Date('2026-07-14T08:00:00Z'), 'Europe/Paris') → '2026-07-14T10:00'
 */
export function utcToZoned(date: Date, timeZone: string): string {
  const time = date.getTime();
  return formatWallClock(time + offsetMs(time, timeZone));
}

/**
 * Minutes to add to UTC to get the wall clock of `timeZone` at that instant.
 * @example zoneOffsetMinutes(new Date('2026-07-14T08:00:00Z'), 'Europe/Paris') → 120
 * @example zoneOffsetMinutes(new Date('2026-01-14T08:00:00Z'), 'America/New_York') → -300
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return offsetMs(date.getTime(), timeZone) / MINUTE;
}

/**
 * "Now" as a local wall-clock string, to compare with the agenda's stored times.
 * `now` is a parameter so builds and tests are reproducible.
 * @example localNow(new Date('2026-12-05T09:30:00Z'), 'Europe/Paris') → '2026-12-05T10:30'
 */
export function localNow(now: Date, timeZone: string): string {
  return utcToZoned(now, timeZone);
}

/**
 * Whether a wall-clock time exists once (`normal`), not at all (`gap`, spring
 * forward) or twice (`ambiguous`, fall back) in a zone. Calendar apps disagree
 * on the last two, so the feed writer uses this to write such times unambiguously.
 * @example localTimeKind('2027-03-28T02:30', 'Europe/Paris') → 'gap'
 * @example localTimeKind('2026-10-25T02:30', 'Europe/Paris') → 'ambiguous'
 */
export function localTimeKind(local: string, timeZone: string): 'normal' | 'gap' | 'ambiguous' {
  const { instants } = instantsOf(parseLocalAsUtcMs(local), timeZone);
  if (instants.length === 0) return 'gap';
  return instants.length > 1 ? 'ambiguous' : 'normal';
}

/** A change of UTC offset: from `at` on, the zone is `offsetAfter` minutes ahead of UTC. */
export interface ZoneTransition {
  at: Date;
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * The offset changes of a zone between two instants, oldest first, found by
 * sampling Intl once a day and bisecting to the second. Used to write VTIMEZONE
 * definitions that match the tz database the site was built with.
 * @example zoneTransitions(new Date('2026-01-01Z'), new Date('2027-01-01Z'), 'Europe/Paris')
 *   → [{ at: 2026-03-29T01:00Z, offsetBefore: 60, offsetAfter: 120 }, { at: 2026-10-25T01:00Z, offsetBefore: 120, offsetAfter: 60 }]
 */
export function zoneTransitions(from: Date, to: Date, timeZone: string): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  // Whole seconds everywhere keeps the bisection below on a 1 s grid, so it always ends.
  const end = Math.ceil(to.getTime() / 1000) * 1000;
  let previousTime = Math.floor(from.getTime() / 1000) * 1000;
  let previousOffset = offsetMs(previousTime, timeZone);
  while (previousTime < end) {
    const time = Math.min(previousTime + DAY, end);
    const offset = offsetMs(time, timeZone);
    if (offset !== previousOffset) {
      // Bisect: low keeps the old offset, high has the new one.
      let low = previousTime;
      let high = time;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetMs(middle, timeZone) === previousOffset) low = middle;
        else high = middle;
      }
      transitions.push({ at: new Date(high), offsetBefore: previousOffset / MINUTE, offsetAfter: offset / MINUTE });
    }
    previousTime = time;
    previousOffset = offset;
  }
  return transitions;
}
