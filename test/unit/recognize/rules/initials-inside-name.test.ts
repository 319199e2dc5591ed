// "Suharto AD Ginting", "Hasan AS Siregar": Indonesian names often carry a father's or a second
// name as two or three capitals between the given name and the surname. The capitals are no
// body ("AD") nor a country ("AS"), and a given name that is also a known person's ("Suharto")
// is the start of this person's name (dev d376). Sentences written for this test.
import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule initials-inside-name', () => {
  it('reads given name, capitals and surname as one person', () => {
    assert.deepEqual(mentions('Menurut Hasan AS Siregar, harga gabah naik.'), ['Hasan AS Siregar/PER']);
    assert.deepEqual(mentions('Pelatih tim tamu, Budiman AD Ginting, memuji anak asuhnya.'), ['Budiman AD Ginting/PER']);
    assert.ok(steps('Suharto AD Ginting mengatakan timnya bertahan.').includes('initials-inside-name: Suharto AD Ginting'));
  });
  it('(guard) leaves a title, a body or a place before the capitals, and a place after them', () => {
    assert.ok(mentions('Presiden AS Donald Trump tiba di Tokyo.').some((m) => m.startsWith('AS/')));
    assert.ok(!steps('Kader PDIP Budi Santoso hadir.').some((s) => s.startsWith('initials-inside-name')));
    assert.ok(!steps('Warga Jakarta RT Lima mengeluh.').some((s) => s.startsWith('initials-inside-name')));
    assert.ok(!steps('Perusahaan Lestari FC Bandung dibubarkan.').some((s) => s.startsWith('initials-inside-name')));
    assert.ok(!steps('Kapolres Bima AKBP Eko Sutomo memimpin apel.').some((s) => s.startsWith('initials-inside-name')));
  });
});
