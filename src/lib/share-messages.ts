import { familyPlatforms, messageFamilies, type MessageFamily } from '../data/share';
import { answerTarget, eventStatus, upcomingItems, type AgendaClock, type AgendaEvent, type AgendaItem } from './agenda';
import { fitMessage, link, text, words, type ChatMessage, type Line, type Span } from './chat-text';
import { addDays } from './civil-date';
import { formatDay, formatRange, formatTimeSpan } from './dates';
import type { Translate } from './i18n';
import { markdownToText } from './markdown';
import { absoluteUrl } from './page-meta';
import { detectPlatform } from './platforms';
import type { ChangePlace, Occurrence } from './recurrence';
import { describeRecurrence } from './recurrence-words';
import { routes } from './routes';
import { urgentNews } from './site';

/**
 * The messages an admin pastes into a chat group: one per event, one per news
 * item, and the digest of the coming days, each written for every formatting
 * family and kept under the family's limit (src/data/share.ts). Plain data in,
 * plain text out; the words come from the dictionary (`share.*`), dates from
 * dates.ts and recurrence-words.ts, the agenda's dates from agenda.ts.
 *
 * Members-only links never enter a message: a members-only group is named
 * with « lien sur le site » and its page on the site, its links are never
 * read, and a last pass replaces any address `isMembersLink` recognises.
 */

export interface ShareGroup {
  id: string;
  name: string;
  access: 'open' | 'request' | 'members';
  /** Invite links; read for open groups only. */
  links: readonly { platform: string; url: string }[];
}

export interface ShareType {
  id: string;
  label: string;
  family: 'meeting' | 'mission';
}

export interface ShareContext {
  t: Translate;
  locale: string;
  /** The build's local wall-clock time in the co-op's zone, `YYYY-MM-DDTHH:mm`. */
  now: string;
  /** How far a series' dates are listed (the agenda's horizon). */
  horizonMonths: number;
  siteName: string;
  /** The public address of the site, from the settings. */
  siteUrl: string;
  /** The dictionary's emojis at the start of lines, or none (settings `shareEmojis`). */
  emojis: boolean;
  types: readonly ShareType[];
  groups: readonly ShareGroup[];
  /** True for an address that is a members-only invitation, whatever its spelling. */
  isMembersLink?: (url: string) => boolean;
}

export interface ShareEntry<D> {
  id: string;
  data: D;
  body?: string | undefined;
}

export interface ShareNews {
  title: string;
  date: string;
  summary: string;
  urgentUntil?: string | undefined;
}

/** One family's message: its lines (for the preview) and its text (to copy). */
export interface SharedMessage {
  family: MessageFamily;
  lines: ChatMessage;
  text: string;
}

type Emoji = 'event' | 'when' | 'next' | 'where' | 'online' | 'target' | 'answer' | 'organiser' | 'link' | 'news' | 'urgent' | 'cancelled' | 'changed' | 'day';

/** How many changed or cancelled dates of a series a message lists before pointing to the page. */
const SHOWN_CHANGES = 3;

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** The words and addresses every message of one build shares. */
function wording(ctx: ShareContext) {
  const { t, locale } = ctx;
  const currentYear = Number(ctx.now.slice(0, 4));
  return {
    t,
    when: (start: string, end?: string) => formatRange(start, end, { locale, currentYear, spanDays: t('date.spanDays') }),
    hours: (start: string, end?: string) => formatTimeSpan(start, end, { locale, currentYear, allDay: t('date.allDay'), until: t('date.until') }),
    day: (date: string) => formatDay(date, locale, { year: Number(date.slice(0, 4)) !== currentYear }),
    icon: (key: Emoji): Span[] => (ctx.emojis ? [text(`${t(`share.emoji.${key}`)} `)] : []),
    url: (path: string) => absoluteUrl(path, ctx.siteUrl),
    typeOf: (id: string) => ctx.types.find((type) => type.id === id),
    groupOf: (id: string | undefined) => ctx.groups.find((group) => group.id === id),
  };
}
type Words = ReturnType<typeof wording>;

/** A Markdown body as paragraphs of lines, its links written as full addresses. */
function bodyParagraphs(body: string | undefined, pageUrl: string, siteUrl: string): string[] {
  if (!body?.trim()) return [];
  const resolve = (url: string) => (url.startsWith('/') ? absoluteUrl(url, siteUrl) : new URL(url, pageUrl).href);
  return markdownToText(body, { resolve })
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '');
}

