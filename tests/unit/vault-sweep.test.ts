import { describe, expect, it } from 'vitest';
import { findLeaks, formatLeaks } from '../../src/lib/vault-sweep';

const links = [
  { group: 'bureau', name: 'Cagette – Bureau', url: 'https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a' },
  { group: 'salon', name: 'Cagette – Salon', url: 'https://matrix.to/#/#salon-prive:matrix.org' },
];

describe('findLeaks', () => {
  it('finds a members-only link in clear, percent-encoded or in another spelling', () => {
    const files = [
      { path: 'index.html', text: '<a href="https://chat.whatsapp.com/Fk3bQ9xZ2LmN7pRt5VwY1a">' },
      { path: 'agenda.ics', text: 'URL:https%3A%2F%2Fchat.whatsapp.com%2FFk3bQ9xZ2LmN7pRt5VwY1a' },
      { path: 'pagefind/fragment/a.pf_fragment', text: '{"content":"rejoindre matrix.to/#/%23Salon-Prive%3Amatrix.org"}' },
      { path: 'groupes/index.html', text: '<script type="application/json">{"iv":"…","data":"AbCd"}</script>' },
    ];
    expect(findLeaks(files, links)).toEqual([
      { path: 'index.html', group: 'bureau', name: 'Cagette – Bureau' },
      { path: 'agenda.ics', group: 'bureau', name: 'Cagette – Bureau' },
      { path: 'pagefind/fragment/a.pf_fragment', group: 'salon', name: 'Cagette – Salon' },
    ]);
  });

  it('says which file and which group, never the link itself', () => {
    const report = formatLeaks([{ path: 'index.html', group: 'bureau', name: 'Cagette – Bureau' }], 'dist');
    expect(report).toContain('✖ dist/index.html : lien du groupe « Cagette – Bureau » (content/groups/bureau.md)');
    expect(report).toContain('a été effacé');
    expect(report).not.toContain('Fk3bQ9xZ2LmN7pRt5VwY1a');
  });
});
