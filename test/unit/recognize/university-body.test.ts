import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('university-body (link pass: "BEM Unmul")', () => {
  it('an unknown acronym before a university the article names by its short form is one body of it', () => {
    assert.deepEqual(linked('Mahasiswa Universitas Mulawarman (Unmul) berdemo. Ketua BEM Unmul, Raka Putra, hadir.').slice(2, 3), ['BEM Unmul/ORG/Badan Eksekutif Mahasiswa Universitas Mulawarman']);
    assert.deepEqual(linked('Mahasiswa Universitas Mulawarman (Unmul) berdemo. Ketua BEM\u00a0Unmul, Raka Putra, hadir.').slice(2, 3), ['BEM\u00a0Unmul/ORG/Badan Eksekutif Mahasiswa Universitas Mulawarman']);
  });
  it('leaves a body the KB knows apart from the university after it', () => {
    assert.deepEqual(linked('Mahasiswa Universitas Mulawarman (Unmul) berdemo. KPK Unmul hadir.').slice(2), ['KPK/ORG/Komisi Pemberantasan Korupsi', 'Unmul/ORG/Universitas Mulawarman']);
  });
});
