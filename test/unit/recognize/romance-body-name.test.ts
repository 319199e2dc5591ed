import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

// Issue 13 (dev d262, d263): a body named in Spanish, Portuguese or French was read as a
// person or cut at its "de"/"des", its place read alone.
describe('a Romance-language body ("Universidad … de …", "Société … des …")', () => {
  it('reads the head, its words and their connectors as one body', () => {
    assert.deepEqual(actors('Survei Universidad Nacional de Colombia menempatkan kandidat itu di posisi kedua.'),
      ['Universidad Nacional de Colombia/ORG']);
    assert.deepEqual(actors('Konsesi Compagnie Minière des Fleuves diperluas tahun lalu.'), ['Compagnie Minière des Fleuves/ORG']);
    assert.deepEqual(actors('Peneliti Universidade Federal do Recife menolak klaim itu.'), ['Universidade Federal do Recife/ORG']);
  });
  it('stops at a lower-case word that is no connector, and keeps a person after it apart', () => {
    assert.deepEqual(actors('Banco Central de Chile menaikkan bunga, kata Mateo Rojas.'), ['Banco Central de Chile/ORG', 'Mateo Rojas/PER']);
  });
  it('ends before Indonesian "di" ("in") and "e", which join an Italian name only', () => {
    assert.deepEqual(actors('Instituto Cervantes di Jakarta menggelar pameran buku.'), ['Instituto Cervantes/ORG', 'Jakarta/GPE']);
    assert.deepEqual(actors('Peneliti Università Statale di Milano menolak klaim itu.'), ['Università Statale di Milano/ORG']);
  });
  it('leaves a KB name that spans the run to the KB', () => {
    assert.deepEqual(analyze('Kantor berita Agence France-Presse melaporkan itu.').actors.map((a) => `${a.text}/${a.entityId !== undefined}`),
      ['Agence France-Presse/true']);
  });
});

describe('a capitalised word right before a Romance head', () => {
  it('is the name\'s inside a sentence ("Pontificia Universidad …")', () => {
    assert.deepEqual(actors('Menurut jajak pendapat Pontificia Universidad Javeriana, dukungan turun.'), ['Pontificia Universidad Javeriana/ORG']);
  });
});
