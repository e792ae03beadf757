import { describe, expect, it } from 'vitest';
import { buildVault, deriveKey, fromBase64Url, importKey, keyId, normalisePassphrase, open, openVault, saltFor, seal, toBase64Url } from '../../src/lib/crypto';

// Fewer iterations keep the suite quick; the production count is checked separately.
const fast = 1_000;
// A page's vault holds each members-only group's join block, as the build drew it.
const groups = { volants: '<div class="join-links"><a class="button" href="https://signal.group/#CjQKIBmVq3mN0pZk2o8yR7v1x4Lq">Signal</a></div>' };

describe('members-only links', () => {
  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    const { vault } = await buildVault({ passphrase: 'tilleuls en fleurs', siteUrl: 'https://a.example/', groups: {} });
    expect(vault.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('round-trips with the right passphrase, typed loosely', async () => {
    const { vault, key } = await buildVault({ passphrase: 'Tilleuls en fleurs', siteUrl: 'https://a.example/', groups, iterations: fast });
    const typed = await deriveKey('  tilleuls   EN fleurs ', fromBase64Url(vault.salt), vault.iterations);
    expect(await keyId(typed)).toBe(vault.keyId);
    expect(await openVault(typed, vault)).toEqual(groups);
    expect(await openVault(await importKey(key), vault)).toEqual(groups);
  });

  it('refuses a wrong passphrase', async () => {
    const { vault } = await buildVault({ passphrase: 'tilleuls en fleurs', siteUrl: 'https://a.example/', groups, iterations: fast });
    const wrong = await deriveKey('tilleuls en fruits', fromBase64Url(vault.salt), vault.iterations);
    expect(await keyId(wrong)).not.toBe(vault.keyId);
    await expect(openVault(wrong, vault)).rejects.toThrow();
  });

  it('keeps the key across rebuilds, changes it with the passphrase', async () => {
    const a = await buildVault({ passphrase: 'un', siteUrl: 'https://a.example/', groups, iterations: fast });
    const b = await buildVault({ passphrase: 'un', siteUrl: 'https://a.example/', groups, iterations: fast });
    const c = await buildVault({ passphrase: 'deux', siteUrl: 'https://a.example/', groups, iterations: fast });
    expect(b.key).toBe(a.key);
    expect(b.vault.sealed.iv).not.toBe(a.vault.sealed.iv);
    expect(c.key).not.toBe(a.key);
  });

  it('gives each site its own salt', async () => {
    expect(toBase64Url(await saltFor('https://a.example/'))).not.toBe(toBase64Url(await saltFor('https://b.example/')));
  });

  it('never carries the link in clear', async () => {
    const { vault } = await buildVault({ passphrase: 'un', siteUrl: 'https://a.example/', groups, iterations: fast });
    const text = JSON.stringify(vault);
    expect(text).not.toContain('signal.group');
    expect(text).not.toContain('CjQKIBmVq3mN0pZk2o8yR7v1x4Lq');
  });

  it('compresses what it seals: the house rules repeated in every block cost little', async () => {
    const block = `<div class="house-rules"><ol>${'<li>Un seul groupe, un seul message, avec tout dedans.</li>'.repeat(3)}</ol></div>`;
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`equipe-${i}`, block]));
    const { vault } = await buildVault({ passphrase: 'un', siteUrl: 'https://a.example/', groups: many, iterations: fast });
    expect(vault.sealed.data.length).toBeLessThan(JSON.stringify(many).length / 4);
  });

  it('detects tampering', async () => {
    const key = await deriveKey('un', await saltFor('https://a.example/'), fast);
    const sealed = await seal(key, 'secret');
    const bytes = fromBase64Url(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(open(key, { iv: sealed.iv, data: toBase64Url(bytes) })).rejects.toThrow();
  });

  it('normalises case, spaces and Unicode forms', () => {
    expect(normalisePassphrase('Été à la Cagette'.normalize('NFD'))).toBe(normalisePassphrase('été à la cagette'.normalize('NFC')));
    expect(normalisePassphrase(' A  b ')).toBe('a b');
  });
});
