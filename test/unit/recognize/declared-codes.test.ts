import assert from 'node:assert/strict';
import fc from 'fast-check';
import { declaredCodes } from '../../../src/core/recognize/declared-codes';

/** The scan as it was before the cue words were found in one pass: an indexOf loop per
 *  word, each occurrence read by the same sticky expressions. */
function twoLoops(text: string): Set<string> | undefined {
  const initials = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
  const ticker = /\.?\s+\(([A-Z]{4})\)/y;
  let codes: Set<string> | undefined;
  for (let at = text.indexOf('inisial'); at !== -1; at = text.indexOf('inisial', at + 7)) {
    initials.lastIndex = at + 7;
    const m = initials.exec(text);
    if (m) for (const code of m[1].split(/,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/)) (codes ??= new Set()).add(code);
  }
  for (let at = text.indexOf('Tbk'); at !== -1; at = text.indexOf('Tbk', at + 3)) {
    ticker.lastIndex = at + 3;
    const m = ticker.exec(text);
    if (m) (codes ??= new Set()).add(m[1]);
  }
  const brand = /[ \u00a0]+(\p{Lu}[\p{L}\p{N}'-]*(?: \p{Lu}[\p{L}\p{N}'-]*){0,2})/uy;
  for (let at = text.indexOf('merek'); at !== -1; at = text.indexOf('merek', at + 5)) {
    brand.lastIndex = at + 5;
    const m = brand.exec(text);
    if (m) (codes ??= new Set()).add(m[1]);
  }
  return codes;
}

const sorted = (s: Set<string> | undefined): string[] | undefined => (s === undefined ? undefined : [...s].sort());

// Cue words, their pieces, codes, separators and line breaks in any order.
const piece = fc.constantFrom('inisial', 'berinisial', 'inisia', 'Tbk', 'Tb', 'TBK', ' ', '  ', '\n', ', ', ' dan ', ', dan ', ' serta ',
  'AB', 'SR', 'MH', 'BKNS', '(BKNS)', '(AB)', '.', 'x', 'PT Bank Maju', 'inisialTbk', 'Tbkinisial', 'merek', 'bermerek', 'mere', 'Renyah Riang', 'merekTbk');
const text = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));

describe('declaredCodes', () => {
  it('finds the same codes as one indexOf loop per cue word', () => {
    fc.assert(fc.property(text, (t) => {
      assert.deepEqual(sorted(declaredCodes(t)), sorted(twoLoops(t)), JSON.stringify(t));
    }), { numRuns: 3000 });
  });

  it('reads initials after "inisial" and a ticker after "Tbk"', () => {
    assert.deepEqual(sorted(declaredCodes('Dua tersangka berinisial SR dan MH ditahan. PT Bank Maju Tbk (BKNS) naik.')), ['BKNS', 'MH', 'SR']);
    assert.deepEqual(sorted(declaredCodes('Saham PT Sinar Tbk. (ABCD) dan tersangka berinisial AB, CD, dan EF.')), ['AB', 'ABCD', 'CD', 'EF']);
    assert.equal(declaredCodes('Tidak ada kode di sini. Tbk tanpa kurung, inisial tanpa huruf.'), undefined);
  });
  it('reads a brand of up to three capitalised words after "merek" or "bermerek"', () => {
    assert.deepEqual(sorted(declaredCodes('Anak memakan jajanan bermerek Renyah Riang. Merek lain aman.')), ['Renyah Riang']);
    assert.deepEqual(sorted(declaredCodes('produk merek Sari Roti Tawar Kupas dijual')), ['Sari Roti Tawar']);
    // Not across a line break: "… tanpa merek" ending a paragraph declares no brand.
    assert.equal(declaredCodes('Obat itu dijual tanpa merek\nBudi Santoso Mengatakan Hal Itu'), undefined);
  });
  it('reads initials with an age in brackets as a person\'s, without "berinisial" (d151, d167)', () => {
    assert.deepEqual(sorted(declaredCodes('Nakhoda AS (41) serta dua ABK, RZ (29) dan TKH (35), ditangkap.')), ['AS', 'RZ', 'TKH']);
    // a name, a word glued to the capitals, one capital, five capitals or a year: no initials
    assert.equal(declaredCodes('Siti Marfuah (61), xAB (30), A (20), ABCDE (40) dan KUHP (2023) disebut.'), undefined);
  });
  it('reads a ticker of four capitals after "saham" (d171, d02)', () => {
    assert.deepEqual(sorted(declaredCodes('Saham ANTM naik, sedangkan kode saham BBRI dan saham berkode BMRI turun.')), ['ANTM', 'BBRI', 'BMRI']);
    // a company's name after "saham" is no ticker
    assert.equal(declaredCodes('Harga saham PT Maju dan saham Astra turun.'), undefined);
  });
  it('reads no ticker where a capitalised word follows, nor where the code names a body elsewhere (fixB37)', () => {
    // "saham PSKM Timur": a name goes on, no ticker
    assert.equal(declaredCodes('Yayasan PSKM Raya membeli 30 persen saham PSKM Timur.'), undefined);
    // a ticker whose code the article also writes as a body's ("Direktur KRPA …") is no declared code
    assert.equal(declaredCodes('Harga saham KRPA turun. Direktur KRPA mengatakan laba naik.'), undefined);
    assert.deepEqual(sorted(declaredCodes('Harga saham KRPA turun tiga persen pada sesi pertama.')), ['KRPA']);
  });
  it('reads initials with an age only in a person\'s context, not points or seats in brackets (fixB37)', () => {
    assert.equal(declaredCodes('Dalam klasemen sementara, PSMB (14) unggul atas Persiko (11).'), undefined);
    assert.equal(declaredCodes('Partai itu meraih kursi terbanyak, disusul PKR (9) dan PBU (7).'), undefined);
    assert.deepEqual(sorted(declaredCodes('Korban, FH (23), dibawa ke rumah sakit. Pelaku DS (31) ditangkap.')), ['DS', 'FH']);
    assert.deepEqual(sorted(declaredCodes('Tersangka TKR (35) ditahan.')), ['TKR']);
    assert.deepEqual(sorted(declaredCodes('Ia datang bersama adiknya, YP (19), ke kantor polisi.')), ['YP']);
  });
  it('reads a code after "kode" or "berkode", quoted or not: a ticker, a ledger\'s code (actors50b)', () => {
    assert.deepEqual(sorted(declaredCodes('Saham perseroan diperdagangkan dengan kode KRPT sejak Mei.')), ['KRPT']);
    assert.deepEqual(sorted(declaredCodes('Buku itu mencatat setoran dengan kode "PLB" tiap bulan. "Kode PLB itu apa?" tanya hakim.')), ['PLB']);
    assert.deepEqual(sorted(declaredCodes('Saham bank berkode BKRS itu naik.')), ['BKRS']);
    // (a lower-case word after it, "kode etik", or a code the article writes as a body's, is none)
    assert.equal(declaredCodes('Ia melanggar kode etik profesi.'), undefined);
    assert.equal(declaredCodes('Transaksi berkode KSP itu dibantah. Ketua KSP menolak tuduhan.'), undefined);
  });
});
