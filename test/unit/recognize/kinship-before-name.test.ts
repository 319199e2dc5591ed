// "Ayah Ilham, Junaidi, mengaku khawatir …" (dev d249): a kinship noun at a sentence start
// before a person the article named is the relation ("Ilham's father"), no word of the
// name. Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('a kinship noun before a named person (name-variants.ts)', () => {
  it('"Ayah <name>, <name>," gives the child and the father, not "Ayah <name>"', () => {
    const got = linked('Perahu itu dikemudikan Rafli, nelayan berusia 14 tahun.\n\nAyah Rafli, Darmawan, mengaku cemas setiap kali anaknya melaut.');
    assert.ok(got.includes('Rafli/PER/Rafli'), got.join(' | '));
    assert.ok(!got.some((a) => a.startsWith('Ayah')), got.join(' | '));
  });
  it('the other kinship nouns too; a name of one word before it stays the person', () => {
    const got = linked('Rumah itu milik Sulastri.\n\nSuami Sulastri, Bambang, menolak berkomentar.');
    assert.ok(got.includes('Sulastri/PER/Sulastri') && !got.some((a) => a.startsWith('Suami')), got.join(' | '));
  });
});
