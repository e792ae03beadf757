import { describe, expect, it } from 'vitest';
import { platformIds, platforms, type PlatformId } from '../../src/data/platforms';
import fr from '../../src/i18n/fr-platforms';
import {
  checkInviteUrl,
  containsInvite,
  mayHoldInvite,
  searchable,
  inviteToken,
  detectPlatform,
  expectedShapes,
  invitePatternSource,
  inviteUrlError,
  platformHint,
  platformName,
  platformPrivacy,
  type InviteCheck,
  type PlatformStrings,
} from '../../src/lib/platforms';

/** A reason, with the platform it points at when the link belongs to another one. */
type Expected = Exclude<InviteCheck, { ok: true }>['reason'] | `other-platform:${PlatformId}`;

/** Shortens a verdict to `'ok'`, a reason, or `'other-platform:<id>'`, so that tables of cases stay readable. */
function verdict(platform: PlatformId, url: string): 'ok' | Expected {
  const check = checkInviteUrl(platform, url);
  if (check.ok) return 'ok';
  return check.reason === 'other-platform' ? `other-platform:${check.detected}` : check.reason;
}

const WHATSAPP_GROUP = 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a';
const SIGNAL_GROUP = 'https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh';

/** Real-world shapes (with made-up codes) that must pass, per platform. */
const valid: Record<PlatformId, readonly string[]> = {
  whatsapp: [
    WHATSAPP_GROUP,
    `${WHATSAPP_GROUP}?mode=ems_copy_t`,
    'https://chat.whatsapp.com/invite/Fk3bQ9xZ2LmN7pRt5VwY1a',
    'https://whatsapp.com/channel/0029VaK4tLm2Qx9ZbN7wRc1E',
    'https://www.whatsapp.com/channel/0029VaK4tLm2Qx9ZbN7wRc1E',
  ],
  signal: [SIGNAL_GROUP, 'https://signal.group/#CjQKIH-_9a8b7c6d5e4f3g2h1i0jKlMnOpQrStUvWxYz01234EhA5b6c7d8e9f0g1h2i3j4k5l6m'],
  matrix: [
    'https://matrix.to/#/#epicerie-entraide:matrix.org',
    'https://matrix.to/#/%23epicerie-entraide%3Amatrix.org',
    'https://matrix.to/#/%23epicerie-entraide:matrix.org',
    'https://matrix.to/#/#coop:chat.coop-exemple.fr:8448',
    'https://matrix.to/#/#%C3%A9picerie:matrix.org',
    'https://matrix.to/#/!QtykxKocfZaZOUrTwp:matrix.org?via=matrix.org&via=tchncs.de',
    'https://matrix.to/#/%21QtykxKocfZaZOUrTwp%3Amatrix.org',
    // Room version 12: the room ID is a hash, without a server part.
    'https://matrix.to/#/!31hneApxJ_1o-63DmFrpeqnkFfWppnzWso1JvH3ogLM?via=matrix.org',
  ],
  telegram: [
    'https://t.me/+Xk2mQ9pLr4TzW7bN',
    'https://telegram.dog/+Xk2mQ9pLr4TzW7bN',
    'https://t.me/joinchat/AAAAAFk2mQ9pLr4TzW7bNq',
    'https://telegram.me/joinchat/AAAAAFk2mQ9pLr4TzW7bNq',
    'https://t.me/addlist/Qx7pL2mZk9Rt4WbN',
    'https://t.me/epicerie_cooperative',
    'https://telegram.me/EpicerieCoop',
    'https://t.me/coop5',
    'https://t.me/abcdefghijklmnopqrstuvwxyz012345', // 32 characters, the most Telegram allows
    'https://t.me/joinchatters', // a name that only starts like a reserved path
  ],
  discord: [
    'https://discord.gg/Zk7mQp2X',
    'https://discord.gg/epicerie-coop',
    'https://discord.gg/Zk7mQp2X?event=1234567890123456789',
    'https://discord.com/invite/Zk7mQp2X',
    'https://discordapp.com/invite/Zk7mQp2X',
  ],
  mattermost: [
    'https://chat.coop-exemple.fr/signup_user_complete/?id=k3x9qm7z1pbw5ty8rn2cdh4aoe',
    'https://chat.coop-exemple.fr/signup_user_complete?id=k3x9qm7z1pbw5ty8rn2cdh4aoe',
    'https://coop-exemple.fr/mattermost/signup_user_complete/?id=k3x9qm7z1pbw5ty8rn2cdh4aoe&md=link&sbr=su',
    'https://chat.coop-exemple.fr/cooperative/channels/town-square',
    'https://community.mattermost.com/signup_user_complete/?id=f1924a8db44ff3bb41c96424cdc20676', // older 32-digit id
    'https://community.mattermost.com/core/channels/developers',
  ],
  zulip: [
    'https://coop-exemple.zulipchat.com/join/q3x7m2kz9pbw4ty6rn5cdh2a/',
    'https://coop-exemple.zulipchat.com/join/q3x7m2kz9pbw4ty6rn5cdh2a',
    'https://zulip.coop-exemple.fr/join/q3x7m2kz9pbw4ty6rn5cdh2a/',
    'https://chat.zulip.org/join/q3x7m2kz9pbw4ty6rn5cdh2a/',
    'https://coop-exemple.zulipchat.com/#narrow/stream/12-entraide',
    'https://zulip.coop-exemple.fr/#narrow/channel/12-entraide',
    'https://coop-exemple.zulipchat.com/',
  ],
  slack: [
    'https://join.slack.com/t/coop-exemple/shared_invite/zt-2k7x9qm3p-Lb4Tz8WcR1nY6vQe0hJs2A',
    'https://join.slack.com/t/coop-exemple/shared_invite/enQtNDk4MTIzNDU2Nzg5LWFiY2RlZjAxMjM0NTY3ODlhYmNk',
    'https://join.slack.com/t/coop-exemple/shared_invite/enQtNDk4MTIzNDU2Nzg5LWFiY2RlZjAxMjM0NTY3ODlhYmNk#/shared-invite/email',
    'https://join.slack.com/share/enQtNzk2MTQ4OTg2NDQ4-b3c9e1f2a7d4',
    'https://coop-exemple.slack.com/archives/C04KX9QM3PB',
    'https://coop-exemple.slack.com/',
    'https://coop-exemple.slack.com',
    'https://app.slack.com/client/T0123ABCD/C04KX9QM3PB',
  ],
  email: [
    'mailto:entraide@listes.coop-exemple.fr',
    'mailto:entraide@listes.coop-exemple.fr?subject=Inscription',
    'mailto:entraide@listes.coop-exemple.fr?subject=Inscription%20%C3%A0%20la%20liste',
    'mailto:Entraide+Coop@Listes.Coop-Exemple.FR',
  ],
  other: [
    'https://forum.coop-exemple.fr/c/entraide',
    'https://forum.coop-exemple.fr',
    'https://meet.coop-exemple.fr:8443/salle?langue=fr#accueil',
    'https://cloud.coop-exemple.fr/apps/spreed/',
    'https://xn--coopration-b7a.fr/groupes',
  ],
};

