import { describe, expect, it } from 'vitest';
import { familyInfo, messageFamilies } from '../../src/data/share';
import { fitMessage, link, linkHref, messageLength, neutralise, paragraphsOf, renderMessage, text, words, type ChatMessage } from '../../src/lib/chat-text';

describe('words: addresses in free text become links', () => {
  it('finds web and e-mail addresses, leaving the sentence’s punctuation outside', () => {
    expect(words('Écrivez à accueil@coop.example.org.')).toEqual([text('Écrivez à '), link('accueil@coop.example.org'), text('.')]);
    expect(words('Le formulaire (https://f.example.org/a_b?x=1) ou https://f.example.org/c, merci')).toEqual([
      text('Le formulaire ('),
      link('https://f.example.org/a_b?x=1'),
      text(') ou '),
      link('https://f.example.org/c'),
      text(', merci'),
    ]);
  });

  it('keeps a parenthesis that belongs to the address, and the fragments of chat links', () => {
    expect(words('voir https://fr.wikipedia.org/wiki/Coop_(magasin) !')).toEqual([
      text('voir '),
      link('https://fr.wikipedia.org/wiki/Coop_(magasin)'),
      text(' !'),
    ]);
    expect(words('https://matrix.to/#/#cagette:matrix.example.org')).toEqual([link('https://matrix.to/#/#cagette:matrix.example.org')]);
  });

  it('leaves text without addresses alone, in its style', () => {
    expect(words('Samedi, 10 h', { bold: true })).toEqual([text('Samedi, 10 h', { bold: true })]);
    expect(words('https://localhost')).toEqual([text('https://localhost')]);
  });
});

describe('neutralise: the volunteers’ words are never markup', () => {
  const awkward = 'Réunion *spéciale* : _budget_, ~brouillon~ et `tableur`';

  it('turns the markup characters of WhatsApp and Signal into look-alikes no app reads', () => {
    expect(neutralise(awkward, 'whatsapp')).toBe('Réunion ∗spéciale∗ : ＿budget＿, ∼brouillon∼ et ˋtableurˋ');
  });

  it('does the same for Telegram and Matrix, plus what Markdown reads: spoilers, escapes, HTML, links', () => {
    expect(neutralise(awkward, 'markdown')).toBe('Réunion ∗spéciale∗ : ＿budget＿, ∼brouillon∼ et ˋtableurˋ');
    expect(neutralise('||caché|| a\\*b <b>oui</b> [non](https://x.example)', 'markdown')).toBe('∣∣caché∣∣ a⧵∗b ‹b>oui‹/b> [non] (https://x.example)');
    // A lone « < » of a comparison stays as typed.
    expect(neutralise('moins de 5 < 10', 'markdown')).toBe('moins de 5 < 10');
  });

  it('keeps plain text exactly as written', () => {
    expect(neutralise(awkward, 'plain')).toBe(awkward);
  });

  it('leaves no markup character in any family that reads markup', () => {
    for (const family of messageFamilies.filter((f) => familyInfo[f].markup !== 'none')) {
      expect(neutralise('*_~`', family), family).not.toMatch(/[*_~`]/);
    }
  });
});

describe('renderMessage', () => {
  const message: ChatMessage = [
    [text('📣 '), text('Réunion *spéciale*', { bold: true })],
    [text('Note ', { italic: true }), text('Formulaire : '), link('https://f.example.org/nuit_du_25')],
    [],
    [text('# pas un titre')],
    [text('> pas une citation')],
  ];

  it('writes each family’s bold and italics, with the words neutralised and the addresses untouched', () => {
    expect(renderMessage(message, 'whatsapp')).toBe(
      '📣 *Réunion ∗spéciale∗*\n_Note_ Formulaire : https://f.example.org/nuit_du_25\n\n＃ pas un titre\n＞ pas une citation',
    );
    // Telegram reads __x__ as italics where CommonMark reads bold: no italics in this family.
    expect(renderMessage(message, 'markdown')).toBe(
      '📣 **Réunion ∗spéciale∗**\nNote Formulaire : https://f.example.org/nuit_du_25\n\n＃ pas un titre\n＞ pas une citation',
    );
    expect(renderMessage(message, 'plain')).toBe(
      '📣 Réunion *spéciale*\nNote Formulaire : https://f.example.org/nuit_du_25\n\n# pas un titre\n> pas une citation',
    );
  });

  it('keeps spaces outside the markers, where WhatsApp needs them, and never writes empty markers', () => {
    expect(renderMessage([[text('Le '), text(' samedi ', { bold: true }), text('matin'), text('  ', { bold: true })]], 'whatsapp')).toBe('Le  *samedi* matin');
    expect(renderMessage([[text('tout', { bold: true, italic: true })]], 'whatsapp')).toBe('*_tout_*');
  });

  it('keeps at most one empty line between paragraphs and none at the ends', () => {
    expect(renderMessage([[], [text('a')], [], [], [text('b')], []], 'plain')).toBe('a\n\nb');
  });
});

describe('lengths and limits', () => {
  it('counts UTF-8 bytes for WhatsApp and Signal, characters for the others', () => {
    expect(messageLength('Été 🌞', 'whatsapp')).toBe(10);
    expect(messageLength('Été 🌞', 'markdown')).toBe(6);
    expect(messageLength('Été 🌞', 'plain')).toBe(6);
  });

  it('takes the fullest candidate that fits, else cuts the last one at a whole line and ends with the given line', () => {
    const long = (n: number): ChatMessage => Array.from({ length: n }, (_, i) => [text(`ligne ${i} ${'é'.repeat(100)}`)]);
    const fitted = fitMessage([long(30), long(5)], 'whatsapp', [link('https://coop.example.org/')]);
    expect(fitted.lines).toHaveLength(5);
    const cut = fitMessage([long(30)], 'whatsapp', [link('https://coop.example.org/')]);
    expect(messageLength(cut.text, 'whatsapp')).toBeLessThanOrEqual(familyInfo.whatsapp.limit);
    expect(cut.text.endsWith('\nhttps://coop.example.org/')).toBe(true);
    expect(
      cut.text
        .split('\n')
        .slice(0, -1)
        .every((line) => line.startsWith('ligne ')),
    ).toBe(true);
  });
});

describe('the preview’s helpers', () => {
  it('splits lines into paragraphs at empty lines', () => {
    expect(paragraphsOf([[], [text('a')], [], [text('b')], [text('c')], []])).toEqual([[[text('a')]], [[text('b')], [text('c')]]]);
  });

  it('opens e-mail addresses in the mail app', () => {
    expect(linkHref('accueil@coop.example.org')).toBe('mailto:accueil@coop.example.org');
    expect(linkHref('https://coop.example.org/')).toBe('https://coop.example.org/');
  });
});
