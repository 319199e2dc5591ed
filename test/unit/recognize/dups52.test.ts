// Session 52 (dups52): where two copies of one word list disagreed, the owner's list decides.
// Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedOrgs as orgs } from './helpers';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('dups52: a word list with one owner', () => {
  it('a sub-district board written out ("Pengurus Ranting …") takes the association\'s identity, as the other levels do', () => {
    // board-prefix.ts read the written levels from its own list, which lacked lexicon BOARD_LEVELS' "ranting"
    assert.deepEqual(orgs('Pengurus Ranting Persatuan Guru Honorer Sidoarjo menggelar rapat.'), [
      'Pengurus Ranting Persatuan Guru Honorer Sidoarjo/Persatuan Guru Honorer Sidoarjo']);
  });
  it('(guard) the other levels, and a mass organisation\'s board, as before', () => {
    assert.deepEqual(orgs('Pengurus Cabang Persatuan Guru Honorer Sidoarjo menggelar rapat.'), [
      'Pengurus Cabang Persatuan Guru Honorer Sidoarjo/Persatuan Guru Honorer Sidoarjo']);
    // (no association: a mass organisation's board keeps its level, "Pengurus Wilayah Nahdlatul Ulama …")
    assert.deepEqual(orgs('Pengurus Ranting Nahdlatul Ulama Desa Karangrejo menggelar pengajian.'), [
      'Pengurus Ranting Nahdlatul Ulama/Pengurus Ranting Nahdlatul Ulama']);
  });
});

const inHeadline = (t: string) => {
  const nl = t.indexOf('\n');
  return analyze(t).actors.filter((a) => a.end <= nl).map((a) => `${a.text}/${a.type}/${a.canonical}`);
};

describe('dups52: a bare council in a headline with a second council the KB knows', () => {
  it('stays unread: the KB\'s council makes the bare head name two councils, as a second one found by a rule does', () => {
    const t = 'Jalan Desa Rusak Setahun, Warga Datangi DPRD\n\nGARUT - Warga mendatangi DPRD Kabupaten Garut, lalu DPRD DKI Jakarta menggelar rapat serupa.';
    assert.deepEqual(inHeadline(t), []);
  });
  it('(guard) one council named twice is read; the KB\'s council alone as before', () => {
    const twice = 'Jalan Desa Rusak Setahun, Warga Datangi DPRD\n\nGARUT - Warga mendatangi DPRD Kabupaten Garut. DPRD Kabupaten Garut menerima mereka.';
    assert.deepEqual(inHeadline(twice), ['DPRD/ORG/Dewan Perwakilan Rakyat Daerah Kabupaten Garut']);
    const knownOnly = 'Banjir Rob Meluas, Warga Datangi DPRD\n\nJAKARTA - Warga pesisir mendatangi DPRD DKI Jakarta, Senin.';
    assert.deepEqual(inHeadline(knownOnly), ['DPRD/ORG/Dewan Perwakilan Rakyat Daerah Provinsi DKI Jakarta']);
  });
});

describe('dups52: runs written as a common phrase, asked once per text', () => {
  it('a run repeated through a long text is dropped everywhere, and the work grows linearly', () => {
    const unit = 'Tahun ini Panen Raya datang lebih awal. Warga desa bersyukur saat panen raya tiba. ';
    // (without the common phrase the run is read as a person: the test reads the drop)
    assert.deepEqual(analyze('Tahun ini Panen Raya datang lebih awal.').actors.map((a) => `${a.text}/${a.type}`), ['Panen Raya/PER']);
    assert.deepEqual(analyze(unit.repeat(3)).actors.filter((a) => a.type === 'PER'), []);
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 1_500);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the check is quadratic`);
  });
});
