// Issue 13 (anaphor48): a description's own names and numbers narrow whom it means ("ujar
// pelatih asal Brasil tersebut" is the coach introduced as from Brazil, "kata pria 58 tahun
// itu" the man introduced with that age). Own sentences about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as quotes, statementPairs as statements } from './helpers';
import { descriptionQualifier } from '../../../src/core/recognize/description-qualifier';

describe('a description narrowed by its own words (description-qualifier.ts)', () => {
  it('reads the names and numbers of a closed description after its cue or at its head', () => {
    const q = '"Kami siap," ujar pelatih asal Brasil tersebut.';
    assert.deepEqual(descriptionQualifier(q, q.indexOf(' ujar'), true), ['brasil']);
    const r = '"Saya lelah," kata pria 58 tahun itu.';
    assert.deepEqual(descriptionQualifier(r, r.indexOf(' kata'), true), ['58']);
    const s = 'Dosen asal Makassar itu menilai kurikulum terlalu padat.';
    assert.deepEqual(descriptionQualifier(s, 0, false), ['makassar']);
    // a "-nya" cue and a time adjunct: no description
    const u = '"Aman," katanya saat meninjau Pasar Baru itu.';
    assert.deepEqual(descriptionQualifier(u, u.indexOf(' katanya'), true), []);
    // not closed by itu/tersebut
    const v = '"Aman," kata pelatih asal Brasil kepada wartawan.';
    assert.deepEqual(descriptionQualifier(v, v.indexOf(' kata'), true), []);
  });

  it('gives "pelatih asal Brasil tersebut" to the coach from Brazil, named before the other coach', () => {
    const t = 'Pelatih Persiku asal Brasil, Paulo Mendes, memuji disiplin pemainnya setelah menang 2-0. Sementara itu pelatih Persiraja, Hendri Susilo, mengakui timnya kalah dalam penguasaan bola.\n\n' +
      '"Mereka bermain sesuai rencana," ujar pelatih asal Brasil tersebut.';
    assert.deepEqual(quotes(t), ['Paulo Mendes']);
  });

  it('gives "pria 58 tahun itu" to the man introduced with that age, not to the last speaker', () => {
    const t = 'Penjaga gudang, Karyono (58), diperiksa polisi selama enam jam. Manajer gudang, Irawati Susanti, mengatakan barang yang hilang bernilai ratusan juta rupiah.\n\n' +
      '"Saya keliling tiap dua jam," kata pria 58 tahun itu.';
    assert.deepEqual(quotes(t), ['Karyono']);
  });

  it('leaves the last one named with the head when the words fit nobody', () => {
    const t = 'Dosen Universitas Tadulako, Rahmi Lamba, membuka diskusi. Dosen Universitas Hasanuddin, Ilham Syarif, membahas kurikulum.\n\nDosen asal Kendari itu menilai pelatihan guru masih kurang.';
    assert.deepEqual(statements(t).map(([, who]) => who), ['Ilham Syarif']);
  });
});
