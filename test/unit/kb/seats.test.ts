import assert from 'node:assert/strict';
import { KbIndex, loadBuiltinKb } from '../../../src/core/kb';
import { IDN_SEATS } from '../../../src/core/kb/builtin';
import { isSeat, seatEntities, type SeatGazetteer } from '../../../src/core/kb/seats';
import type { KbEntity } from '../../../src/core/kb';
import { analyze } from '../../../src/core/recognize/analyze';
import { isDistrictName } from '../../../src/core/recognize/districts';
import { wordCollisions } from './word-collisions';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const gpes = (text: string) => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}/${a.canonical}`);

describe('seats of Indonesian regencies (data/kb/generated/idn-seats.json)', () => {
  it('reads a seat the KB did not know as a place wherever it stands, not only after "di"', () => {
    // Before the seats were known, a seat as a sentence's subject or after "warga" was read
    // as a person ("Muntok/PER") or not at all.
    assert.deepEqual(gpes('Warga Sungailiat dan Muntok mengeluhkan listrik yang padam sejak pagi.'),
      ['Sungailiat/Sungailiat', 'Muntok/Muntok']);
    assert.deepEqual(gpes('Kutacane kembali terendam setelah hujan deras semalaman.'), ['Kutacane/Kutacane']);
    assert.deepEqual(gpes('Rute baru menghubungkan Waingapu, Tambolaka dan Kupang mulai bulan depan.'),
      ['Waingapu/Waingapu', 'Tambolaka/Tambolaka', 'Kupang/Kupang']);
  });

  it('keeps a seat that is also a kecamatan (Tenggarong, Tanjung Redeb): the districts rule no longer drops it', () => {
    assert.equal(isDistrictName('Sungai Liat'), false);
    assert.deepEqual(gpes('Tenggarong bersiap menyambut festival; warga Sungai Liat ikut membantu.'),
      ['Tenggarong/Tenggarong', 'Sungai Liat/Sungailiat']);
    // Named after "Kecamatan", a seat is the kecamatan that bears its name: no mention.
    assert.deepEqual(gpes('Jembatan di Kecamatan Tenggarong putus, warga Tenggarong memutar lewat jalan desa.'), ['Tenggarong/Tenggarong']);
    // A kecamatan that is no seat is still no mention.
    assert.deepEqual(gpes('Warga Loa Janan Ilir menunggu bantuan.'), []);
  });

  it('adds no seat the KB already names (a seat named like its regency stays the regency)', () => {
    const banyuwangi: KbEntity = { id: 'kabupaten-banyuwangi', canonical: 'Kabupaten Banyuwangi', type: 'GPE', aliases: ['Kabupaten Banyuwangi', 'Banyuwangi'], description: { en: 'Regency', id: 'Kabupaten' } };
    const fixture: SeatGazetteer = { seats: [['Banyuwangi', 'Kabupaten Banyuwangi'], ['Genteng Kulon', 'Kabupaten Contoh', 'Gentengkulon']] };
    const out = seatEntities(fixture, [banyuwangi]);
    assert.deepEqual(out.map((e) => [e.canonical, e.aliases]), [['Genteng Kulon', ['Genteng Kulon', 'Gentengkulon']]]);
    assert.equal(out[0].type, 'GPE');
    assert.equal(new KbIndex(loadBuiltinKb()).lookup('Banyuwangi')?.canonical, 'Kabupaten Banyuwangi');
  });

  it('gives no seat that is an ordinary word, an island or a given name (guards)', () => {
    const names = IDN_SEATS.seats.flatMap(([seat, , ...other]) => [seat, ...other]);
    assert.ok(names.length > 300, `${names.length} seat names`);
    for (const word of ['Sumber', 'Negara', 'Benteng', 'Tanjung', 'Raya', 'Tanah Merah', 'Marisa', 'Biak', 'Raha', 'Ujung Tanjung', 'Bunguran Timur']) assert.ok(!names.includes(word), word);
    // "Kie Raha" (North Maluku's name) keeps no town of Muna inside it.
    assert.deepEqual(gpes('Suporter memadati Stadion Gelora Kie Raha sejak sore.').filter((g) => g.startsWith('Raha')), []);
    // A capitalised word at a sentence's start stays a word.
    assert.deepEqual(gpes('Negara wajib hadir. Benteng terakhir adalah keluarga. Sumber itu menolak disebut.'), []);
    // A person named like a town stays a person.
    const actors = analyze('Bupati menerima Marisa Putri, pelajar yang menang lomba, di kantornya.').actors;
    assert.ok(!actors.some((a) => a.type === 'GPE' && a.text.startsWith('Marisa')), JSON.stringify(actors));
  });

  // The measure behind the exclusions (word-collisions.ts), and for two-word seats the same
  // reading of the texts: a phrase they write in lower case ("tanah merah") is no place.
  it('uses no seat that is a lexicon word, part of a KB person name, or a lower-case word or phrase of the texts', () => {
    const names = IDN_SEATS.seats.flatMap(([seat, , ...other]) => [seat, ...other]);
    assert.deepEqual(wordCollisions(names), []);
    const root = resolve(__dirname, '..', '..', '..');
    let text = '';
    for (const dir of ['samples', 'eval/gold/texts', 'eval/gold-new/dev/texts']) {
      for (const f of readdirSync(join(root, dir))) if (f.endsWith('.txt')) text += readFileSync(join(root, dir, f), 'utf8') + '\n';
    }
    const phrases = names.filter((n) => n.includes(' ') && new RegExp(`(?<![\\p{L}])${n.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
    assert.deepEqual(phrases, []);
  });

  it('answers isSeat from the gazetteer it is given, not the first one asked about', () => {
    const town = (canonical: string): KbEntity => ({ id: canonical.toLowerCase(), canonical, type: 'GPE', aliases: [canonical], description: { en: 'a town', id: 'sebuah kota' } });
    const first: SeatGazetteer = { seats: [['Kotabaru', 'Kabupaten Contoh']] };
    const second: SeatGazetteer = { seats: [['Pasirlama', 'Kabupaten Lain']] };
    assert.equal(isSeat(town('Kotabaru'), first), true);
    assert.equal(isSeat(town('Pasirlama'), second), true);
    assert.equal(isSeat(town('Kotabaru'), second), false);
    assert.equal(isSeat({ ...town('Pasirlama'), type: 'ORG' }, second), false, 'a seat is a place');
  });
});
