// What is not reported speech (annotation spec, "Not reported speech" and decisions).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: exclusions', () => {
  it('actions and plans are not speech', () => {
    assert.deepEqual(statementsOf('Macron mengunjungi Kyiv pada Senin untuk membahas bantuan.'), []);
    assert.deepEqual(statementsOf('Lavrov akan mengirim delegasi ke Jakarta pekan depan.'), []);
    assert.deepEqual(statementsOf('Peskov menandatangani kesepakatan itu di Moskow.'), []);
    assert.deepEqual(statementsOf('Macron akan mengumumkan keputusannya besok.'), []);
  });
  it('a reporting verb with only a noun object', () => {
    assert.deepEqual(statementsOf('Peskov membantah tuduhan itu.'), []);
    assert.deepEqual(statementsOf('Macron menyampaikan pidato di depan parlemen.'), []);
  });
  it('nominalised objects do not count', () => {
    assert.deepEqual(statementsOf('Lavrov menekankan perlunya dialog yang menenangkan semua pihak.'), []);
    assert.deepEqual(statementsOf('Peskov menyatakan dukungannya terhadap rencana tersebut.'), []);
    assert.deepEqual(statementsOf('Macron mengungkapkan keprihatinan atas serangan yang menewaskan warga.'), []);
  });
  it("the writer's own narration", () => {
    assert.deepEqual(statementsOf('Harga minyak naik tajam pekan ini. Pasar saham di Jakarta melemah.'), []);
  });
  it("journalists' questions", () => {
    assert.deepEqual(statementsOf('Wartawan bertanya apakah Peskov akan hadir di Jakarta.'), []);
  });
  it('content entirely inside quotation marks is a quote, not a statement', () => {
    assert.deepEqual(statementsOf('“Kami tidak akan mundur,” kata Peskov.'), []);
    assert.deepEqual(statementsOf('Peskov mengatakan: “Kami tidak akan mundur.”'), []);
  });
  it('"menurut" a document or data is no speaker', () => {
    assert.deepEqual(statementsOf('Menurut data PBB, jumlah pengungsi naik tajam.'), []);
    // A count is a source of figures too ("penghitungan", "hitungan"), written after the content.
    assert.deepEqual(statementsOf('Partai oposisi meraih 38 persen suara menurut penghitungan resmi PBB.'), []);
    assert.deepEqual(statementsOf('Jumlah pengungsi mencapai 4.000 orang menurut hitungan NATO.'), []);
  });
  it('a following sentence without its own cue is not a statement of its own', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Rusia siap berunding. Perundingan bisa dimulai bulan depan.'),
      ['Rusia siap berunding => Dmitry Peskov']);
  });
  it('a cue with no identifiable speaker gives nothing', () => {
    assert.deepEqual(statementsOf('Harga akan naik, kata seorang pedagang.'), []);
  });
  it('unnamed sources and people at a place are not identifiable speakers', () => {
    assert.deepEqual(statementsOf('Seorang pejabat Rusia mengatakan situasi di perbatasan masih tegang.'), []);
    assert.deepEqual(statementsOf('Pedagang di Jakarta menyebut pasar masih menunggu kepastian tarif.'), []);
  });
  it('a reciprocal accusation ("saling menuduh") is no single statement', () => {
    assert.deepEqual(statementsOf('Rusia dan Ukraina saling menuduh melanggar gencatan senjata di perbatasan.'), []);
  });
});