/** Look-alikes, typos and half-copied links, per platform, with the reason each must give. */
const invalid: Record<PlatformId, readonly (readonly [string, Expected])[]> = {
  whatsapp: [
    ['https://chat.whatsap.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'wrong-shape'],
    ['https://chat.whatsapp.com/', 'wrong-shape'],
    ['https://chat.whatsapp.com/Fk3bQ9x', 'wrong-shape'],
    [`${WHATSAPP_GROUP})`, 'wrong-shape'],
    [`${WHATSAPP_GROUP}/`, 'wrong-shape'],
    [`${WHATSAPP_GROUP} rejoignez-nous`, 'wrong-shape'],
    ['https://chat.whatsapp.com.evil.example/Fk3bQ9xZ2LmN7pRt5VwY1a', 'wrong-shape'],
    ['https://chat.whatsapp.com@evil.example/Fk3bQ9xZ2LmN7pRt5VwY1a', 'wrong-shape'],
    ['https://wa.me/33612345678', 'wrong-shape'], // someone's phone number, not a group
    ['https://whatsapp.com/channel/0029VaK4tLm2Qx9ZbN7wRc1E/123', 'wrong-shape'],
    ['https://Chat.WhatsApp.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'wrong-shape'],
    ['http://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'not-https'],
    ['chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'not-https'],
    [SIGNAL_GROUP, 'other-platform:signal'],
  ],
  signal: [
    ['https://signal.group/', 'wrong-shape'],
    ['https://signal.group/#', 'wrong-shape'],
    ['https://signal.group/#CjQKIPsV2m0', 'wrong-shape'],
    [SIGNAL_GROUP.replace('#', ''), 'wrong-shape'],
    [`${SIGNAL_GROUP}!`, 'wrong-shape'],
    [SIGNAL_GROUP.replace('signal.group', 'signal.grop'), 'wrong-shape'],
    ['https://signal.me/#eu/Zk7mQp2XLb4Tz8WcR1nY6vQe0hJs2AZk7mQp2XLb4Tz8Wc', 'wrong-shape'], // a person, not a group
    [SIGNAL_GROUP.replace('https:', 'http:'), 'not-https'],
    [WHATSAPP_GROUP, 'other-platform:whatsapp'],
    ['https://t.me/+Xk2mQ9pLr4TzW7bN', 'other-platform:telegram'],
  ],
  matrix: [
    ['https://matrix.to/#/@alice:matrix.org', 'wrong-shape'], // a person, not a room
    ['https://matrix.to/#/#epicerie', 'wrong-shape'],
    ['https://matrix.to/#epicerie:matrix.org', 'wrong-shape'],
    ['https://matrix.to/#/#epicerie:matrix.org/$Ev3nt1d:matrix.org', 'wrong-shape'],
    ['https://matrix.to/#/#epi cerie:matrix.org', 'wrong-shape'],
    ['https://matrix.to/#/!short:matrix.org', 'wrong-shape'],
    ['https://matrix.to/', 'wrong-shape'],
    ['https://app.element.io/#/room/#epicerie:matrix.org', 'wrong-shape'],
    ['https://matrix.too/#/#epicerie:matrix.org', 'wrong-shape'],
    ['http://matrix.to/#/#epicerie:matrix.org', 'not-https'],
    ['https://discord.gg/Zk7mQp2X', 'other-platform:discord'],
  ],
  telegram: [
    ['https://t.me/coop', 'wrong-shape'], // 4 characters
    ['https://t.me/abcdefghijklmnopqrstuvwxyz0123456', 'wrong-shape'], // 33 characters
    ['https://t.me/_coopx', 'wrong-shape'],
    ['https://t.me/1coopx', 'wrong-shape'],
    ['https://t.me/coop__x', 'wrong-shape'],
    ['https://t.me/coopx_', 'wrong-shape'],
    ['https://t.me/joinchat', 'wrong-shape'],
    ['https://t.me/joinchat/', 'wrong-shape'],
    ['https://t.me/addlist', 'wrong-shape'],
    ['https://t.me/+', 'wrong-shape'],
    ['https://t.me/+Xk2m', 'wrong-shape'],
    ['https://t.me/+33612345678901', 'wrong-shape'], // someone's phone number
    ['https://t.me/s/epicerie_cooperative', 'wrong-shape'],
    ['https://t.me/epicerie_cooperative/42', 'wrong-shape'],
    ['https://t.me.evil.example/+Xk2mQ9pLr4TzW7bN', 'wrong-shape'],
    ['https://telegram.org/', 'wrong-shape'],
    ['http://t.me/+Xk2mQ9pLr4TzW7bN', 'not-https'],
    [WHATSAPP_GROUP, 'other-platform:whatsapp'],
  ],
  discord: [
    ['https://discord.gg/', 'wrong-shape'],
    ['https://discord.gg/Z', 'wrong-shape'],
    ['https://discord.gg/Zk7mQp2X/extra', 'wrong-shape'],
    ['https://discord.gg/Zk7m Qp2X', 'wrong-shape'],
    ['https://discord.com/channels/123456789012345678/123456789012345678', 'wrong-shape'],
    ['https://disc0rd.gg/Zk7mQp2X', 'wrong-shape'],
    ['http://discord.gg/Zk7mQp2X', 'not-https'],
    ['https://t.me/epicerie_cooperative', 'other-platform:telegram'],
  ],
  mattermost: [
    ['https://chat.coop-exemple.fr/signup_user_complete/?id=k3x9qm7z', 'wrong-shape'],
    ['https://chat.coop-exemple.fr/signup_user_complete/', 'wrong-shape'],
    ['https://chat.coop-exemple.fr/', 'wrong-shape'],
    ['https://chat.coop-exemple.fr/cooperative/messages/@alice', 'wrong-shape'],
    ['https://chat.coop-exemple.fr/cooperative/channels/', 'wrong-shape'],
    ['https://mattermost.com/', 'wrong-shape'],
    ['http://chat.coop-exemple.fr/cooperative/channels/town-square', 'not-https'],
    ['https://coop-exemple.slack.com/cooperative/channels/town-square', 'other-platform:slack'],
    ['https://zulip.coop-exemple.fr/join/q3x7m2kz9pbw4ty6rn5cdh2a/', 'other-platform:zulip'],
  ],
  zulip: [
    ['https://coop-exemple.zulipchat.com/join/', 'wrong-shape'],
    ['https://coop-exemple.zulipchat.com/join/q3x7m2kz/', 'wrong-shape'],
    ['https://coop-exemple.zulipchat.com/join/Q3X7M2KZ9PBW4TY6RN5CDH2A/', 'wrong-shape'],
    ['https://coop-exemple.zulipchat.com/login/', 'wrong-shape'],
    ['https://coop-exemple.zulipchat.com/#narrow/dm/12-alice', 'wrong-shape'],
    ['https://zulip.coop-exemple.fr/', 'wrong-shape'],
    ['http://coop-exemple.zulipchat.com/join/q3x7m2kz9pbw4ty6rn5cdh2a/', 'not-https'],
    ['https://chat.coop-exemple.fr/signup_user_complete/?id=k3x9qm7z1pbw5ty8rn2cdh4aoe', 'other-platform:mattermost'],
  ],
  slack: [
    ['https://join.slack.com/t/coop-exemple/', 'wrong-shape'],
    ['https://join.slack.com/t/coop-exemple/shared_invite/', 'wrong-shape'],
    ['https://join.slack.com/t/coop-exemple/shared_invite/zt-2k7x9qm3p-Lb4Tz8 WcR1nY6vQe0hJs2A', 'wrong-shape'],
    ['https://slack.com/', 'wrong-shape'],
    ['https://www.slack.com/', 'wrong-shape'],
    ['https://coop-exemple.slak.com/', 'wrong-shape'],
    ['https://coop-exemple.slack.com.evil.example/', 'wrong-shape'],
    ['http://coop-exemple.slack.com/', 'not-https'],
    ['https://discord.gg/Zk7mQp2X', 'other-platform:discord'],
  ],
  email: [
    ['entraide@listes.coop-exemple.fr', 'not-mailto'],
    ['https://listes.coop-exemple.fr/sympa/info/entraide', 'not-mailto'],
    ['http://listes.coop-exemple.fr/sympa/info/entraide', 'not-mailto'],
    ['mailto:', 'wrong-shape'],
    ['mailto:entraide', 'wrong-shape'],
    ['mailto:entraide@listes', 'wrong-shape'],
    ['mailto:entraide@listes.coop-exemple.fr,bureau@coop-exemple.fr', 'wrong-shape'],
    ['mailto:entraide@listes.coop-exemple.fr?cc=bureau@coop-exemple.fr', 'wrong-shape'],
    ['mailto:entraide@listes.coop-exemple.fr?subject=Bonjour tout le monde', 'wrong-shape'],
    ['mailto:entraide@listes.coop-exemple.fr?subject=Bonjour&body=Salut', 'wrong-shape'],
    [WHATSAPP_GROUP, 'other-platform:whatsapp'],
  ],
  other: [
    [WHATSAPP_GROUP, 'other-platform:whatsapp'],
    ['https://chat.whatsapp.com/', 'other-platform:whatsapp'], // on WhatsApp's domain, even half-copied
    ['https://wa.me/33612345678', 'other-platform:whatsapp'],
    ['https://t.me/epicerie_cooperative', 'other-platform:telegram'],
    ['https://chat.coop-exemple.fr/signup_user_complete/?id=k3x9qm7z1pbw5ty8rn2cdh4aoe', 'other-platform:mattermost'],
    ['https://coop-exemple.zulipchat.com/', 'other-platform:zulip'],
    ['mailto:entraide@listes.coop-exemple.fr', 'other-platform:email'],
    ['http://forum.coop-exemple.fr/', 'not-https'],
    ['forum.coop-exemple.fr', 'not-https'],
    ['//forum.coop-exemple.fr', 'not-https'],
    ['HTTPS://forum.coop-exemple.fr/', 'not-https'],
    ['https://', 'wrong-shape'],
    ['https://localhost/', 'wrong-shape'],
    ['https://forum/', 'wrong-shape'],
    ['https://user:motdepasse@forum.coop-exemple.fr/', 'wrong-shape'],
    ['https://forum.coop-exemple.fr/a b', 'wrong-shape'],
    ['https://forum.coop-exemple.fr/"><script>alert(1)</script>', 'wrong-shape'],
  ],
};

const dangerous = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://forum.coop-exemple.fr/0b6a3c1e-8f2d-4e5a-9b7c-1d2e3f4a5b6c',
  'tg://join?invite=Xk2mQ9pLr4TzW7bN',
  'sgnl://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7',
  'matrix:r/epicerie:matrix.org',
  'whatsapp://chat?code=Fk3bQ9xZ2LmN7pRt5VwY1a',
];

describe('the platform table', () => {
  it('has exactly the agreed ids, in order, and platformIds mirrors it', () => {
    const ids = ['whatsapp', 'signal', 'matrix', 'telegram', 'discord', 'mattermost', 'zulip', 'slack', 'email', 'other'];
    expect(Object.keys(platforms)).toEqual(ids);
    expect(platformIds).toEqual(ids);
  });

  it.each(platformIds)('%s has a self-contained, hidden SVG icon and a hex colour', (id) => {
    const { icon, colour } = platforms[id];
    expect(icon).toMatch(/^<svg [^>]*>.*<\/svg>$/s);
    for (const attribute of ['viewBox="0 0 24 24"', 'fill="currentColor"', 'aria-hidden="true"', 'focusable="false"']) {
      expect(icon).toContain(attribute);
    }
    // Nothing that would load a file, a font or a script.
    expect(icon).not.toMatch(/href|url\(|<image|<script|<text|<style|@import/i);
    expect(colour).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it.each(platformIds)('%s: every pattern is anchored and compiles for HTML pattern attributes (u and v flags)', (id) => {
    for (const pattern of platforms[id].patterns) {
      expect(pattern.source).toMatch(/^\^.*\$$/s);
      expect(pattern.flags).toBe('');
      expect(() => new RegExp(pattern.source, 'u')).not.toThrow();
      expect(() => new RegExp(pattern.source, 'v')).not.toThrow();
    }
  });

  it.each(platformIds)('%s: every pattern has an example, and every example passes and is recognised', (id) => {
    const { patterns, examples } = platforms[id];
    expect(expectedShapes(id)).toBe(examples);
    for (const pattern of patterns) expect(examples.some((example) => pattern.test(example))).toBe(true);
    for (const example of examples) {
      expect(checkInviteUrl(id, example)).toEqual({ ok: true });
      expect(detectPlatform(example)).toBe(id === 'other' ? undefined : id);
    }
  });

  it('refuses every known platform’s example under every other platform', () => {
    for (const from of platformIds.filter((id) => id !== 'other')) {
      for (const to of platformIds.filter((id) => id !== from)) {
        for (const example of platforms[from].examples) expect(verdict(to, example)).toBe(`other-platform:${from}`);
      }
    }
  });
});

describe('checkInviteUrl', () => {
  describe.each(platformIds)('%s', (id) => {
    it.each(valid[id])('accepts %s', (url) => {
      expect(checkInviteUrl(id, url)).toEqual({ ok: true });
    });
    it.each(invalid[id])('refuses %s (%s)', (url, expected) => {
      expect(verdict(id, url)).toBe(expected);
    });
    it.each(dangerous)('refuses the dangerous link %j first', (url) => {
      expect(verdict(id, url)).toBe('dangerous-scheme');
    });
  });

  it.each(['', '   ', '\n'])('calls %j empty', (url) => {
    expect(verdict('signal', url)).toBe('empty');
  });

  it.each([` ${SIGNAL_GROUP}`, `${SIGNAL_GROUP} `, `${SIGNAL_GROUP}\n`, `\t${SIGNAL_GROUP}`])('does not trim: refuses %j for its surrounding spaces', (url) => {
    expect(verdict('signal', url)).toBe('whitespace');
  });

  it('stays fast on long hostile input (no catastrophic backtracking)', () => {
    const hostile = [
      'https://' + 'a.'.repeat(20_000) + '!',
      'https://a.fr' + '/a'.repeat(20_000) + '/channels/ x',
      'https://matrix.to/#/#' + '%3A'.repeat(20_000) + '!',
    ];
    const start = performance.now();
    for (const url of hostile) for (const id of platformIds) expect(checkInviteUrl(id, url).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('names the platform a link really belongs to, even when its shape is wrong', () => {
    expect(checkInviteUrl('signal', WHATSAPP_GROUP)).toEqual({ ok: false, reason: 'other-platform', detected: 'whatsapp' });
    expect(checkInviteUrl('signal', 'http://chat.whatsapp.com/')).toEqual({ ok: false, reason: 'other-platform', detected: 'whatsapp' });
  });
});

describe('detectPlatform', () => {
  it.each([
    [WHATSAPP_GROUP, 'whatsapp'],
    ['https://wa.me/33612345678', 'whatsapp'],
    ['https://faq.whatsapp.com/', 'whatsapp'],
    [SIGNAL_GROUP, 'signal'],
    ['https://matrix.to/#/#epicerie-entraide:matrix.org', 'matrix'],
    ['https://t.me/epicerie_cooperative', 'telegram'],
    ['https://discord.com/channels/1/2', 'discord'],
    ['https://chat.coop-exemple.fr/cooperative/channels/town-square', 'mattermost'],
    ['https://zulip.coop-exemple.fr/join/q3x7m2kz9pbw4ty6rn5cdh2a/', 'zulip'],
    ['https://coop-exemple.slack.com/', 'slack'],
    ['MAILTO:entraide@listes.coop-exemple.fr', 'email'],
    [` ${WHATSAPP_GROUP} `, 'whatsapp'],
  ])('%s is %s', (url, id) => {
    expect(detectPlatform(url)).toBe(id);
  });

  it.each([
    'https://forum.coop-exemple.fr/c/entraide',
    'https://chat.whatsapp.com.evil.example/Fk3bQ9xZ2LmN7pRt5VwY1a',
    'https://chat.whatsapp.com@evil.example/',
    'https://notwhatsapp.com/',
    'javascript:alert(1)',
    'pas un lien',
    '',
  ])('does not recognise %j', (url) => {
    expect(detectPlatform(url)).toBeUndefined();
  });
});

describe('inviteUrlError (French messages)', () => {
  it('says nothing about a good link', () => {
    expect(inviteUrlError('signal', SIGNAL_GROUP)).toBeUndefined();
  });

  it('shows the expected shape when the link is malformed', () => {
    expect(inviteUrlError('signal', 'https://signal.group/#abc')).toBe(
      'Ce lien ne ressemble pas à un lien d’invitation Signal. Forme attendue : https://signal.group/#…',
    );
    expect(inviteUrlError('whatsapp', 'https://chat.whatsap.com/Fk3bQ9xZ2LmN7pRt5VwY1a')).toBe(
      'Ce lien ne ressemble pas à un lien d’invitation WhatsApp. Forme attendue : https://chat.whatsapp.com/… (groupe) ou https://whatsapp.com/channel/… (chaîne)',
    );
  });

  it('names both platforms when the link belongs to another one', () => {
    expect(inviteUrlError('signal', WHATSAPP_GROUP)).toBe('Ce lien est un lien WhatsApp, mais la plateforme choisie est Signal.');
    expect(inviteUrlError('other', 'https://t.me/epicerie_cooperative')).toBe('Ce lien est un lien Telegram, mais la plateforme choisie est Autre.');
  });

  it('quotes a dangerous scheme', () => {
    expect(inviteUrlError('other', 'JavaScript:alert(1)')).toBe(
      'Ce lien commence par « javascript: », ce qui n’est pas autorisé : seuls les liens https:// (et mailto: pour une liste e-mail) sont acceptés.',
    );
  });

  it('explains https, mailto, empty and surrounding spaces', () => {
    expect(inviteUrlError('telegram', 'http://t.me/+Xk2mQ9pLr4TzW7bN')).toMatch(
      /^Le lien doit commencer par https:\/\/ .*Forme attendue : https:\/\/t\.me\/\+…/,
    );
    expect(inviteUrlError('email', 'entraide@listes.coop-exemple.fr')).toBe(
      'Une liste e-mail s’indique par son adresse précédée de mailto:. Forme attendue : mailto:liste@exemple.org',
    );
    expect(inviteUrlError('matrix', '')).toBe('Indiquez le lien d’invitation.');
    expect(inviteUrlError('signal', ` ${SIGNAL_GROUP}`)).toBe('Retirez les espaces ou les retours à la ligne au début ou à la fin du lien.');
  });

  it.each(platformIds)('%s: every message is a finished sentence with no placeholder left', (id) => {
    const samples = ['', ' x', 'data:,x', 'http://x.fr', 'x@y.fr', 'https://x', WHATSAPP_GROUP, 'mailto:x@y.fr'];
    for (const url of samples) {
      const message = inviteUrlError(id, url);
      if (message !== undefined) expect(message).not.toMatch(/[{}]|undefined/);
    }
  });

  it('reads its words from the dictionary it is given', () => {
    const english: PlatformStrings = {
      ...fr,
      'platform.signal.name': 'Signal (EN)',
      'platform.whatsapp.name': 'WhatsApp (EN)',
      'platform.error.other-platform': 'This is a {detected} link, but {platform} was chosen.',
    };
    expect(inviteUrlError('signal', WHATSAPP_GROUP, english)).toBe('This is a WhatsApp (EN) link, but Signal (EN) was chosen.');
    expect(platformName('signal', english)).toBe('Signal (EN)');
  });
});

describe('names, hints and privacy notes', () => {
  it('gives the names editors know', () => {
    expect(platformIds.map((id) => platformName(id))).toEqual([
      'WhatsApp',
      'Signal',
      'Matrix',
      'Telegram',
      'Discord',
      'Mattermost',
      'Zulip',
      'Slack',
      'E-mail',
      'Autre',
    ]);
  });

  it.each(platformIds)('%s has a name, a hint, a privacy note and a shape', (id) => {
    for (const text of [platformName(id), platformHint(id), platformPrivacy(id), fr[`platform.${id}.shape`]]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(platformHint(id)).toMatch(/\.$/);
    expect(platformPrivacy(id)).toMatch(/\.$/);
  });

  it('says how to join and what others see', () => {
    expect(platformHint('signal')).toContain('Installez Signal, puis touchez le lien : Signal propose de rejoindre le groupe.');
    expect(platformPrivacy('whatsapp')).toContain('numéro de téléphone');
    expect(platformPrivacy('signal')).toContain('2024');
    expect(platformPrivacy('matrix')).toContain('identifiant Matrix');
    expect(platformPrivacy('telegram')).toContain('réglage de confidentialité');
    expect(platformPrivacy('email')).toContain('adresse e-mail');
  });

  it('holds no string for an unknown platform or reason, and uses typographic apostrophes', () => {
    const reasons = ['empty', 'whitespace', 'dangerous-scheme', 'not-https', 'not-mailto', 'wrong-shape', 'other-platform'];
    const expected = new Set([
      ...platformIds.flatMap((id) => ['name', 'hint', 'privacy', 'shape'].map((field) => `platform.${id}.${field}`)),
      ...reasons.map((reason) => `platform.error.${reason}`),
    ]);
    expect(new Set(Object.keys(fr))).toEqual(expected);
    for (const text of Object.values(fr)) expect(text).not.toContain("'");
  });
});

describe('invitePatternSource', () => {
  const source = invitePatternSource();

  it('compiles as Decap CMS uses it (no flag) and as an HTML pattern attribute (v flag)', () => {
    expect(() => new RegExp(source)).not.toThrow();
    expect(() => new RegExp(source, 'v')).not.toThrow();
  });

  it('accepts every valid link of every platform', () => {
    const pattern = new RegExp(source, 'v');
    for (const id of platformIds) for (const url of valid[id]) expect(pattern.test(url), url).toBe(true);
  });

  it.each([...dangerous, 'http://forum.coop-exemple.fr/', ` ${SIGNAL_GROUP}`, 'https://forum.coop-exemple.fr/a b', 'mailto:entraide', ''])(
    'refuses %j',
    (url) => {
      expect(new RegExp(source).test(url)).toBe(false);
    },
  );
});

describe('inviteToken: the same invitation however it is written', () => {
  it.each([
    ['https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a', 'https://chat.whatsapp.com/invite/Fk3bQ9xZ2LmN7pRt5VwY1a?mode=ac_t'],
    ['https://t.me/+Xk2mQ9pLr4TzW7bN', 'https://telegram.me/joinchat/Xk2mQ9pLr4TzW7bN'],
    ['https://t.me/epicerie_cooperative', 'https://telegram.dog/Epicerie_Cooperative/'],
    ['https://discord.gg/Zk7mQp2X', 'https://discord.com/invite/Zk7mQp2X'],
    ['https://matrix.to/#/#entraide:matrix.org', 'https://matrix.to/#/%23Entraide%3Amatrix.org?via=matrix.org'],
    ['mailto:entraide@listes.coop-exemple.fr', 'mailto:Entraide@listes.coop-exemple.fr?subject=Bonjour'],
    ['https://forum.coop-exemple.fr/c/entraide', 'https://Forum.coop-exemple.fr/c/entraide/'],
  ])('%s ~ %s', (a, b) => {
    expect(inviteToken(b)).toEqual(inviteToken(a));
    expect(containsInvite(`Rejoignez ${b} !`, inviteToken(a))).toBe(true);
  });

  it('tells apart two invitations that differ only in their code', () => {
    const a = inviteToken('https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fh');
    expect(containsInvite('https://signal.group/#CjQKIPsV2m0ZkqL7c8Yd3Jt9Hq1Xw4eRu6NbA5sGfT0iEhBzK2pLm8Qr4Tv7Xy1Za3Cd6Fx', a)).toBe(false);
  });

  it('does not take an ordinary word of a link for its code', () => {
    const channel = inviteToken('https://chat.coop-exemple.fr/cooperative/channels/town-square');
    expect(containsInvite('Notre coopérative, une cooperative de quartier', channel)).toBe(false);
    expect(containsInvite('https://chat.coop-exemple.fr/cooperative/channels/town-square', channel)).toBe(true);
  });

  it('tests for many invitations at once, never missing one containsInvite finds (mayHoldInvite)', () => {
    const urls = [
      'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a',
      'https://matrix.to/#/#entraide:matrix.org',
      'mailto:entraide+bureau@listes.coop-exemple.fr',
      'https://forum.coop-exemple.fr/c/entraide',
    ];
    const tokens = urls.map(inviteToken);
    const mayHold = mayHoldInvite(tokens);
    const texts = [
      'Rejoignez https://chat.whatsapp.com/invite/Fk3bQ9xZ2LmN7pRt5VwY1a?mode=ac_t !',
      'https://matrix.to/#/%23Entraide%3Amatrix.org?via=matrix.org',
      'Écrivez à Entraide+Bureau@listes.coop-exemple.fr',
      'https://Forum.coop-exemple.fr/c/entraide/',
      'Notre coopérative, une cooperative de quartier',
      // A dot of the address is a dot, not any character.
      'listesXcoop-exemple.fr',
      'le code fk3bq9xz2lmn7prt5vwy1a, en minuscules, n’est pas le même',
    ];
    for (const text of texts) {
      const found = tokens.some((token) => containsInvite(text, token));
      if (found) expect(mayHold(searchable(text)), text).toBe(true);
    }
    expect(texts.slice(0, 4).every((text) => mayHold(searchable(text)))).toBe(true);
    expect(mayHold(searchable(texts[5] ?? ''))).toBe(false);
    expect(mayHold(searchable(texts[6] ?? ''))).toBe(false);
    expect(mayHoldInvite([])(searchable('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a'))).toBe(false);
  });

  it('finds a code written without its link, or percent-encoded in another address', () => {
    const token = inviteToken('https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a');
    expect(containsInvite('le code Fk3bQ9xZ2LmN7pRt5VwY1a', token)).toBe(true);
    expect(containsInvite('https://example.org/?u=https%3A%2F%2Fchat.whatsapp.com%2FFk3bQ9xZ2LmN7pRt5VwY1a', token)).toBe(true);
  });
});
