// One reading of where a sentence ends (sentence-end.ts), for the quote attribution and the
// reported-speech scan alike. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { isSentenceInitial } from '../../../src/core/recognize/actors/ctx';
import { analyze } from '../../../src/core/recognize/analyze';
import { endsSentenceAt, isAbbreviationDot, nextSentenceEnd, quoteEndsSentenceBeforeCapital } from '../../../src/core/recognize/sentence-end';

const at = (p: string, s: string) => p.indexOf(s) + s.length - 1;

describe('sentence ends (sentence-end.ts)', () => {
  it('an initial, an abbreviated title or given name ends no sentence; a word or a number does', () => {
    const p = 'Kata dr. Rina, Moh. Sanusi, KH. Ahmad, Kapt. Yusuf, Brigjen. Hadi, Irjen Pol. Budi dan Dmitri S. Peskov di Jl. Merdeka. Lalu hujan turun 5. Selesai.';
    for (const s of ['dr.', 'Moh.', 'KH.', 'Kapt.', 'Brigjen.', 'Pol.', ' S.', 'Jl.']) {
      assert.equal(isAbbreviationDot(p, at(p, s)), true, s);
      assert.equal(endsSentenceAt(p, at(p, s)), false, s);
    }
    for (const s of ['Merdeka.', ' 5.', 'Selesai.']) assert.equal(endsSentenceAt(p, at(p, s)), true, s);
    assert.equal(endsSentenceAt('Harga 2.500 rupiah.', 7), false); // a dot inside a number
  });

  it('a health profession\'s title (apt., drh., Ns., Bd.) ends no sentence; a lower-case word like it does (speakers51)', () => {
    const p = 'Hadir apt. Rina, drh. Yosef, Ns. Maria dan Bd. Sari di puskesmas. Sore itu ada rapat.';
    for (const s of ['apt.', 'drh.', 'Ns.', 'Bd.']) assert.equal(endsSentenceAt(p, at(p, s)), false, s);
    const q = 'Dokter itu memeriksa tiga ekor sapi. Lalu ia pulang.';
    assert.equal(endsSentenceAt(q, at(q, 'sapi.')), true);
  });

  it('"dll." ends its sentence before a capital, not inside one', () => {
    const p = 'Rapat membahas pupuk, benih, alat tani, dll. Menurut Kepala Dinas Pertanian Rina Wati, anggaran cukup.';
    assert.equal(endsSentenceAt(p, at(p, 'dll.')), true);
    const q = 'Pupuk, benih, dll. yang dibagikan tahun lalu habis.';
    assert.equal(endsSentenceAt(q, at(q, 'dll.')), false);
    // The statement after it is Rina Wati's, not the list before.
    assert.deepEqual((analyze(p).reported ?? []).map((r) => [r.text, r.speaker]), [['anggaran cukup', 'Rina Wati']]);
  });

  it('a question or exclamation mark before a space ends its sentence', () => {
    const p = 'Siapa yang salah? Kami! Tentu.';
    assert.equal(endsSentenceAt(p, p.indexOf('?')), true);
    assert.equal(endsSentenceAt(p, p.indexOf('!')), true);
  });

  it('a quote closing a sentence inside its marks starts one after it when a capital follows (attribution.ts reads it here)', () => {
    const after = (p: string, mark: string) => quoteEndsSentenceBeforeCapital(p, p.indexOf(mark) + 1);
    assert.equal(after('“Jalan itu harus diperbaiki.” Seorang warga mengangguk.', '”'), true);
    assert.equal(after('“Siapa yang salah?” Tidak ada jawaban.', '”'), true);
    assert.equal(after('“Jalan itu harus diperbaiki.” lalu ia pergi.', '”'), false);
    assert.equal(after('“Jalan itu harus diperbaiki,” Seorang warga berkata.', '”'), false);
    assert.equal(after('“Kami menunggu Kol.” Hadi lalu masuk.', '”'), false);
  });
  it('a word after an abbreviation\'s dot opens no sentence for the actor rules ("dr. Lalu Herman": Lalu is a Sasak name, not "then"; d50)', () => {
    assert.equal(isSentenceInitial('Direktur itu, dr. Lalu Wirasakti, hadir.', 18), false);
    assert.equal(isSentenceInitial('Ia pulang. Lalu Wirasakti hadir.', 11), true);
    assert.deepEqual(analyze('Direktur puskesmas itu, dr. Lalu Wirasakti Pratama, menyebut pasien naik.').actors.map((a) => a.text), ['Lalu Wirasakti Pratama']);
  });
  it('nextSentenceEnd finds exactly the marks endsSentenceAt reads as ends inside the paragraph, whatever character follows', () => {
    for (let c = 0; c < 0x3100; c++) {
      const p = `Ia datang.${String.fromCharCode(c)}Lalu pergi`;
      assert.equal(nextSentenceEnd(p, 0), endsSentenceAt(p, 9) ? 9 : -1, `U+${c.toString(16)}`);
    }
    const q = 'Kata dr. Rina di Jl. Merdeka, 2.500 orang hadir. Tentu! Benarkah? Pupuk, dll. yang lain. Ya.';
    const found: number[] = [];
    for (let k = nextSentenceEnd(q, 0); k >= 0; k = nextSentenceEnd(q, k + 1)) found.push(k);
    // (the paragraph's last mark, "Ya.", starts nothing after it: left out)
    assert.deepEqual(found, [...q].flatMap((_, k) => (k < q.length - 1 && endsSentenceAt(q, k) ? [k] : [])));
    assert.equal(found.length, 4);
  });
});
