/**
 * Every calendar feed of the example site, read back with ical.js (the parser
 * inside Thunderbird), which uses the feed's own VTIMEZONE: a wrong zone, a
 * wrong RRULE or a broken escape shows up here as a wrong hour, date or text.
 * Expectations come from the content files and from the built event pages.
 */
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { entriesOf } from '../support/site-content';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

interface EventData {
  title: string;
  type: string;
  start: string;
  end?: string;
  allDay: boolean;
  cancelled: boolean;
  organiser?: string;
  section?: string;
  summary?: string;
  online?: string;
  place?: { name: string; address?: string };
  recurrence?: {
    cancelled?: string[];
    changes?: { date: string; start?: string; end?: string; place?: { name: string; address?: string } }[];
  };
}

const dist = inject('distDir');
const base = inject('baseUrl');
const settings = entriesOf('settings')[0]?.data as { baseUrl: string; timezone: string; eventTypes: { id: string; label: string }[] };
const events = entriesOf('events').map((e) => ({ id: e.id, data: e.data as unknown as EventData }));
const host = new URL(settings.baseUrl).hostname;
const zone = settings.timezone;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const feedPaths = filesUnder(dist)
  .filter((file) => file.endsWith('.ics'))
  .map((file) => `/${relative(dist, file)}`)
  .sort();

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parse = (path: string): Component => new ICAL.Component(ICAL.parse(read(path)));

/** The wall clock of an instant in the co-op's zone, `YYYY-MM-DDTHH:mm`, computed by Intl (not by our timezone.ts). */
function wallClock(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}
/** Local start as the site writes it: the wall clock, or the bare date of an all-day value. */
const local = (time: Time) => (time.isDate ? time.toString() : wallClock(time.toJSDate()));

const masters = (root: Component) => root.getAllSubcomponents('vevent').filter((c) => !c.hasProperty('recurrence-id'));
const uidOf = (id: string) => `${id}@${host}`;

/** ical.js's occurrences of one event, overrides applied and EXDATEs removed, up to a local date. */
function occurrences(root: Component, id: string, until: string) {
  const components = root.getAllSubcomponents('vevent').filter((c) => c.getFirstPropertyValue('uid') === uidOf(id));
  const master = components.find((c) => !c.hasProperty('recurrence-id'));
  if (!master) throw new Error(`no VEVENT for ${id}`);
  const event = new ICAL.Event(master, { exceptions: components.filter((c) => c.hasProperty('recurrence-id')), strictExceptions: true });
  const seen: { start: string; utc: string; location: string }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && local(next).slice(0, 10) <= until; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    seen.push({
      start: local(details.startDate),
      utc: details.startDate.isDate ? '' : details.startDate.toJSDate().toISOString(),
      location: String(details.item.component.getFirstPropertyValue('location') ?? ''),
    });
    if (seen.length > 1000) throw new Error('runaway expansion');
  }
  return seen;
}

