// A name in apposition to a person's role is that person, even where the name model reads
// it as a body's before a speech verb: after the body the role belongs to (its acronym in
// brackets or not) and right after the role phrase (person-apposed-to-role.ts).
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('a name apposed to a role after a body or after the role', () => {
  it('is a person', () => {
    assert.deepEqual(actors('Tokoh oposisi dari partai Samagi Jana Balawegaya (SJB), Nimal Jayasuriya Fernando, menuduh kabinet.'),
      ['Samagi Jana Balawegaya/ORG', 'SJB/ORG', 'Nimal Jayasuriya Fernando/PER']);
    assert.deepEqual(actors('Tokoh oposisi, Nimal Jayasuriya Fernando, menuduh kabinet.'), ['Nimal Jayasuriya Fernando/PER']);
  });
  it('bodies after other words and people after roles are read as before', () => {
    assert.deepEqual(actors('Pemilik lahan, PT Sawit Makmur Abadi, menolak tudingan itu.'), ['PT Sawit Makmur Abadi/ORG']);
    assert.deepEqual(actors('Menurut perusahaan asal Jepang, Toyota Motor Corporation, penjualan turun.'), ['Jepang/GPE', 'Toyota Motor Corporation/ORG']);
    assert.deepEqual(actors('Salah satu sponsor, Bank Rakyat Nusantara, menarik dana.'), ['Bank Rakyat Nusantara/ORG']);
    assert.deepEqual(actors('Ketua panitia, Rendra Kusuma Wijaya, menyatakan acara batal.'), ['Rendra Kusuma Wijaya/PER']);
    assert.deepEqual(actors('Lembaga yang menaungi para relawan itu, Aksi Cinta Sesama, membenarkan kabar tersebut.'), ['Aksi Cinta Sesama/ORG']);
  });
});
