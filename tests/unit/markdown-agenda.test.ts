import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/lib/markdown';

describe('markdownToText', () => {
  it('keeps words, paragraphs, list items and link addresses; drops markup and raw HTML', () => {
    expect(
      markdownToText(
        'Venez **tôt** <b>svp</b>.\n\n## Apporter\n\n- café\n- [formulaire](https://f.example.org/)\n\n<script>x</script>\n\nÉcrire à [nous](mailto:a@b.org).',
      ),
    ).toBe('Venez tôt svp.\n\nApporter\n\n– café\n– formulaire (https://f.example.org/)\n\nÉcrire à nous (a@b.org).');
  });

  it('does not repeat an address that is its own link text', () => {
    expect(markdownToText('<https://f.example.org/>')).toBe('https://f.example.org/');
  });

  it('writes links to the site’s own pages as full addresses when asked, for texts read away from the site', () => {
    const resolve = (url: string) => new URL(url, 'https://coop.example.org/annonces/compost/').href;
    expect(markdownToText('Voir [le guide](/guide/), [plus bas](#horaires), [la page](/groupes/) et [ailleurs](https://f.example.org/).', { resolve })).toBe(
      'Voir le guide (https://coop.example.org/guide/), plus bas (https://coop.example.org/annonces/compost/#horaires), la page (https://coop.example.org/groupes/) et ailleurs (https://f.example.org/).',
    );
    expect(markdownToText('[/guide/](/guide/) et [a@b.org](mailto:a@b.org)', { resolve })).toBe('https://coop.example.org/guide/ et a@b.org');
    // Without it, the feeds' text is as before.
    expect(markdownToText('Voir [le guide](/guide/).')).toBe('Voir le guide (/guide/).');
  });
});
