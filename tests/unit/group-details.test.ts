import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GroupDetails, type GroupDetailsProps } from '../../src/components/groups/GroupDetails';
import fr from '../../src/i18n/fr';
import type { Vault } from '../../src/lib/crypto';
import { createTranslator } from '../../src/lib/i18n';
import { qrSvg } from '../../src/lib/qr';
import type { Group } from '../../src/schemas/group';

/**
 * The group page body, as both the site and the CMS preview render it: what
 * a visitor needs to join is there, and members-only links never are.
 */

const t = createTranslator(fr);
const signal = 'https://signal.group/#CjQKI80dT_gef3RQ3vjpAY_fWiCex3v73ZCcSyQxcfOrn';
const matrix = 'https://matrix.to/#/#cagette-magasin:matrix.example.org';
const secret = 'https://chat.whatsapp.com/SecretLundiMatin0000';

const base: Group = {
  name: 'Cagette – Magasin',
  category: 'magasin',
  purpose: 'Ce qui manque en rayon, ce qui arrive.',
  audience: ['tous'],
  importance: 'si-vous-voulez',
  posting: 'everyone',
  admins: ['Rosalie', 'Basile'],
  access: 'open',
  links: [
    { platform: 'signal', url: signal },
    { platform: 'matrix', url: matrix },
  ],
  reviewed: '2026-10-01',
  order: 1,
  archived: false,
};

/** A stand-in for the build's sealed links: its content is opaque to the page. */
const vault: Vault = { version: 2, salt: 'c2Vs', iterations: 600_000, keyId: 'aWQ', sealed: { iv: 'aXY', data: 'ZGF0YQ' } };

const render = (group: Group, extra: Partial<GroupDetailsProps> = {}) =>
  renderToStaticMarkup(
    createElement(GroupDetails, {
      id: 'lundi',
      group,
      t,
      categoryName: 'Le magasin',
      rulesHtml: '<p>Une photo du rayon vaut mieux qu’un long message.</p>',
      reviewedText: '1er octobre 2026',
      moderationEmail: 'moderation@cagette.example.org',
      houseRules: ['Un seul message, avec tout dedans.', 'Répondez en privé.'],
      charterHref: '/charte/',
      ...extra,
    }),
  );

/** The attributes of the first element matching an opening-tag pattern. */
const tag = (html: string, start: string) => html.match(new RegExp(`<${start}[^>]*>`))?.[0] ?? '';

describe('GroupDetails, open group', () => {
  const html = render(base);

  it('gives each link a big join button, its copy field and its QR code', () => {
    expect(html).toContain(`<a class="button button--big" href="${signal}" rel="noopener noreferrer">Rejoindre sur Signal</a>`);
    expect(html).toContain(`<a class="button button--big" href="${matrix}" rel="noopener noreferrer">Rejoindre sur Matrix</a>`);
    expect(tag(html, 'copy-link')).toContain('data-label="Copier le lien"');
    expect(html).toContain(`value="${matrix}"`);
    for (const [url, name] of [
      [signal, 'Signal'],
      [matrix, 'Matrix'],
    ] as const) {
      expect(html).toContain(`<figure class="qr join-option__qr">${qrSvg(url, { label: t('join.qr', { platform: name }) })}<figcaption>`);
    }
  });

  it('shows the house rules and the charter before the links', () => {
    const rules = html.indexOf('Un seul message, avec tout dedans.');
    expect(rules).toBeGreaterThan(-1);
    expect(html).toContain('<li>Répondez en privé.</li>');
    expect(html).toContain('<a href="/charte/">');
    expect(rules).toBeLessThan(html.indexOf(signal));
  });

  it('keeps the join box, the breadcrumb and the report links out of the search index', () => {
    expect(tag(html, 'section aria-labelledby="rejoindre"')).toContain('data-pagefind-ignore="all"');
    expect(tag(html, 'p class="breadcrumb"')).toContain('data-pagefind-ignore');
    expect(html).toMatch(
      /<p class="small" data-pagefind-ignore="">[^<]*<a href="mailto:moderation@cagette\.example\.org\?subject=Signalement%20%3A%20Cagette%20%E2%80%93%20Magasin">/,
    );
  });

  it('shows the rules, the facts and the poster link', () => {
    expect(html).toContain('<p>Une photo du rayon vaut mieux qu’un long message.</p>');
    expect(html).toContain('<a href="/groupes/#magasin">Le magasin</a>');
    expect(html).toContain('<dd>Rosalie, Basile</dd>');
    expect(html).toContain('<time dateTime="2026-10-01">1er octobre 2026</time>');
    expect(html).toContain('<a href="/affiches/lundi/">');
    expect(html).not.toContain('members-unlock');
  });
});

