import { describe, expect, it } from 'vitest';
import {
  decodeSheet,
  detectSeparator,
  foldTitle,
  idFromName,
  joinList,
  parseSheet,
  sheetBoolean,
  sheetDate,
  sheetNumber,
  splitList,
  writeSheet,
} from '../../src/lib/spreadsheet';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeSheet', () => {
  it('reads UTF-8 with and without its byte-order mark, and Windows-1252 otherwise', () => {
    expect(decodeSheet(new TextEncoder().encode('Créneau;É'))).toEqual({ text: 'Créneau;É', encoding: 'utf-8' });
    expect(decodeSheet(bytes(0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9))).toEqual({ text: 'Cé', encoding: 'utf-8-bom' });
    // « Équipe – lundi » as Excel saves it on a French Windows: É is 0xC9, the en dash 0x96, œ 0x9C.
    expect(decodeSheet(bytes(0xc9, 0x71, 0x20, 0x96, 0x20, 0x9c))).toEqual({ text: 'Éq – œ', encoding: 'windows-1252' });
  });
});

describe('detectSeparator and parseSheet', () => {
  it('finds the separator of the title row, outside quotes', () => {
    expect(detectSeparator('Nom;Catégorie;Ordre\n')).toBe(';');
    expect(detectSeparator('Nom,Catégorie\n')).toBe(',');
    expect(detectSeparator('Nom\tCatégorie\n')).toBe('\t');
    expect(detectSeparator('"Nom; complet",Catégorie,Ordre\n')).toBe(',');
  });

  it('gives each row the line it starts on, quoted line breaks and blank rows included', () => {
    const { rows } = parseSheet('\uFEFFNom;Règles\r\nA;"un\r\ndeux"\r\n;\r\nB;"dit ""oui"""\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['Nom', 'Règles'] },
      { line: 2, cells: ['A', 'un\r\ndeux'] },
      { line: 5, cells: ['B', 'dit "oui"'] },
    ]);
  });

  it('writes what it reads back: BOM, semicolons, CRLF, quotes only where needed', () => {
    const rows = [
      ['Nom', 'Admins', 'Règles'],
      ['Équipe', 'Alix; Bao', 'ligne 1\nligne "2"'],
    ];
    const text = writeSheet(rows);
    expect(text).toBe('\uFEFFNom;Admins;Règles\r\nÉquipe;"Alix; Bao";"ligne 1\nligne ""2"""\r\n');
    expect(parseSheet(text).rows.map((r) => r.cells)).toEqual(rows);
  });
});

describe('cells', () => {
  it('matches titles without case, accents or punctuation', () => {
    expect(foldTitle('  DERNIÈRE   vérification ')).toBe('derniere verification');
    expect(foldTitle('Lieu : Adresse')).toBe(foldTitle('lieu adresse'));
  });

  it('splits lists on line breaks first, else on semicolons', () => {
    expect(splitList('Alix; Bao ;')).toEqual(['Alix', 'Bao']);
    expect(splitList('Mardi : 10 h ; 19 h\nSamedi')).toEqual(['Mardi : 10 h ; 19 h', 'Samedi']);
    expect(splitList(joinList(['a ; b', 'c']))).toEqual(['a ; b', 'c']);
    expect(joinList(['Alix', 'Bao'])).toBe('Alix; Bao');
  });

  it('makes ids from names as the CMS makes file names', () => {
    expect(idFromName('Cagette – Équipe du lundi matin')).toBe('cagette-equipe-du-lundi-matin');
    expect(idFromName('Œufs & fromages !')).toBe('oeufs-fromages');
  });

  it('reads the dates, numbers and yes/no a French spreadsheet writes, and leaves the rest to the schema', () => {
    expect(sheetDate('05/12/2026')).toBe('2026-12-05');
    expect(sheetDate('5/1/27 9:30')).toBe('2027-01-05T09:30');
    expect(sheetDate('2026-12-05 10:00:00')).toBe('2026-12-05T10:00');
    expect(sheetDate('bientôt')).toBe('bientôt');
    expect(sheetNumber('48,85')).toBe(48.85);
    expect(sheetNumber('12')).toBe(12);
    expect(sheetNumber('douze')).toBe('douze');
    expect(sheetBoolean('Oui')).toBe(true);
    expect(sheetBoolean('x')).toBe(true);
    expect(sheetBoolean('NON')).toBe(false);
    expect(sheetBoolean('peut-être')).toBe('peut-être');
  });
});
