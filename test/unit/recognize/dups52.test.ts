// Session 52 (dups52): where two copies of one word list disagreed, the owner's list decides.
// Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const orgs = (t: string) => analyze(t).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

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