describe('GroupDetails, group on request', () => {
  const html = render({ ...base, access: 'request', howToAsk: 'Écrivez à Rosalie à l’accueil.' });

  it('says whom to ask and prints none of its links', () => {
    expect(html).toContain('<p>Écrivez à Rosalie à l’accueil.</p>');
    expect(html).not.toContain(signal);
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('house-rules');
  });

  it('falls back on the dictionary when the group says nothing', () => {
    expect(render({ ...base, access: 'request' })).toContain(t('group.requestDefault'));
  });

  it('asks in one tap: a message to the address its howToAsk names, else to moderation, subject and body filled in', () => {
    const href = (group: Group) => /<a class="button button--big" href="([^"]+)"/.exec(render(group))?.[1]?.replace(/&amp;/g, '&') ?? '';
    const named = new URL(href({ ...base, access: 'request', howToAsk: 'Écrivez à accueil@cagette.example.org.' }));
    expect(`${named.protocol}${decodeURIComponent(named.pathname)}`).toBe('mailto:accueil@cagette.example.org');
    expect(named.searchParams.get('subject')).toBe('Demande pour rejoindre « Cagette – Magasin »');
    expect(named.searchParams.get('body')).toContain('Je voudrais rejoindre le groupe « Cagette – Magasin »');
    expect(href({ ...base, access: 'request' })).toMatch(/^mailto:moderation@cagette\.example\.org\?subject=/);
    expect(href({ ...base, access: 'request', howToAsk: 'Remplissez https://forms.example.org/rejoindre.' })).toBe('https://forms.example.org/rejoindre');
  });
});

describe('GroupDetails, members-only group', () => {
  const members: Group = { ...base, access: 'members', links: [{ platform: 'whatsapp', url: secret }] };

  it('with the sealed vault: the slot for the links and the unlock form, never the link in clear', () => {
    const html = render(members, { vault });
    expect(tag(html, 'members-links')).toContain('data-group="lundi"');
    expect(html).toContain(`<script id="babillard-vault" type="application/json">${JSON.stringify(vault)}</script>`);
    expect(html).toContain('<h3 class="members-unlock__title">Liens réservés aux membres</h3>');
    expect(html).toContain('<input id="members-passphrase"');
    expect(html).not.toContain(secret);
    expect(html).not.toContain('SecretLundiMatin');
  });

  it('without a vault (no passphrase, or the CMS preview): the notice saying whom to ask', () => {
    const html = render(members);
    expect(html).toContain(`<p class="join-elsewhere join-elsewhere--members" data-group="lundi">${t('group.membersOnly')}</p>`);
    expect(html).not.toContain('members-unlock');
    expect(html).not.toContain(secret);
  });

  it('no vault value can close its script element', () => {
    const hostile: Vault = { ...vault, keyId: '</script><script>alert(1)</script>' };
    const html = render(members, { vault: hostile });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(/<script id="babillard-vault" type="application\/json">(.*?)<\/script>/.exec(html)?.[1] ?? '')).toEqual(hostile);
  });
});
