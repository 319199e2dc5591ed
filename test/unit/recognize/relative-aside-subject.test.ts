// d344 (speakers47b): "X, yang ditemui di dermaga Y, menilai …": a relative clause set off by
// commas between a person and the verb describes the person; a name inside it (a place guessed
// as a person's name, a companion) is not the verb's subject (relative-aside-subject.ts).
// Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const said = (text: string) => (analyze(text).reported ?? []).map((s) => s.speaker ?? null);

describe('a person before a relative clause set off by commas speaks (relative-aside-subject.ts)', () => {
  it('a place guessed as a person inside the clause is no subject', () => {
    assert.deepEqual(said('Kapal bersandar di Waisai.\n\nPenyelam itu, Budi Santoso, yang ditemui di dermaga Waisai, menilai tarif baru masih wajar.'), [
      'Budi Santoso',
    ]);
  });
  it('nor a person named inside the clause', () => {
    assert.deepEqual(said('Petani itu, Budi Santoso, yang pernah bekerja untuk Joko Susilo, menilai harga pupuk terlalu mahal.'), ['Budi Santoso']);
  });
  // Probes: the person inside a clause that is no aside before the verb keeps speaking.
  it('probes: no relative clause, or the verb inside it, or a person after it', () => {
    assert.deepEqual(said('Budi Santoso bertemu Joko Susilo, yang kemudian menilai harga pupuk terlalu mahal.'), ['Joko Susilo']);
    assert.deepEqual(said('Budi Santoso, yang ditemui di Jakarta, dan Joko Susilo menilai harga pupuk terlalu mahal.').length <= 1, true);
    assert.deepEqual(said('Menurut Budi Santoso, yang hadir di rapat itu, Joko Susilo menilai harga pupuk terlalu mahal.').at(-1), 'Joko Susilo');
  });
});
