// d346 (speakers47b): an Arabic surname opened by a lower-case article joined with a hyphen
// ("Hamid Rasyid al-Jabouri") is one person's name. The name was cut before "al-", and every
// quote and statement of the person went to the cut name (actors/extents.ts unknownExtent).
// Sentences written for this test, read with the built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker ?? null);

describe('a lower-case Arabic article inside a name (extents.ts unknownExtent)', () => {
  it('"al-" joined to the surname keeps the surname in the name', () => {
    assert.deepEqual(linked('Wali kota itu, Hamid Rasyid al-Jabouri, menutup kantor dinas.'), [
      'Hamid Rasyid al-Jabouri/PER/Hamid Rasyid al-Jabouri',
    ]);
  });
  it('the quote goes to the whole name', () => {
    assert.deepEqual(speakers('"Kami menunggu bantuan," kata Samir Fadhil al-Khafaji, petani setempat.'), ['Samir Fadhil al-Khafaji']);
  });
  it('the assimilated and Egyptian forms too ("as-Sayed", "el-Masry")', () => {
    assert.deepEqual(linked('Peneliti Huda Karim as-Sayed dan Omar Farouk el-Masry hadir.').map((s) => s.split('/')[0]), [
      'Huda Karim as-Sayed', 'Omar Farouk el-Masry',
    ]);
  });
  // Probes: a hyphenated lower-case word that is no Arabic article stays outside the name.
  it('no article, no join: "se-", "non-", "anti-", "pro-" and a lower-case word before a name', () => {
    assert.deepEqual(linked('Lomba itu diikuti Budi Santoso se-Jawa Timur.').map((s) => s.split('/')[0]).includes('Budi Santoso'), true);
    assert.ok(!linked('Rapat Budi Santoso non-Partai hari ini.').some((s) => s.includes('non-')));
    assert.ok(!linked('Slamet Riyadi anti-Korupsi berbicara.').some((s) => s.includes('anti-')));
    assert.ok(!linked('Dukungan Andi Wijaya pro-Rusia meluas.').some((s) => s.includes('pro-')));
    assert.ok(!linked('Kata Budi Santoso al kisah itu benar.').some((s) => s.includes(' al ')));
  });
});
