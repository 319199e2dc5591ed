// Issue 14: an interview's headline "Wawancara <title> <body>: <words>" gives the words to the
// one interviewed, named with that title in the body (headline-title-speaker.ts), also when a
// capitalised word qualifies the title ("Direktur Teknik"). Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

const reported = (text: string): string[] => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}/${s.cue}`);

describe('speakers39: interview headlines', () => {
  it('"Wawancara Bupati <regency>: …" is the regent\'s statement', () => {
    const t = 'Wawancara Bupati Sumba Barat: Sekolah Dulu, Baru Jalan Tol\n\nWaikabubak - Bupati Sumba Barat Yohanes Dadi Lero baru sebulan menjabat.\n';
    assert.deepEqual(reported(t)[0], 'Sekolah Dulu, Baru Jalan Tol/Yohanes Dadi Lero/:');
  });
  it('"Wawancara Khusus Direktur Teknik <club>: …": one capitalised word qualifying the title', () => {
    const t = 'Wawancara Khusus Direktur Teknik Persiba Balikpapan: Kami Tidak Mau Beli Pemain Jadi\n\n' +
      'BALIKPAPAN - Direktur Teknik Persiba Balikpapan Hendro Wahyudi baru dua bulan menjabat.\n';
    assert.deepEqual(reported(t)[0], 'Kami Tidak Mau Beli Pemain Jadi/Hendro Wahyudi/:');
  });
  it('an interview about a topic names no speaker', () => {
    const t = 'Wawancara Kuota Wisatawan Pulau Komodo: Pemandu Lokal Jangan Jadi Penonton\n\nLABUAN BAJO - Kuota pengunjung dibatasi.\n';
    assert.equal(reported(t).some((s) => s.endsWith('/:')), false);
  });
});