/** Paragraphs as message lines, a blank line before each. */
const paragraphLines = (paragraphs: readonly string[]): Line[] => paragraphs.flatMap((paragraph) => [[], ...paragraph.split('\n').map((line) => words(line))]);

/** Replaces any members-only address with « lien sur le site »: the last lock, should one slip into a text. */
function guarded(message: ChatMessage, ctx: ShareContext): ChatMessage {
  const isMembers = ctx.isMembersLink;
  if (!isMembers) return message;
  return message.map((line) => line.map((span) => (span.kind === 'link' && isMembers(span.url) ? text(ctx.t('share.onSite')) : span)));
}

/** Writes each family's message from its candidates, fullest first. */
function forEveryFamily(ctx: ShareContext, candidates: (family: MessageFamily) => ChatMessage[], ellipsis: Line): SharedMessage[] {
  return messageFamilies.map((family) => ({
    family,
    ...fitMessage(
      candidates(family).map((lines) => guarded(lines, ctx)),
      family,
      ellipsis,
    ),
  }));
}

function placeWords(place: ChangePlace | undefined, withAddress: boolean): string | undefined {
  if (!place) return undefined;
  return withAddress && place.address ? `${place.name}, ${place.address}` : place.name;
}

/** « Répondez … »: by e-mail (with the three answers of the page's buttons), in a chat group, or online. */
function answerLine(answer: string, w: Words): Line {
  const { t } = w;
  const target = answerTarget(answer);
  if (target.kind === 'mail') return [...w.icon('answer'), ...words(t('share.answerMail', { address: target.address }))];
  const platform = detectPlatform(answer);
  if (platform && platform !== 'other' && platform !== 'email') {
    return [...w.icon('answer'), ...words(t('share.answerChat', { platform: t(`platform.${platform}.name`), url: answer }))];
  }
  return [...w.icon('answer'), ...words(t('share.answerWeb', { url: answer }))];
}

/** « 6 places à prendre » for a mission, « 6 participants souhaités » for a meeting. */
function targetWords(event: AgendaEvent, n: number, w: Words): string {
  return w.typeOf(event.type)?.family === 'mission' ? w.t('share.places', { n }) : w.t('event.target', { n });
}

/** The changed and cancelled dates still to come of a series, as lines. */
function changeLines(dates: readonly Occurrence[], w: Words): Line[] {
  const changes = dates.filter((o) => o.cancelled || o.changed);
  const lines: Line[] = changes.slice(0, SHOWN_CHANGES).map((o) => {
    if (o.cancelled) return [...w.icon('cancelled'), text(w.t('share.cancelledOn', { day: w.day(o.originalDate) }))];
    const time = o.start.slice(0, 10) === o.originalDate ? w.hours(o.start, o.end) : w.when(o.start, o.end);
    const what = [time, placeWords(o.place, true)].filter(Boolean).join(', ') + (o.note ? ` (${o.note})` : '');
    return [...w.icon('changed'), ...words(w.t('share.changedOn', { day: w.day(o.originalDate), what }))];
  });
  if (changes.length > SHOWN_CHANGES) lines.push([text(w.t('share.moreChanges', { n: changes.length - SHOWN_CHANGES }))]);
  return lines;
}

/**
 * One event's message, with `paragraphs` paragraphs of its text (all by default).
 * @example eventLines({ id: '2026-12-12-tractage', data: { title: 'Tractage', start: '2026-12-12T09:30', … } }, ctx)
 *   → [['📣 ', *Tractage*], ['📅 ', 'Quand : samedi 12 décembre, 9 h 30 – 12 h'], …, ['🔗 ', 'Tous les détails : ', https://…/agenda/2026-12-12-tractage/]]
 */
export function eventLines(entry: ShareEntry<AgendaEvent>, ctx: ShareContext, { paragraphs = Number.POSITIVE_INFINITY, summary = true } = {}): ChatMessage {
  const w = wording(ctx);
  const pageUrl = w.url(routes.event(entry.id));
  return eventLinesOf(entry, ctx, w, bodyParagraphs(entry.body, pageUrl, ctx.siteUrl), { paragraphs, summary });
}

