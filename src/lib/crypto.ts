/**
 * Members-only invite links, encrypted at build time and decrypted in the
 * browser with the Web Crypto API only (Node 24 and every current browser
 * have it), so the same code runs on both sides.
 *
 * Key: PBKDF2-SHA-256 (600,000 iterations) over the passphrase, giving an
 * AES-GCM 256-bit key; each link has its own random 96-bit IV. The salt is
 * derived from the site's address (see `saltFor`) rather than drawn at random
 * per build: a new salt would change the key at every rebuild, and with it
 * every phone's saved key and every printed poster. Changing the passphrase is
 * what changes the key.
 */

export const ITERATIONS = 600_000;
const encoder = new TextEncoder();

/** Base64url without padding, so keys fit in a URL fragment. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Members type the passphrase on a phone: case, accents' encoding and extra
 * spaces must not matter.
 * @example normalisePassphrase('  Tilleuls   EN fleurs ') → 'tilleuls en fleurs'
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

/**
 * The PBKDF2 salt, public: 16 bytes of SHA-256 over the site's address. Unique
 * per site, so no table computed against one co-op serves another, and stable
 * across builds.
 */
export async function saltFor(siteUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`babillard-members-v1|${siteUrl}`));
  return new Uint8Array(digest).slice(0, 16);
}

/** The AES-GCM key derived from a passphrase (extractable: members keep it in local storage). */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations = ITERATIONS): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(normalisePassphrase(passphrase)), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importKey(text: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64Url(text), { name: 'AES-GCM' }, true, ['encrypt', 'decrypt']);
}

/** A short public fingerprint of a key, to tell "old key" from "wrong key" without trying to decrypt. */
export async function keyId(key: CryptoKey): Promise<string> {
  const raw = await crypto.subtle.exportKey('raw', key);
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', raw)).slice(0, 8));
}

export interface Sealed {
  iv: string;
  data: string;
}

/** Encrypts a text with a fresh random IV. */
export async function seal(key: CryptoKey, text: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(text));
  return { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
}

/** Decrypts, or throws if the key is wrong or the data was altered (GCM authenticates). */
export async function open(key: CryptoKey, sealed: Sealed): Promise<string> {
  const text = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(sealed.iv) }, key, fromBase64Url(sealed.data));
  return new TextDecoder().decode(text);
}

/**
 * Bytes squeezed before sealing: a page's members-only blocks repeat the house
 * rules and the platform notes, and sealed bytes no longer compress in transit.
 * (Sealing what the build wrote, never what a visitor typed: nothing to learn from the length.)
 */
async function squeeze(bytes: Uint8Array<ArrayBuffer>, direction: 'in' | 'out'): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(direction === 'in' ? new CompressionStream('deflate-raw') : new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** What a page carries: everything needed to unlock, nothing readable without the key. */
export interface Vault {
  version: 2;
  salt: string;
  iterations: number;
  keyId: string;
  /** The page's members-only blocks, `{ [group id]: html }`, as compressed JSON, sealed. */
  sealed: Sealed;
}

/** The key of a site and passphrase, with what a page needs to check a typed passphrase against it. */
export interface VaultKey {
  key: CryptoKey;
  salt: string;
  iterations: number;
  keyId: string;
  /** The key as text, for the shop poster's `#cle=…`. */
  exported: string;
}

/** Derives the members' key once per build (PBKDF2 is slow on purpose). */
export async function vaultKey({
  passphrase,
  siteUrl,
  iterations = ITERATIONS,
}: {
  passphrase: string;
  siteUrl: string;
  iterations?: number;
}): Promise<VaultKey> {
  const salt = await saltFor(siteUrl);
  const key = await deriveKey(passphrase, salt, iterations);
  return { key, salt: toBase64Url(salt), iterations, keyId: await keyId(key), exported: await exportKey(key) };
}

/** Seals one page's members-only blocks. */
export async function sealVault(master: VaultKey, blocks: Record<string, string>): Promise<Vault> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = await squeeze(encoder.encode(JSON.stringify(blocks)), 'in');
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, master.key, plain);
  const sealed = { iv: toBase64Url(iv), data: toBase64Url(new Uint8Array(data)) };
  return { version: 2, salt: master.salt, iterations: master.iterations, keyId: master.keyId, sealed };
}

/** The blocks of a vault, or throws if the key is wrong or the data was altered (GCM authenticates). */
export async function openVault(key: CryptoKey, vault: Vault): Promise<Record<string, string>> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64Url(vault.sealed.iv) }, key, fromBase64Url(vault.sealed.data));
  return JSON.parse(new TextDecoder().decode(await squeeze(new Uint8Array(plain), 'out'))) as Record<string, string>;
}

/**
 * Derives the key and seals blocks in one go (tests, and a build with one page).
 * @example await buildVault({ passphrase: 'tilleuls', siteUrl: 'https://x/', groups: { volants: '<div class="join-links">…</div>' } })
 *   → { vault: { version: 2, salt, iterations: 600000, keyId, sealed: { iv, data } }, key: 'base64url…' }
 */
export async function buildVault({
  passphrase,
  siteUrl,
  groups,
  iterations = ITERATIONS,
}: {
  passphrase: string;
  siteUrl: string;
  groups: Record<string, string>;
  iterations?: number;
}): Promise<{ vault: Vault; key: string }> {
  const master = await vaultKey({ passphrase, siteUrl, iterations });
  return { vault: await sealVault(master, groups), key: master.exported };
}