/** The dates an event page lists under « Prochaines dates »: `<time datetime>` of each item, and whether it is struck through. */
function datesOnPage(id: string): { start: string; cancelled: boolean }[] {
  const html = read(`/agenda/${id}/index.html`);
  return [...html.matchAll(/<li class="occurrence( occurrence--cancelled)?[^"]*"[^>]*>(?:<del>)?<time datetime="([^"]+)"/g)].map((m) => ({
    start: m[2] ?? '',
    cancelled: m[1] !== undefined,
  }));
}

const placeLine = (data: EventData) => (data.place ? [data.place.name, data.place.address].filter(Boolean).join(', ') : (data.online ?? ''));

/** The dates of series an event page lists with a `.ics` of their own (not cancelled). */
function occurrenceFiles(id: string): string[] {
  const html = read(`/agenda/${id}/index.html`);
  return [...html.matchAll(/href="(\/agenda\/[^"/]+\/\d{4}-\d{2}-\d{2}\.ics)"/g)].map((m) => m[1] ?? '');
}

/**
 * What a feed path holds: the events of the whole agenda, a type or a group
 * (with or without the reminder the day before), one event, or one date of a series.
 */
function feedKind(path: string): { events: string[]; reminder: boolean; date?: string | undefined } {
  const reminder = path === '/agenda-rappel.ics' || path.endsWith('/rappel.ics');
  const ids = (keep: (e: (typeof events)[number]) => boolean) => events.filter(keep).map((e) => e.id);
  if (path === '/agenda.ics' || path === '/agenda-rappel.ics') return { events: ids(() => true), reminder };
  const part = /^\/agenda\/(type|groupe)\/([^/]+?)(?:\.ics|\/rappel\.ics)$/.exec(path);
  if (part) return { events: ids((e) => (part[1] === 'type' ? e.data.type === part[2] : e.data.organiser === part[2])), reminder };
  const section = /^\/agenda\/section\/([^/]+)\.ics$/.exec(path);
  const sectionOf = (e: (typeof events)[number]) => e.data.section ?? entriesOf('groups').find((g) => g.id === e.data.organiser)?.data['section'];
  if (section) return { events: ids((e) => sectionOf(e) === section[1]), reminder: false };
  const date = /^\/agenda\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.ics$/.exec(path);
  if (date) return { events: [date[1] ?? ''], reminder: false, date: date[2] };
  return { events: ids((e) => path === `/agenda/${e.id}.ics`), reminder: false };
}

describe('the feeds the agenda offers', () => {
  it('one for everything, one per type, one per organising group, each also with a reminder, one per event, one per date of a series, and nothing else', () => {
    const organisers = [...new Set(events.map((e) => e.data.organiser).filter((g): g is string => g !== undefined))];
    const expected = [
      '/agenda.ics',
      '/agenda-rappel.ics',
      ...settings.eventTypes.flatMap((type) => [`/agenda/type/${type.id}.ics`, `/agenda/type/${type.id}/rappel.ics`]),
      ...organisers.flatMap((group) => [`/agenda/groupe/${group}.ics`, `/agenda/groupe/${group}/rappel.ics`]),
      ...entriesOf('sections').map((section) => `/agenda/section/${section.id}.ics`),
      ...events.map((e) => `/agenda/${e.id}.ics`),
      ...events.filter((e) => e.data.recurrence).flatMap((e) => occurrenceFiles(e.id)),
    ].sort();
    expect(events.filter((e) => e.data.recurrence).flatMap((e) => occurrenceFiles(e.id)).length).toBeGreaterThan(10);
    expect(feedPaths).toEqual(expected);
  });

  it('are served as text/calendar', async () => {
    const response = await fetch(`${base}/agenda.ics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await response.text()).toBe(read('/agenda.ics'));
  });
});

describe.each(feedPaths)('%s', (path) => {
  const text = read(path);

  it('is RFC 5545 text: CRLF line ends, lines of at most 75 octets, folds that never split a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length, line).toBeLessThanOrEqual(75);
      // Each physical line must be valid UTF-8 on its own: a fold inside « é » would not be.
      expect(() => strict.decode(bytes)).not.toThrow();
    }
  });

  it('reads in ical.js with the co-op’s zone and exactly the events it should carry', () => {
    const root = parse(path);
    expect(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(zone);
    const { events: ids, date } = feedKind(path);
    const carried = events.filter((e) => ids.includes(e.id));
    const list = masters(root);
    const uid = (id: string) => (date ? uidOf(`${id}-${date}`) : uidOf(id));
    expect(list.map((c) => c.getFirstPropertyValue('uid')).sort()).toEqual(carried.map((e) => uid(e.id)).sort());
    for (const component of list) {
      const entry = carried.find((e) => uid(e.id) === component.getFirstPropertyValue('uid'));
      if (!entry) throw new Error('unexpected event');
      expect(component.getFirstPropertyValue('summary')).toBe(entry.data.title);
      expect(component.getFirstPropertyValue('url')).toBe(new URL(date ? `/agenda/${entry.id}/#date-${date}` : `/agenda/${entry.id}/`, settings.baseUrl).href);
      expect(component.getFirstPropertyValue('status')).toBe(entry.data.cancelled ? 'CANCELLED' : 'CONFIRMED');
      expect(component.hasProperty('dtstamp')).toBe(true);
    }
  });

  it(`${feedKind(path).reminder ? 'reminds' : 'does not remind'} the day before`, () => {
    const vevents = parse(path).getAllSubcomponents('vevent');
    const { reminder } = feedKind(path);
    for (const vevent of vevents) {
      const alarms = vevent.getAllSubcomponents('valarm');
      if (!reminder || vevent.getFirstPropertyValue('status') === 'CANCELLED') {
        expect(alarms).toEqual([]);
        continue;
      }
      expect(alarms).toHaveLength(1);
      expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarms[0]?.getFirstPropertyValue('trigger')?.toString()).toBe('-P1D');
    }
    if (reminder) expect(text).toContain('TRIGGER:-P1D');
  });
});

