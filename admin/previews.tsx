import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactNode } from 'react';
import { EventCard } from '../src/components/events/EventCard';
import { GroupCard } from '../src/components/groups/GroupCard';
import { GroupDetails } from '../src/components/groups/GroupDetails';
import { NewsCard } from '../src/components/news/NewsCard';
import { SectionCard } from '../src/components/sections/SectionCard';
import { SectionPeople } from '../src/components/sections/SectionPeople';
import { mapLink } from '../src/lib/agenda';
import { importanceLevels } from '../src/data/groups';
import { platformIds, type PlatformId } from '../src/data/platforms';
import fr from '../src/i18n/fr';
import { formatDay, formatRange } from '../src/lib/dates';
import { createTranslator } from '../src/lib/i18n';
import { renderMarkdown } from '../src/lib/markdown';
import { inviteUrlError } from '../src/lib/platforms';
import type { Group } from '../src/schemas/group';
import { media } from './editor';

/**
 * Live previews drawn with the site's own React components and stylesheets,
 * from the entry as it is being typed (so possibly incomplete: every field
 * falls back to something harmless).
 */

const t = createTranslator(fr);
const locale = t('meta.locale');

/** What the previews need from the settings, passed by the admin page. */
export interface PreviewContext {
  eventTypes: readonly { id: string; label: string }[];
  categories: Readonly<Record<string, string>>;
  moderationEmail: string;
  houseRules: readonly string[];
  charterHref?: string;
  /** Each visible group's card as a `::groupe{id=…}` line places it on the site (members-only ones locked, as there). */
  groupCards: Readonly<Record<string, string>>;
}

type Data = Record<string, unknown>;
const dataOf = (props: PreviewTemplateComponentProps): Data => (props.entry.get('data') as { toJS(): Data } | undefined)?.toJS() ?? {};
const text = (value: unknown, fallback = ''): string => (typeof value === 'string' && value.trim() ? value : fallback);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}/.test(value);

/** The page frame of the site, so the site's layout rules apply. */
function Frame({ children }: { children: ReactNode }) {
  return <main id="contenu">{children}</main>;
}

type AssetOf = PreviewTemplateComponentProps['getAsset'];

/**
 * Where the preview finds an image: Decap holds an image chosen but not yet
 * saved (it is written with the entry), so its address comes from Decap.
 */
function assetUrl(getAsset: AssetOf, path: string): string {
  // Decap takes a path starting with « / » for an address on the web; its own files are under the media folder.
  const file = path.startsWith(`${media.publicFolder}/`) ? `${media.folder}${path.slice(media.publicFolder.length)}` : path;
  const asset = getAsset(file) as { toString(): string } | undefined;
  return asset?.toString() || path;
}

function Rendered({ markdown, getAsset, groupCards }: { markdown: unknown; getAsset: AssetOf; groupCards?: PreviewContext['groupCards'] }) {
  const html = renderMarkdown(text(markdown), { groupCard: (id) => groupCards?.[id] }).html.replace(
    /(<img\b[^>]*\ssrc=")(\/media\/[^"]+)"/g,
    (_all, start: string, path: string) => `${start}${assetUrl(getAsset, path)}"`,
  );
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** The entry's illustration, as the site's article pages show it. */
function Illustration({ path, getAsset }: { path: unknown; getAsset: AssetOf }) {
  return typeof path === 'string' && path ? <img src={assetUrl(getAsset, path)} alt="" /> : null;
}

/** A group as typed so far, completed with the schema's defaults. */
function groupOf(data: Data): Group {
  const links = list(data['links']).flatMap((link) => {
    const { platform, url } = (link ?? {}) as { platform?: unknown; url?: unknown };
    // A link the form refuses gets no join button: the preview must not show a way in that will not be published.
    if (!platformIds.includes(platform as PlatformId) || typeof url !== 'string' || inviteUrlError(platform as PlatformId, url)) return [];
    return [{ platform: platform as PlatformId, url }];
  });
  return {
    name: text(data['name'], 'Nom du groupe'),
    category: text(data['category']),
    purpose: text(data['purpose'], 'À quoi sert ce groupe ?'),
    audience: list(data['audience']) as Group['audience'],
    audienceNote: text(data['audienceNote']) || undefined,
    importance: importanceLevels.find((level) => level === data['importance']) ?? 'si-vous-voulez',
    posting: data['posting'] === 'admins' ? 'admins' : 'everyone',
    admins: list(data['admins'])
      .map((admin) => text(admin))
      .filter(Boolean),
    access: data['access'] === 'request' || data['access'] === 'members' ? data['access'] : 'open',
    howToAsk: text(data['howToAsk']) || undefined,
    links,
    reviewed: text(data['reviewed']),
    order: 100,
    archived: data['archived'] === true,
  };
}

