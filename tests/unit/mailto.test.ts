import { describe, expect, it } from 'vitest';
import { mailtoHref } from '../../src/lib/mailto';

describe('mailtoHref', () => {
  it('encodes the subject and body, so they cannot add recipients or headers', () => {
    const href = mailtoHref('moderation@coop.example', { subject: 'Signaler « Équipe & co » ?cc=x@y.z', body: 'Ligne 1\nLigne 2' });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('moderation@coop.example');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('subject')).toBe('Signaler « Équipe & co » ?cc=x@y.z');
    expect(url.searchParams.get('body')).toBe('Ligne 1\r\nLigne 2');
  });

  it('is a bare address without fields', () => {
    expect(mailtoHref('contact@coop.example')).toBe('mailto:contact@coop.example');
  });
});
