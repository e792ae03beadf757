/**
 * The formatting families of a message pasted into a chat app: one row per
 * family, from which the share blocks, the formatter and its tests are derived.
 * Each family's limit is the strictest of its apps, so a message that fits is
 * delivered whole, as one message, by every app of the family.
 */

export const messageFamilies = ['whatsapp', 'markdown', 'plain'] as const;
export type MessageFamily = (typeof messageFamilies)[number];

export interface FamilyInfo {
  /** The most a message may hold. */
  readonly limit: number;
  /** What the limit counts: UTF-8 bytes, or UTF-16 code units (JavaScript's `length`, what Telegram counts). */
  readonly unit: 'utf8' | 'utf16';
  /** Which markup the family's apps read in a pasted text. */
  readonly markup: 'asterisks' | 'markdown' | 'none';
}

export const familyInfo: Readonly<Record<MessageFamily, FamilyInfo>> = {
  // WhatsApp takes 65,536 characters, but Signal sends a body over 2,048 UTF-8 bytes as an attached
  // « long text » that members must open (MAX_INLINE_BODY_SIZE_BYTES in Signal-Android, LONG_ATTACHMENT_LIMIT in Signal-Desktop).
  // Both read *bold*, _italic_ and ~strike~ and link bare addresses.
  whatsapp: { limit: 2048, unit: 'utf8', markup: 'asterisks' },
  // Telegram cuts a message at 4,096 characters (a Matrix event holds 65,536 bytes). Both read **bold**:
  // Telegram's clients parse doubled markers, Element parses CommonMark.
  markdown: { limit: 4096, unit: 'utf16', markup: 'markdown' },
  // E-mail has no limit; SMS gateways and carriers stop at 1,600 characters (ten parts).
  plain: { limit: 1600, unit: 'utf16', markup: 'none' },
};

/**
 * The platforms whose invite link a family's message prefers when a group has
 * several (a WhatsApp message points to the group's WhatsApp link first).
 */
export const familyPlatforms: Readonly<Record<MessageFamily, readonly string[]>> = {
  whatsapp: ['whatsapp', 'signal'],
  markdown: ['telegram', 'matrix'],
  plain: [],
};