describe('one date of a series on its own', () => {
  it('holds that one date, at the time and place its page says, with no rule', () => {
    let checked = 0;
    for (const { id, data } of events.filter((e) => e.data.recurrence)) {
      const listed = datesOnPage(id).filter((d) => !d.cancelled);
      const files = occurrenceFiles(id);
      expect(files.length, id).toBe(listed.length);
      for (const [i, file] of files.entries()) {
        const vevents = parse(file).getAllSubcomponents('vevent');
        expect(vevents, file).toHaveLength(1);
        const [vevent] = vevents;
        expect(vevent?.hasProperty('rrule')).toBe(false);
        expect(vevent?.hasProperty('recurrence-id')).toBe(false);
        expect(local(vevent?.getFirstPropertyValue('dtstart') as Time)).toBe(listed[i]?.start.slice(0, data.allDay ? 10 : 16));
        const change = data.recurrence?.changes?.find((c) => file.endsWith(`/${c.date}.ics`));
        if (change?.place) expect(vevent?.getFirstPropertyValue('location')).toBe([change.place.name, change.place.address].filter(Boolean).join(', '));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('times, recurrence and text as a calendar app reads them', () => {
  const root = parse('/agenda.ics');

  it('text survives escaping: titles, places with commas, descriptions with their page address', () => {
    expect(
      events.some((e) => /[,;:]/.test(`${e.data.title}${placeLine(e.data)}`)),
      'the example needs a comma, semicolon or colon somewhere',
    ).toBe(true);
    for (const { id, data } of events) {
      const component = masters(root).find((c) => c.getFirstPropertyValue('uid') === uidOf(id));
      expect(component?.getFirstPropertyValue('summary')).toBe(data.title);
      expect(component?.getFirstPropertyValue('location')).toBe(placeLine(data));
      const description = String(component?.getFirstPropertyValue('description'));
      if (data.summary) expect(description).toContain(data.summary);
      expect(description).toContain(new URL(`/agenda/${id}/`, settings.baseUrl).href);
    }
  });

  it('one-off events start and end at the local times written in their files', () => {
    for (const { id, data } of events.filter((e) => !e.data.recurrence)) {
      const component = masters(root).find((c) => c.getFirstPropertyValue('uid') === uidOf(id));
      expect(local(component?.getFirstPropertyValue('dtstart') as Time), id).toBe(data.start);
      if (data.end && !data.allDay) expect(local(component?.getFirstPropertyValue('dtend') as Time), id).toBe(data.end);
    }
  });

  it('every series keeps its local hour across the end of October and the end of March, while its UTC hour moves', () => {
    const series = events.filter((e) => e.data.recurrence && !e.data.allDay);
    const crossed = { autumn: false, spring: false };
    for (const { id, data } of series) {
      const changed = new Set((data.recurrence?.changes ?? []).map((c) => c.date));
      const kept = occurrences(root, id, '2027-12-31').filter((o) => !changed.has(o.start.slice(0, 10)));
      const offset = (o: { start: string; utc: string }) => (Date.parse(`${o.start}:00Z`) - Date.parse(o.utc)) / 60_000;
      kept.forEach((occurrence, i) => {
        expect(occurrence.start.slice(11), `${id} on ${occurrence.start}`).toBe(data.start.slice(11));
        const previous = kept[i - 1];
        if (!previous) return;
        // Two dates in a row on either side of a change of offset: the same local hour, another UTC hour.
        if (offset(previous) > offset(occurrence)) crossed.autumn = true;
        if (offset(previous) < offset(occurrence)) crossed.spring = true;
      });
    }
    expect(crossed, 'the example needs series across the end of October and the end of March').toEqual({ autumn: true, spring: true });
  });

  it('ical.js expands each series to exactly the dates its page lists, cancelled ones removed', () => {
    let compared = 0;
    for (const { id, data } of events.filter((e) => e.data.recurrence)) {
      const listed = datesOnPage(id);
      if (listed.length === 0) continue;
      const first = listed[0]?.start ?? '';
      const last = listed.at(-1)?.start ?? '';
      const fromFeed = occurrences(root, id, last.slice(0, 10))
        .map((o) => o.start)
        .filter((start) => start >= first);
      expect(fromFeed, id).toEqual(listed.filter((d) => !d.cancelled).map((d) => d.start.slice(0, data.allDay ? 10 : 16)));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
  });

  it('cancelled dates are EXDATEs and changed dates are overrides with the new time and place', () => {
    const withExceptions = events.filter((e) => (e.data.recurrence?.cancelled?.length ?? 0) + (e.data.recurrence?.changes?.length ?? 0) > 0);
    expect(withExceptions.length).toBeGreaterThan(0);
    for (const { id, data } of withExceptions) {
      const master = masters(root).find((c) => c.getFirstPropertyValue('uid') === uidOf(id));
      const exdates = (master?.getAllProperties('exdate') ?? []).map((p) => local(p.getFirstValue() as Time).slice(0, 10));
      expect(exdates.sort()).toEqual([...(data.recurrence?.cancelled ?? [])].sort());
      const seen = occurrences(root, id, '2030-12-31');
      for (const date of data.recurrence?.cancelled ?? [])
        expect(
          seen.some((o) => o.start.startsWith(date)),
          `${id} ${date}`,
        ).toBe(false);
      for (const change of data.recurrence?.changes ?? []) {
        const override = root
          .getAllSubcomponents('vevent')
          .find(
            (c) =>
              c.getFirstPropertyValue('uid') === uidOf(id) &&
              c.hasProperty('recurrence-id') &&
              local(c.getFirstPropertyValue('recurrence-id') as Time).startsWith(change.date),
          );
        expect(override, `${id} ${change.date}`).toBeDefined();
        if (change.start) expect(local(override?.getFirstPropertyValue('dtstart') as Time)).toBe(change.start);
        if (change.place) expect(override?.getFirstPropertyValue('location')).toBe([change.place.name, change.place.address].filter(Boolean).join(', '));
        if (change.start) expect(seen.some((o) => o.start === change.start)).toBe(true);
      }
    }
  });
});