function eventLinesOf(
  entry: ShareEntry<AgendaEvent>,
  ctx: ShareContext,
  w: Words,
  body: readonly string[],
  { paragraphs, summary }: { paragraphs: number; summary: boolean },
): ChatMessage {
  const { t } = w;
  const e = entry.data;
  const pageUrl = w.url(routes.event(entry.id));
  const clock: AgendaClock = { now: ctx.now, horizonMonths: ctx.horizonMonths };
  const { next, dates } = eventStatus(e, clock);
  const shown = next ?? dates[0];
  const title: Line = e.cancelled
    ? [...w.icon('cancelled'), text(t('share.cancelled'), { bold: true }), text(' : '), text(e.title, { bold: true })]
    : [...w.icon('event'), text(e.title, { bold: true })];
  const lines: Line[] = [title];
  if (e.recurrence) {
    const rule = lowerFirst(describeRecurrence(e.recurrence, e.start, { t, locale: ctx.locale }));
    const hours = shown && !shown.allDay ? `, ${w.hours(shown.start, shown.end)}` : '';
    lines.push([...w.icon('when'), text(t('share.when', { when: `${rule}${hours}` }))]);
    if (next) lines.push([...w.icon('next'), text(t('share.next', { when: w.when(next.start, next.end) }))]);
    if (!e.cancelled) lines.push(...changeLines(dates, w));
  } else {
    lines.push([...w.icon('when'), text(t('share.when', { when: w.when(shown?.start ?? e.start, shown ? shown.end : e.end) }))]);
  }
  const place = placeWords(e.place, true);
  if (place) lines.push([...w.icon('where'), ...words(t('share.where', { place }))]);
  if (e.online) lines.push([...w.icon('online'), ...words(t('share.online', { url: e.online }))]);
  if (!e.cancelled) {
    const kept = body.slice(0, paragraphs);
    lines.push(...paragraphLines([...(summary && e.summary ? [e.summary] : []), ...kept]));
    if (kept.length < body.length || (!summary && e.summary)) lines.push([text(t('share.more'))]);
    lines.push([]);
    if (e.target !== undefined) lines.push([...w.icon('target'), text(targetWords(e, e.target, w))]);
    if (e.answer) lines.push(answerLine(e.answer, w));
  } else {
    lines.push([]);
  }
  const organiser = w.groupOf(e.organiser);
  if (organiser) lines.push([...w.icon('organiser'), text(t('share.organiser', { group: organiser.name }))]);
  lines.push(detailsLine(pageUrl, w));
  return lines;
}

const detailsLine = (pageUrl: string, w: Words): Line => [...w.icon('link'), ...words(w.t('share.details', { url: pageUrl }))];

/** An event's message in every family: its whole text when it fits, else fewer paragraphs, then no text. */
export function eventMessages(entry: ShareEntry<AgendaEvent>, ctx: ShareContext): SharedMessage[] {
  const w = wording(ctx);
  const pageUrl = w.url(routes.event(entry.id));
  const body = bodyParagraphs(entry.body, pageUrl, ctx.siteUrl);
  const all = [
    ...Array.from({ length: body.length + 1 }, (_, i) => eventLinesOf(entry, ctx, w, body, { paragraphs: body.length - i, summary: true })),
    eventLinesOf(entry, ctx, w, body, { paragraphs: 0, summary: false }),
  ];
  return forEveryFamily(ctx, () => all, detailsLine(pageUrl, w));
}

/** One news item's message, with `paragraphs` paragraphs of its text. */
export function newsLines(entry: ShareEntry<ShareNews>, ctx: ShareContext, { paragraphs = Number.POSITIVE_INFINITY } = {}): ChatMessage {
  const w = wording(ctx);
  const pageUrl = w.url(routes.newsItem(entry.id));
  return newsLinesOf(entry, ctx, w, bodyParagraphs(entry.body, pageUrl, ctx.siteUrl), paragraphs);
}

function newsLinesOf(entry: ShareEntry<ShareNews>, ctx: ShareContext, w: Words, body: readonly string[], paragraphs: number): ChatMessage {
  const { t } = w;
  const item = entry.data;
  const today = ctx.now.slice(0, 10);
  const pageUrl = w.url(routes.newsItem(entry.id));
  const urgent = item.urgentUntil !== undefined && item.date <= today && today <= item.urgentUntil;
  const title: Line = urgent
    ? [...w.icon('urgent'), text(t('share.important'), { bold: true }), text(' : '), text(item.title, { bold: true })]
    : [...w.icon('news'), text(item.title, { bold: true })];
  const kept = body.slice(0, paragraphs);
  return [title, ...paragraphLines([item.summary, ...kept]), ...(kept.length < body.length ? [[text(t('share.more'))]] : []), [], readLine(pageUrl, w)];
}

