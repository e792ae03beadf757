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
});
