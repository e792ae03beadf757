/**
 * `mailto:` links built from their parts, each part encoded, so that no
 * address, subject or body can add recipients or headers to the message.
 */

/**
 * @example mailtoHref('moderation@coop.example', { subject: 'Signaler : « Équipe & co »' })
 *   → 'mailto:moderation@coop.example?subject=Signaler%20%3A%20%C2%AB%20%C3%89quipe%20%26%20co%20%C2%BB'
 */
export function mailtoHref(address: string, fields: { subject?: string | undefined; body?: string | undefined } = {}): string {
  const [local = '', domain = ''] = address.trim().split(/@(?=[^@]*$)/);
  const to = `${encodeURIComponent(local)}@${encodeURIComponent(domain)}`;
  const query = (['subject', 'body'] as const)
    .flatMap((key) => (fields[key] ? [`${key}=${encodeURIComponent(fields[key].replace(/\r?\n/g, '\r\n'))}`] : []))
    .join('&');
  return `mailto:${to}${query ? `?${query}` : ''}`;
}
