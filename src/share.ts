import { horizonMonths } from './agenda';
import { events, eventTypes, groups, settings, type EventEntry, type NewsEntry } from './content';
import { digestMessages, eventMessages, newsMessages, type ShareContext } from './lib/share-messages';
import { containsInvite, inviteToken, searchable } from './lib/platforms';
import { locale, localTime, news, t } from './site';

/**
 * The chat-ready messages of this build (lib/share-messages.ts): one per
 * event and news item, and the digests of /annonces/a-partager/.
 * Members-only groups reach the formatter without their links; the tokens of
 * those links only serve to recognise one that a text would quote anyway.
 */

const membersTokens = groups.filter((g) => g.data.access === 'members').flatMap((g) => g.data.links.map((link) => inviteToken(link.url)));

const context: ShareContext = {
  t,
  locale,
  now: localTime,
  horizonMonths,
  siteName: settings.name,
  siteUrl: settings.baseUrl,
  emojis: settings.shareEmojis,
  types: eventTypes,
  groups: groups.map((g) => ({
    id: g.id,
    name: g.data.name,
    access: g.data.access,
    links: g.data.access === 'open' ? g.data.links : [],
  })),
  isMembersLink: (url) => {
    const text = searchable(url);
    return membersTokens.some((token) => containsInvite(text, token));
  },
};

const agenda = events.map((e) => ({ id: e.id, data: e.data, body: e.body }));

/** An event's message in every formatting family. */
export const eventShare = (event: EventEntry) => eventMessages({ id: event.id, data: event.data, body: event.body }, context);

/** A news item's message in every formatting family. */
export const newsShare = (item: NewsEntry) => newsMessages({ id: item.id, data: item.data, body: item.body }, context);

/** The digest of the coming week, or of two weeks, in every formatting family. */
export const digestShare = (days: 7 | 14) =>
  digestMessages({ days, events: agenda, news: news.map((item) => ({ id: item.id, data: item.data, body: item.body })) }, context);
