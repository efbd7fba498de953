import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePreview, detectEncoding } from './detect-encoding.ts';

const serbianLatin = 'Ime;Prezime;Grad\nPetar;Đorđević;Šabac\nMilica;Čolić;Žabalj\nĆira;Šećerović;Niš\n';
const serbianCyrillic = 'Име;Презиме;Телефон\nПетар;Ђорђевић;0641234567\nМилица;Јовановић;0112345678\n';
const western = 'Name,City\nJosé,São Paulo\nFrançois,Besançon\nÑandú,Cádiz\n';

describe('detectEncoding', () => {
  it.each([
    ['a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x61]), 'utf-8'],
    ['a UTF-16LE BOM', Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'utf-16le'],
    ['a UTF-16BE BOM', Buffer.from([0xfe, 0xff, 0x00, 0x61]), 'utf-16be'],
    ['UTF-16LE without a BOM', iconv.encode('name,phone\nAna,2125550100\n', 'utf16le'), 'utf-16le'],
    ['UTF-16BE without a BOM', iconv.encode('name,phone\nAna,2125550100\n', 'utf16be'), 'utf-16be'],
    ['UTF-16LE Cyrillic without a BOM (few NUL bytes)', iconv.encode(serbianCyrillic, 'utf16le'), 'utf-16le'],
    ['UTF-16BE Serbian Latin without a BOM', iconv.encode(serbianLatin, 'utf16be'), 'utf-16be'],
    [
      'UTF-8 with a BOM and Serbian letters',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(serbianLatin)]),
      'utf-8',
    ],
    ['plain ASCII', Buffer.from('name,phone\nAna,2125550100\n'), 'utf-8'],
    ['UTF-8 Serbian without a BOM', Buffer.from(serbianLatin), 'utf-8'],
    ['UTF-8 cut in the middle of a character', Buffer.from('Đorđević').subarray(0, 3), 'utf-8'],
  ])('%s → %s', (_title, sample, encoding) => {
    expect(detectEncoding(sample)).toBe(encoding);
  });

  it.each([
    [
      'the short "Đorđević;Šabac" (chardet alone says windows-1257)',
      'Ime;Grad\nĐorđević;Šabac\n',
      'windows-1250',
    ],
    ['a Serbian Latin list', serbianLatin, 'windows-1250'],
    ['Serbian Cyrillic in windows-1251', serbianCyrillic, 'windows-1251'],
    ['Western European names in windows-1252', western, 'windows-1252'],
    ['"Đorđević;Šećerović;Žižić" in windows-1250', 'Đorđević;Šećerović;Žižić', 'windows-1250'],
    [
      '"Đorđević;Šećerović;Žižić" in ISO-8859-2 (Š and Ž differ from windows-1250)',
      'Đorđević;Šećerović;Žižić',
      'iso-8859-2',
    ],
    [
      '"Müller;Françoise;Øster" in windows-1252 (chardet alone says windows-1251)',
      'Müller;Françoise;Øster',
      'windows-1252',
    ],
    ['German and Scandinavian names on lines', 'Name;City\nMüller;Zürich\nØster;Århus\n', 'windows-1252'],
  ])('%s', (_title, text, encoding) => {
    const bytes = iconv.encode(text, encoding);
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(iconv.decode(bytes, detectEncoding(bytes))).toBe(text);
  });

  it('ISO-8859-2 text whose Š/Ž bytes mean ©/® in windows-1250 stays ISO-8859-2', () => {
    const bytes = iconv.encode(serbianLatin, 'iso-8859-2');
    expect(iconv.decode(bytes, detectEncoding(bytes))).toBe(serbianLatin);
  });

  it('windows-1250 and ISO-8859-2 that decode alike: either answer reads the same text', () => {
    const text = 'Ime;Grad\nĐorđe Čolić;Čačak\nĆira;Kać\n';
    const bytes = iconv.encode(text, 'windows-1250');
    expect(iconv.decode(bytes, 'iso-8859-2')).toBe(text);
    expect(iconv.decode(bytes, detectEncoding(bytes))).toBe(text);
  });

  it('Serbian letters that windows-1252 also reads as letters (č as è, ć as æ) are windows-1250', () => {
    const bytes = iconv.encode('Grad;Ulica\nČačak;Kać\n', 'windows-1250');
    expect(iconv.decode(bytes, 'windows-1252')).toBe('Grad;Ulica\nÈaèak;Kaæ\n');
    expect(detectEncoding(bytes)).toBe('windows-1250');
  });

  it('symbols without letters decode right whichever code page wins', () => {
    const text = 'Name;Note\nAna;50€ – “ok”\n';
    const bytes = iconv.encode(text, 'windows-1252');
    expect(iconv.decode(bytes, detectEncoding(bytes))).toBe(text);
  });

  it('binary noise with NUL bytes on both sides of each pair is not taken for UTF-16', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256)));
    expect(detectEncoding(noise)).not.toMatch(/utf-16/);
  });
});

describe('decodePreview', () => {
  it.each([
    ['drops a UTF-8 BOM', Buffer.from('\ufeffIme;Grad'), 'utf-8', 'Ime;Grad'],
    ['drops a character cut at the end', Buffer.from('Ime;Đorđe').subarray(0, 9), 'utf-8', 'Ime;Đor'],
    ['reads windows-1250', iconv.encode('Ime;Šabac', 'windows-1250'), 'windows-1250', 'Ime;Šabac'],
    [
      'reads UTF-16LE with its BOM dropped',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Ime;Niš', 'utf16le')]),
      'utf-16le',
      'Ime;Niš',
    ],
  ])('%s', (_title, bytes, encoding, text) => {
    expect(decodePreview(bytes, encoding)).toBe(text);
  });
});
