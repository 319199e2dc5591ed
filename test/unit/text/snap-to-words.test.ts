import * as assert from 'node:assert/strict';
import { snapToWords, snapToWordSpan } from '../../../src/core/text/snap-to-words';

describe('snapToWords (a selection that cuts words)', () => {
  const text = 'Ia menambahkan, sebanyak 40 warga kini mengungsi ke balai desa, sebagian besar lansia.';
  const at = (from: string, to: string) => ({ start: text.indexOf(from), end: text.indexOf(to) + to.length });
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

  it('moves an end inside a word out to the whole word', () => {
    assert.equal(slice(snapToWords(text, ...Object.values(at('anyak', 'desa, se')) as [number, number])), 'sebanyak 40 warga kini mengungsi ke balai desa, sebagian');
    assert.equal(slice(snapToWords(text, text.indexOf('arga'), text.indexOf('arga') + 3)), 'warga');
  });

  it('leaves ends that fall between words, on punctuation or spaces, as they are', () => {
    for (const [from, to] of [['sebanyak', 'desa'], ['sebanyak', 'desa,'], [', sebanyak', 'warga'], ['40', '40']] as const) {
      const r = at(from, to);
      assert.deepEqual(snapToWords(text, r.start, r.end), r, `${from} … ${to}`);
    }
  });

  it('keeps apostrophed names and combining marks whole; a hyphen parts words, so one name of a pair stays alone', () => {
    const t = 'Pasangan Prabowo-Gibran, kata Ma\u2019ruf, menolak e\u0301tude 2019-2024 masing-masing.';
    const cut = (s: string, k: number, n: number) => { const i = t.indexOf(s) + k; return t.slice(...Object.values(snapToWords(t, i, i + n)) as [number, number]); };
    assert.equal(cut('Prabowo', 0, 7), 'Prabowo', 'the first name of a pair, selected exactly');
    assert.equal(cut('Gibran', 0, 6), 'Gibran');
    assert.equal(cut('Prabowo', 1, 4), 'Prabowo', 'cut inside: the name, not the pair');
    assert.equal(cut('Prabowo', 3, 7), 'Prabowo-Gibran', 'a selection across the hyphen takes both');
    assert.equal(cut('2019', 0, 4), '2019');
    assert.equal(cut('Ma\u2019ruf', 0, 2), 'Ma\u2019ruf');
    assert.equal(cut('e\u0301tude', 2, 2), 'e\u0301tude');
    assert.equal(cut('masing-masing', 3, 6), 'masing-masing');
    assert.equal(cut('masing-masing', 9, 2), 'masing');
  });

  it('does not join words across a dash with spaces, a hyphen at a word end, or the text ends', () => {
    const t = 'Rusia - Ukraina, pro- dan kontra';
    // (a hyphen at a word's end, "pro-", is no part of the word either)
    assert.equal(t.slice(...Object.values(snapToWords(t, 2, 5)) as [number, number]), 'Rusia');
    assert.equal(t.slice(...Object.values(snapToWords(t, t.indexOf('pro'), t.indexOf('pro') + 2)) as [number, number]), 'pro');
    assert.deepEqual(snapToWords(t, 0, t.length), { start: 0, end: t.length });
    assert.deepEqual(snapToWords(t, 3, 3), { start: 3, end: 3 });
  });
});

describe('snapToWords never splits a character', () => {
  it('an end between the halves of an emoji or of a letter beyond the BMP moves out of the pair', () => {
    const t = 'Foto 🇮🇩 dan 𝐀𝐁 selesai';
    const flag = t.indexOf('🇮🇩');
    const r = snapToWords(t, flag + 1, flag + 3);
    assert.deepEqual(r, { start: flag, end: flag + 4 }, 'both regional indicators whole');
    const a = t.indexOf('𝐀');
    assert.equal(t.slice(...Object.values(snapToWords(t, a + 1, a + 3)) as [number, number]), '𝐀𝐁');
  });
});

describe('snapToWordSpan (a name dragged roughly, for a corrected actor mention)', () => {
  // Written for these tests.
  const TEXT = 'Gubernur Jawa Tengah, Ahmad Luthfi, meninjau tanggul. "Perbaikan selesai pekan ini," ujar Luthfi.';
  const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const snapped = (text: string, start: number, end: number) => {
    const r = snapToWordSpan(text, start, end);
    return r && text.slice(r.start, r.end);
  };

  it('widens a selection that cuts a word, and trims spaces and punctuation outside words', () => {
    const s = span('Ahmad Luthfi');
    assert.equal(snapped(TEXT, s.start + 2, s.end - 3), 'Ahmad Luthfi');
    assert.equal(snapped(TEXT, s.start - 2, s.end + 2), 'Ahmad Luthfi'); // ", Ahmad Luthfi, "
  });

  it('keeps apostrophed names whole; a hyphen parts words as in an annotation, so one country of a hyphenated pair is a mention of its own (the spec splits them)', () => {
    const text = "kata Ma'ruf Amin soal timnas U-23 dan konflik Rusia-Ukraina.";
    const at = (s: string, from: number, to: number) => { const i = text.indexOf(s); return snapped(text, i + from, i + to); };
    assert.equal(at("Ma'ruf", 4, 6), "Ma'ruf");
    assert.equal(at('U-23', 0, 3), 'U-23', 'a selection across the hyphen takes both sides');
    assert.equal(at('Rusia-Ukraina', 0, 5), 'Rusia', 'before: "Rusia-Ukraina"');
    assert.equal(at('Rusia-Ukraina', 1, 4), 'Rusia');
    assert.equal(at('Rusia-Ukraina', 8, 10), 'Ukraina');
  });

  it('returns nothing for a selection without a word', () => {
    const s = span(', ');
    assert.equal(snapToWordSpan(TEXT, s.start, s.end), undefined);
  });

  it('never splits an emoji and counts letters beyond the BMP as letters', () => {
    const text = 'Foto 🇮🇩 𝐀𝐁 selesai';
    assert.equal(snapped(text, text.indexOf('𝐀') + 1, text.indexOf('𝐁') + 1), '𝐀𝐁');
    assert.equal(snapToWordSpan(text, text.indexOf('🇮🇩') + 1, text.indexOf('🇮🇩') + 3), undefined, 'an emoji alone is no name');
  });
});
