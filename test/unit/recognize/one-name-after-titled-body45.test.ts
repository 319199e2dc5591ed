// Session 45 (issues 13/14): regional news names a group's chair by one name in apposition
// after the title and the group ("Ketua Kelompok Tani Sido Makmur, Paiman, yang …, tampak
// lega") and quotes them later by a description ("kata pria yang sudah 30 tahun bertani
// itu"). The one name was dropped (only names of two words or more were read after a body),
// so the description went to the lawyer quoted before. Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithTestKb, speakersWithTestKb } from './helpers';

const HEARING = 'Terdakwa divonis dua tahun penjara.\n\nKuasa hukum terdakwa, Yohanes Kristiawan, menyatakan pikir-pikir. "Klien kami juga korban," katanya.\n\n';

describe('one name in apposition after a title and its body ("Ketua Kelompok Tani X, Paiman, …")', () => {
  it('is a person', () => {
    assert.deepEqual(actorsWithTestKb('Ketua Kelompok Tani Sido Makmur, Paiman, tampak lega mendengar putusan itu.'),
      ['Kelompok Tani Sido Makmur/ORG/Kelompok Tani Sido Makmur', 'Paiman/PER/Paiman']);
  });
  it('is the one a later description means, not the speaker before', () => {
    const t = HEARING + 'Ketua Kelompok Tani Sido Makmur, Paiman, yang mengikuti sidang dari bangku pengunjung, tampak lega.\n\n' +
      '"Sawah saya kerdil semua," kata pria yang sudah 30 tahun bertani itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Yohanes Kristiawan', 'Paiman']);
  });
});

describe('one word after a body and a comma stays no person', () => {
  it('without a title before the body, or in a list', () => {
    assert.deepEqual(actorsWithTestKb('Kelompok Tani Sido Makmur, Sleman, menggelar panen raya.').filter((a) => a.endsWith('/PER/Sleman')), []);
    assert.deepEqual(actorsWithTestKb('Anggota Kelompok Tani Sido Makmur, Kelompok Tani Maju, dan warga hadir.').filter((a) => a.includes('/PER/')), []);
  });
});