/** The directory card, then the group's page, as members will see them. */
export function groupPreview(context: PreviewContext) {
  return function GroupPreview(props: PreviewTemplateComponentProps) {
    const data = dataOf(props);
    const group = groupOf(data);
    const id = props.entry.get('slug') as string | undefined;
    const reviewed = isDay(group.reviewed) ? formatDay(group.reviewed, locale, { weekday: false }) : '—';
    return (
      <Frame>
        <h2 className="cms-preview__label">Dans l’annuaire</h2>
        <div className="cards cards--single">
          <GroupCard id={id ?? 'nouveau'} group={group} t={t} houseRules={context.houseRules} charterHref={context.charterHref} />
        </div>
        <h2 className="cms-preview__label">Page du groupe</h2>
        {/* No vault here: the preview shows the notice members-only groups have without one. */}
        <GroupDetails
          id={id ?? 'nouveau'}
          group={group}
          categoryName={context.categories[group.category]}
          rulesHtml={renderMarkdown(text(data['body'])).html}
          reviewedText={reviewed}
          moderationEmail={context.moderationEmail}
          houseRules={context.houseRules}
          charterHref={context.charterHref}
          t={t}
        />
      </Frame>
    );
  };
}

/** The agenda line, then the description. */
export function eventPreview(context: PreviewContext) {
  return function EventPreview(props: PreviewTemplateComponentProps) {
    const data = dataOf(props);
    const start = text(data['start']);
    const end = text(data['end']) || undefined;
    let when = '—';
    try {
      if (isDay(start)) when = formatRange(start, end, { locale, currentYear: new Date().getFullYear(), spanDays: t('date.spanDays') });
    } catch {
      // A date being typed: keep the dash until it is complete.
    }
    const typeId = text(data['type']);
    const place = (data['place'] ?? {}) as { name?: unknown };
    return (
      <Frame>
        <h2 className="cms-preview__label">Dans l’agenda</h2>
        <EventCard
          href="#"
          title={text(data['title'], 'Titre de l’événement')}
          when={when}
          typeId={typeId}
          typeLabel={context.eventTypes.find((type) => type.id === typeId)?.label ?? typeId}
          place={text(place.name) || (text(data['online']) ? t('event.online') : undefined)}
          target={typeof data['target'] === 'number' ? data['target'] : undefined}
          cancelled={data['cancelled'] === true}
          t={t}
        />
        <h2 className="cms-preview__label">Description</h2>
        {text(data['summary']) && <p className="lead">{text(data['summary'])}</p>}
        <Illustration path={data['image']} getAsset={props.getAsset} />
        <Rendered markdown={data['body']} getAsset={props.getAsset} />
      </Frame>
    );
  };
}

/** The card of the news list, then the full text. */
export function NewsPreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  const date = text(data['date']);
  const tags = list(data['tags'])
    .map((tag) => text(tag))
    .filter(Boolean);
  return (
    <Frame>
      <h2 className="cms-preview__label">Dans la liste des annonces</h2>
      <NewsCard
        href="#"
        title={text(data['title'], 'Titre de l’annonce')}
        date={date}
        dateText={isDay(date) ? formatDay(date, locale, { weekday: false }) : '—'}
        summary={text(data['summary'])}
        tags={tags}
        t={t}
      />
      <h2 className="cms-preview__label">Texte complet</h2>
      <Illustration path={data['image']} getAsset={props.getAsset} />
      <Rendered markdown={data['body']} getAsset={props.getAsset} />
    </Frame>
  );
}

/** Guide chapters, the charter, free pages and decisions: a title, a summary and the text, with the cards its `::groupe` lines place. */
export function pagePreview(context: PreviewContext) {
  return function PagePreview(props: PreviewTemplateComponentProps) {
    const data = dataOf(props);
    return (
      <Frame>
        <h1>{text(data['title'])}</h1>
        {text(data['description'] ?? data['summary']) && <p className="lead">{text(data['description'] ?? data['summary'])}</p>}
        <Rendered markdown={data['body']} getAsset={props.getAsset} groupCards={context.groupCards} />
      </Frame>
    );
  };
}

/** A section's card, then its contact, office-holders and zones, as its page shows them. */
export function SectionPreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  const place = (data['place'] ?? {}) as { name?: unknown; address?: unknown; lat?: unknown; lon?: unknown };
  const where = {
    name: text(place.name, 'Lieu'),
    address: text(place.address) || undefined,
    lat: typeof place.lat === 'number' ? place.lat : undefined,
    lon: typeof place.lon === 'number' ? place.lon : undefined,
  };
  const contact = (data['contact'] ?? {}) as { email?: unknown; form?: unknown };
  const items = (value: unknown) => list(value).map((item) => (item ?? {}) as Data);
  return (
    <Frame>
      <h2 className="cms-preview__label">Dans la liste des sections</h2>
      <SectionCard
        href="#"
        name={text(data['name'], 'Nom de la section')}
        description={text(data['description'])}
        place={where}
        mapHref={mapLink(where)}
        openingHours={list(data['openingHours'])
          .map((line) => text(line))
          .filter(Boolean)}
        t={t}
      />
      <h2 className="cms-preview__label">Sur la page de la section</h2>
      <SectionPeople
        contact={{ email: text(contact.email) || undefined, form: text(contact.form) || undefined }}
        officeHolders={items(data['officeHolders']).map((holder) => ({
          role: text(holder['role'], 'Rôle'),
          name: text(holder['name'], 'Prénom'),
          contact: text(holder['contact']) || undefined,
        }))}
        zones={items(data['zones']).map((zone, i) => ({
          id: text(zone['id'], `zone-${i + 1}`),
          name: text(zone['name'], 'Zone'),
          description: text(zone['description']),
          lead: text(zone['lead'], '—'),
          leadContact: text(zone['leadContact']) || undefined,
          groups: [],
        }))}
        t={t}
      />
    </Frame>
  );
}