const readLine = (pageUrl: string, w: Words): Line => [...w.icon('link'), ...words(w.t('share.readMore', { url: pageUrl }))];

/** A news item's message in every family. */
export function newsMessages(entry: ShareEntry<ShareNews>, ctx: ShareContext): SharedMessage[] {
  const w = wording(ctx);
  const pageUrl = w.url(routes.newsItem(entry.id));
  const body = bodyParagraphs(entry.body, pageUrl, ctx.siteUrl);
  const all = Array.from({ length: body.length + 1 }, (_, i) => newsLinesOf(entry, ctx, w, body, body.length - i));
  return forEveryFamily(ctx, () => all, readLine(pageUrl, w));
}

// ---------------------------------------------------------------------------
// The digest of the coming days.

export interface DigestInput {
  /** How many days, today included: the week, or « deux semaines ». */
  days: 7 | 14;
  events: readonly ShareEntry<AgendaEvent>[];
  /** The published news (dated today or earlier). */
  news: readonly ShareEntry<ShareNews>[];
}

/** What the digest holds, before it is written: computed once, written in as many ways as needed to fit. */
export interface Digest {
  from: string;
  to: string;
  /** Dates in order, each with what happens (or goes on) that day; days without anything are left out. */
  days: { date: string; items: AgendaItem[] }[];
  urgent: ShareEntry<ShareNews>[];
  news: ShareEntry<ShareNews>[];
  /** The groups organising something not cancelled, in order of first appearance. */
  groups: ShareGroup[];
}

/**
 * The coming `days` days from the build's local date: every date of every
 * event that starts in them (or started before and is still going on, listed
 * on the first day), the urgent news, the news published in the last `days`
 * days, and the organising groups.
 * @example digestOf({ days: 7, events, news }, ctx) → { from: '2026-11-21', to: '2026-11-27', days: [{ date: '2026-11-21', items: [permanence] }, …], … }
 */
export function digestOf(input: DigestInput, ctx: ShareContext): Digest {
  const from = ctx.now.slice(0, 10);
  const to = addDays(from, input.days - 1);
  const items = upcomingItems(input.events, { now: ctx.now, horizonMonths: ctx.horizonMonths }).filter((item) => item.occurrence.start.slice(0, 10) <= to);
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const date = item.occurrence.start.slice(0, 10) < from ? from : item.occurrence.start.slice(0, 10);
    days.set(date, [...(days.get(date) ?? []), item]);
  }
  const published = input.news.filter((n) => n.data.date <= from);
  const urgent = urgentNews(published, from);
  const oldest = addDays(from, -(input.days - 1));
  const groupIds = [...new Set(items.filter((i) => !i.occurrence.cancelled).map((i) => i.event.organiser))];
  return {
    from,
    to,
    days: [...days].map(([date, list]) => ({ date, items: list })),
    urgent,
    news: published.filter((n) => n.data.date >= oldest && !urgent.includes(n)),
    groups: groupIds.flatMap((id) => ctx.groups.filter((g) => g.id === id)),
  };
}

export interface DigestDetail {
  /** Each date's place (or « en visio ») and open places. */
  places: boolean;
  /** The organising groups and how to join them. */
  groups: boolean;
  /** How many dates are listed; the others are counted, with the agenda's address. */
  items: number;
}

/** How a family's message points to a group: its invite link when open, its page on the site otherwise. */
function groupLine(group: ShareGroup, family: MessageFamily, w: Words): Line {
  const page = w.url(routes.group(group.id));
  if (group.access === 'members') return words(w.t('share.group.members', { group: group.name, url: page }));
  const preferred = familyPlatforms[family];
  const chosen = preferred.map((platform) => group.links.find((l) => l.platform === platform)).find(Boolean) ?? group.links[0];
  if (group.access === 'request' || !chosen) return words(w.t('share.group.request', { group: group.name, url: page }));
  return words(w.t('share.group.open', { group: group.name, url: chosen.url.replace(/^mailto:/, '') }));
}

