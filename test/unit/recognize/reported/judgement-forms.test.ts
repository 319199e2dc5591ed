// Issue 14 forms the dev batch d143–d150 (speak35) showed missing or wrong; own sentences
// about fictional events: "melihat A sebagai B", a judgement verb's object with its
// complement, "khawatir", "A, menurut dia, B", and the exclusions that bound them (an
// act of seeing, a noun object, an indirect yes/no question).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: judgements and medial "menurut" (speak35)', () => {
  it('"melihat A sebagai B" reports a judgement; "melihat" with an object alone is an act', () => {
    assert.deepEqual(statementsOf('Peskov melihat penetapan upah tahun ini sebagai kemunduran bagi buruh.'),
      ['penetapan upah tahun ini sebagai kemunduran bagi buruh => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Peskov melihat kondisi pabrik di Kupang bersama para direktur.'), []);
    assert.deepEqual(statementsOf('Peskov melihat langsung lokasi banjir sebelum rapat.'), []);
  });

  it('a description opening the sentence speaks by "melihat … sebagai …" as by "menilai"', () => {
    const t = 'Pengamat ekonomi Rudi Hartono diundang ke studio. Pengamat itu melihat kenaikan tarif sebagai beban baru bagi petani.';
    assert.deepEqual(statementsOf(t), ['kenaikan tarif sebagai beban baru bagi petani => Rudi Hartono']);
  });

  it('"menilai <object> <adjective> …": the judged clause, though it opens with an object noun', () => {
    assert.deepEqual(statementsOf('Lavrov menilai sikap Jakarta konsisten dengan posisinya sejak 2021.'),
      ['sikap Jakarta konsisten dengan posisinya sejak 2021 => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Lavrov menegaskan sikap negaranya dalam sidang itu.'), []);
  });

  it('"khawatir <clause>" voices a concern after reported speech; with no clause or alone it reports nothing', () => {
    assert.deepEqual(statementsOf('Lavrov mengatakan kuota itu diperlukan. Peskov khawatir pemandu lokal justru kehilangan pekerjaan.'),
      ['kuota itu diperlukan => Sergey Lavrov', 'pemandu lokal justru kehilangan pekerjaan => Dmitry Peskov']);
    // (a feeling alone, with no speech in its paragraph, is no statement: review35)
    assert.deepEqual(statementsOf('Peskov khawatir pemandu lokal justru kehilangan pekerjaan.'), []);
    assert.deepEqual(statementsOf('Peskov khawatir.'), []);
  });

  it('"A, menurut dia, B": one statement over the attribution, spoken by the one before', () => {
    const t = 'Lavrov memandang kenaikan upah tidak menekan daya saing. Produktivitas pekerja, menurut dia, justru naik bila upah cukup.';
    assert.deepEqual(statementsOf(t), [
      'kenaikan upah tidak menekan daya saing => Sergey Lavrov',
      'Produktivitas pekerja, menurut dia, justru naik bila upah cukup => Sergey Lavrov',
    ]);
    assert.deepEqual(statementsOf('Harga beras naik lagi, menurut Peskov.'), ['Harga beras naik lagi => Dmitry Peskov']);
  });

  it('an indirect yes/no question and a noun object of "menyampaikan" are no statements', () => {
    assert.deepEqual(statementsOf('Peskov mempertanyakan apakah aksi massa akan mengubah keputusan itu.'), []);
    assert.deepEqual(statementsOf('Peskov menyampaikan keberatan asosiasinya secara tertulis kepada gubernur.'), []);
  });
});
