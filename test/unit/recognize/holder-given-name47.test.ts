// "Kepala Dinas Kesehatan Hairil Anwar": a body's holder glued after it whose surname is a
// known person's given name ("Anwar" of Anwar Ibrahim) is cut off whole, not read as the
// body's last word and the known person (given-name-alias.ts holderGivenNameEnd).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}=${a.canonical}`);

describe('a body\'s holder whose surname is a known given name', () => {
  it('is a person of their own after the body', () => {
    assert.deepEqual(actors('Kepala Dinas Kesehatan Hairil Anwar mengatakan kasus naik.'),
      ['Dinas Kesehatan/ORG=Dinas Kesehatan', 'Hairil Anwar/PER=Hairil Anwar']);
    assert.deepEqual(actors('Kepala Dinas Pendidikan Rudi Prabowo meninjau sekolah.'),
      ['Dinas Pendidikan/ORG=Dinas Pendidikan', 'Rudi Prabowo/PER=Rudi Prabowo']);
  });
  it('the known person named alone or in full after a body is read as before', () => {
    assert.deepEqual(actors('Dinas Kesehatan Provinsi mengundang Anwar Ibrahim.'),
      ['Dinas Kesehatan Provinsi/ORG=Dinas Kesehatan Provinsi', 'Anwar Ibrahim/PER=Anwar Ibrahim']);
    assert.deepEqual(actors('Kepala Dinas Kesehatan Jember menyambut Anwar di bandara.'),
      ['Dinas Kesehatan Jember/ORG=Dinas Kesehatan Kabupaten Jember', 'Anwar/PER=Anwar Ibrahim']);
    assert.deepEqual(actors('Ketua Dewan Pers Ninik Rahayu menilai aturan itu.'), ['Dewan Pers/ORG=Dewan Pers', 'Ninik Rahayu/PER=Ninik Rahayu']);
  });
});