function digestItemLines(item: AgendaItem, detail: DigestDetail, w: Words): Line[] {
  const { t } = w;
  const { occurrence: o, event: e } = item;
  const time = w.hours(o.start, o.end);
  const pageUrl = w.url(routes.event(item.id));
  if (o.cancelled) {
    return [
      [text(`• ${time} : `), text(e.title, { bold: true }), text(' ('), ...w.icon('cancelled'), text(`${t('share.digest.cancelled')})`)],
      [link(pageUrl)],
    ];
  }
  const lines: Line[] = [[text(`• ${time} : `), text(e.title, { bold: true })]];
  if (detail.places) {
    const place = placeWords(o.place ?? e.place, false);
    const facts: Span[] = place
      ? [...w.icon('where'), ...words(t('share.where', { place }))]
      : e.online
        ? [...w.icon('online'), text(t('share.onlineShort'))]
        : [];
    const open = e.target !== undefined && w.typeOf(e.type)?.family === 'mission' ? [...w.icon('target'), text(t('share.places', { n: e.target }))] : [];
    if (facts.length && open.length) lines.push([...facts, text(' · '), ...open]);
    else if (facts.length || open.length) lines.push([...facts, ...open]);
    if (o.changed) lines.push([...w.icon('changed'), ...words(o.note ?? t('event.changed'))]);
  }
  lines.push([link(pageUrl)]);
  return lines;
}

/**
 * The digest written as lines, with as much detail as asked.
 * @example digestLines(digestOf({ days: 7, events, news }, ctx), 'whatsapp', ctx) → [['📣 ', *Cette semaine à …*], ['Du samedi 21 au vendredi 27 novembre'], [], …]
 */
export function digestLines(
  digest: Digest,
  family: MessageFamily,
  ctx: ShareContext,
  detail: DigestDetail = { places: true, groups: true, items: Number.POSITIVE_INFINITY },
): ChatMessage {
  const w = wording(ctx);
  const { t } = w;
  const lines: Line[] = [
    [
      ...w.icon('event'),
      text(t(digest.to > addDays(digest.from, 6) ? 'share.digest.titleFortnight' : 'share.digest.title', { site: ctx.siteName }), { bold: true }),
    ],
    [text(capitalise(w.when(digest.from, digest.to)))],
  ];
  for (const item of digest.urgent) {
    lines.push([], [...w.icon('urgent'), text(t('share.important'), { bold: true }), text(` : ${item.data.title}`)], [link(w.url(routes.newsItem(item.id)))]);
  }
  let listed = 0;
  const total = digest.days.reduce((n, day) => n + day.items.length, 0);
  for (const day of digest.days) {
    if (listed >= detail.items) break;
    lines.push([], [...w.icon('day'), text(capitalise(w.day(day.date)), { bold: true })]);
    for (const item of day.items) {
      if (listed >= detail.items) break;
      lines.push(...digestItemLines(item, detail, w));
      listed += 1;
    }
  }
  if (total === 0) lines.push([], [text(t('share.digest.empty'))]);
  if (listed < total) lines.push([], words(t('share.digest.more', { n: total - listed, url: w.url(routes.agenda) })));
  if (digest.news.length > 0) {
    lines.push([], [...w.icon('news'), text(t('share.digest.news'), { bold: true })]);
    for (const item of digest.news) lines.push([text(`• ${item.data.title}`)], [link(w.url(routes.newsItem(item.id)))]);
  }
  if (detail.groups && digest.groups.length > 0) {
    lines.push([], [...w.icon('organiser'), text(t('share.digest.groups'), { bold: true })]);
    for (const group of digest.groups) lines.push([text('• '), ...groupLine(group, family, w)]);
  }
  lines.push([], agendaLine(w));
  return lines;
}

const agendaLine = (w: Words): Line => [...w.icon('link'), ...words(w.t('share.digest.agenda', { url: w.url(routes.agenda) }))];

/**
 * The digest in every family: in full when it fits, else without places,
 * then without the groups, then with fewer dates (the rest counted, with the
 * agenda's address).
 */
export function digestMessages(input: DigestInput, ctx: ShareContext): SharedMessage[] {
  const digest = digestOf(input, ctx);
  const total = digest.days.reduce((n, day) => n + day.items.length, 0);
  const candidates = (family: MessageFamily) => [
    digestLines(digest, family, ctx),
    digestLines(digest, family, ctx, { places: false, groups: true, items: total }),
    ...Array.from({ length: total + 1 }, (_, i) => digestLines(digest, family, ctx, { places: false, groups: false, items: total - i })),
  ];
  return forEveryFamily(ctx, candidates, agendaLine(wording(ctx)));
}
