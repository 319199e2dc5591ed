// Issue 13 (convo48): an officer named in apposition after the office, the rank before the
// name ("kata Kapolres X, AKBP Y"), is the speaker (apposed-rank.ts, attribution.ts).
// Sentences written for this test about fictional people, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from './helpers';
import { apposedNameFrom } from '../../../src/core/recognize/apposed-rank';

describe('apposed-rank: a rank between the comma and the name in apposition', () => {
  it('gives the quote to the officer, not to the office\'s place', () => {
    assert.deepEqual(speakers('Sabu\n\nMakassar - Polisi menggagalkan penyelundupan sabu.\n\n' +
      '"Barang bukti 3 kilogram kami sita," kata Kapolres Pelabuhan Makassar, AKBP Rio Tangkari.\n\n' +
      '"Kami siagakan dua peleton," ujar Komandan Lanal Makassar, Kolonel Laut Arif Budiman.'), ['Rio Tangkari', 'Arif Budiman']);
  });

  it('starts a "Menurut <office>, <rank> <name>," statement after the name, the officer its speaker', () => {
    const r = analyze('Pengamanan\n\nMakassar - Menurut Dandim 1408 Makassar, Letkol Inf Dwi Santoso, prajurit ikut membantu pengamanan.').reported ?? [];
    assert.deepEqual(r.map((s) => [s.speaker, s.text]), [['Dwi Santoso', 'prajurit ikut membantu pengamanan']]);
  });

  it('probes: a name with no rank, and a rank-like word that is no rank, read as before', () => {
    assert.deepEqual(speakers('Jalan\n\nGarut - "Perbaikan mulai bulan depan," kata Kepala Dinas PUPR Garut, Yusuf Maulana.'), ['Yusuf Maulana']);
    const p = 'kata Kapolres Sumbawa, AKBP Heru Muslimin.';
    assert.equal(apposedNameFrom(p, p.indexOf(',')), p.indexOf('Heru'));
    const q = 'kata Dandim 1408, Letkol Inf Dwi Santoso.';
    assert.equal(apposedNameFrom(q, q.indexOf(',')), q.indexOf('Dwi'));
    const r = 'kata Ketua RT, Mayang Sari.';
    assert.equal(apposedNameFrom(r, r.indexOf(',')), r.indexOf('Mayang'));
  });
});
