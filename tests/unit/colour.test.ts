import { describe, expect, it } from 'vitest';
import { contrast, readableOn, textOn } from '../../src/lib/colour';

/** The page backgrounds of the light and dark themes (src/styles/global.css, /theme.css). */
const LIGHT = '#fbfaf7';
const DARK = '#151714';

/** Accent colours a co-op might pick, from pale pastels to near-black. */
const accents = [
  '#2f6f4e', // the example co-op's green
  '#7fbf7f',
  '#e69f00',
  '#0072b2',
  '#ff0000',
  '#0000ff',
  '#00ffff',
  '#ffff00',
  '#ff00ff',
  '#808080',
  '#777777',
  '#abcdef',
  '#ABCDEF',
  '#f0e68c',
  '#ffc0cb',
  '#123456',
  '#1a1a2e',
  '#4b0082',
  '#ffffff',
  '#fefefe',
  '#fbfaf7',
  '#000000',
  '#010101',
  '#151714',
];

describe('contrast', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrast('#2f6f4e', LIGHT)).toBe(contrast(LIGHT, '#2f6f4e'));
  });

  it('reads upper- and lower-case hex alike', () => {
    expect(contrast('#ABCDEF', '#000000')).toBe(contrast('#abcdef', '#000000'));
  });
});

describe('readableOn', () => {
  it.each(accents)('makes %s legible (4.5:1) on the light and the dark background', (accent) => {
    const light = readableOn(accent, LIGHT);
    const dark = readableOn(accent, DARK);
    expect(light).toMatch(/^#[0-9a-f]{6}$/);
    expect(dark).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(light, LIGHT)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dark, DARK)).toBeGreaterThanOrEqual(4.5);
  });

  it('also works on pure white, pure black and a mid grey', () => {
    for (const accent of accents) {
      for (const background of ['#ffffff', '#000000', '#767676']) {
        expect(contrast(readableOn(accent, background), background), `${accent} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('keeps an accent that is already legible', () => {
    expect(readableOn('#2f6f4e', LIGHT)).toBe('#2f6f4e');
    expect(readableOn('#e69f00', DARK)).toBe('#e69f00');
  });

  it('darkens on a light background and lightens on a dark one, keeping the hue', () => {
    const light = readableOn('#7fbf7f', LIGHT);
    const dark = readableOn('#2f6f4e', DARK);
    expect(light).not.toBe('#7fbf7f');
    expect(contrast(light, '#000000')).toBeLessThan(contrast('#7fbf7f', '#000000'));
    expect(dark).not.toBe('#2f6f4e');
    expect(contrast(dark, '#ffffff')).toBeLessThan(contrast('#2f6f4e', '#ffffff'));
    // Still a green: the green channel stays the strongest.
    for (const hex of [light, dark]) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(g).toBeGreaterThan(r ?? 0);
      expect(g).toBeGreaterThan(b ?? 0);
    }
  });

  it('changes a colour no more than needed (close to the target ratio)', () => {
    const light = readableOn('#7fbf7f', LIGHT);
    expect(contrast(light, LIGHT)).toBeLessThan(5.5);
  });

  it.each(accents)('keeps %s legible on boxes tinted with 12 % of it, in both themes', (accent) => {
    /** CSS `color-mix(in srgb, accent share, background)`. */
    const tinted = (colour: string, background: string, share: number) =>
      `#${[1, 3, 5]
        .map((i) => {
          const [c, b] = [parseInt(colour.slice(i, i + 2), 16), parseInt(background.slice(i, i + 2), 16)];
          return Math.round(b + (c - b) * share)
            .toString(16)
            .padStart(2, '0');
        })
        .join('')}`;
    for (const background of [LIGHT, '#1e211d']) {
      const readable = readableOn(accent, background, 4.5, 0.12);
      expect(contrast(readable, background), `${accent} on ${background}`).toBeGreaterThanOrEqual(4.5);
      for (const share of [0.08, 0.09, 0.12]) {
        expect(contrast(readable, tinted(readable, background, share)), `${accent} on ${background} + ${share * 100} %`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // The example green on the dark card: plain readableOn is not enough inside a tinted box.
    const plain = readableOn('#2f6f4e', '#1e211d');
    expect(contrast(plain, tinted(plain, '#1e211d', 0.09))).toBeLessThan(4.5);
  });

  it('reaches a stricter ratio when asked', () => {
    expect(contrast(readableOn('#7fbf7f', LIGHT, 7), LIGHT)).toBeGreaterThanOrEqual(7);
  });
});

describe('textOn', () => {
  it('puts white on dark colours and near-black on light ones', () => {
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#2f6f4e')).toBe('#ffffff');
    expect(textOn('#ffffff')).toBe('#111111');
    expect(textOn('#ffff00')).toBe('#111111');
  });

  it.each(accents)('gives readable text on buttons of accent %s in both themes', (accent) => {
    for (const background of [readableOn(accent, LIGHT), readableOn(accent, DARK)]) {
      expect(contrast(textOn(background), background), background).toBeGreaterThanOrEqual(4.5);
    }
  });
});
