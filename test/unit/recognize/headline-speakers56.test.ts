// Headline statements (speakers56): "…, Bupati X Nilai <clause>" (the session 52 ruling lists
// "Nilai" with the headline reporting verbs), and "Kapolres X: <statement>" whose holder the body
// names after a rank ("Kapolres X, AKBP Name, …"). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const reported = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}/${s.cue}`);

const LEAD = '\n\nSLEMAN - Lima fraksi di DPRD Kabupaten Sleman menolak laporan Bupati Sleman, Bambang Sutrisno, dalam rapat paripurna, Senin (3/5/2027).';

describe('headline "Nilai" + clause (speakers56)', () => {
  it('reads the judgement of the title holder the lead names', () => {
    const text = `Lima Fraksi Tolak Laporan, Bupati Sleman Nilai Anggaran Pendidikan Sudah Memadai${LEAD}`;
    assert.deepEqual(reported(text)[0], 'Anggaran Pendidikan Sudah Memadai/Bambang Sutrisno/Nilai');
  });
  it('guard: "Nilai" as a noun, or with a noun object only, reports nothing', () => {
    assert.equal(reported(`Nilai Tukar Rupiah Melemah Jelang Akhir Pekan${LEAD}`).some((s) => s.startsWith('Tukar')), false);
    assert.equal(reported(`Lima Fraksi Tolak Laporan, Bupati Sleman Nilai Kinerja Dinas${LEAD}`).some((s) => s.endsWith('/Nilai')), false);
  });
});

describe('headline "Kapolres X:" whose holder the body names after a rank (speakers56)', () => {
  const body = '\n\nSleman - Polres Sleman menetapkan seorang pengelola arisan berinisial AS (41) sebagai tersangka penipuan.\n\n' +
    'Kapolres Sleman, AKBP Bambang Sutrisno, mengatakan korban yang sudah melapor mencapai 40 orang.';
  it('gives the statement to the officer, not to the regency', () => {
    assert.deepEqual(reported(`Kapolres Sleman: Korban Arisan Bodong Capai 40 Orang${body}`)[0], 'Korban Arisan Bodong Capai 40 Orang/Bambang Sutrisno/:');
  });
  it('guard: a holder of another title after a rank is not taken', () => {
    const other = body.replace('Kapolres Sleman, AKBP', 'Wakapolres Sleman, Kompol');
    assert.notEqual(reported(`Kapolres Sleman: Korban Arisan Bodong Capai 40 Orang${other}`)[0], 'Korban Arisan Bodong Capai 40 Orang/Bambang Sutrisno/:');
  });
});
