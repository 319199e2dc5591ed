// Clubs named by ordinary words and their city (club-before-city.ts, used by sport-clubs.ts in
// the link pass): sentences written for this test on the formats of the dev articles
// d190-d192 (other clubs and people), read with the built-in KB. Every case failed before
// the change, except the guards marked as such.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { capitalisedWordRightBefore, capitalisedWordsBefore, matchSentence, wordOccurrences } from '../../../src/core/recognize/club-before-city';

describe('clubs of ordinary words before their city (link pass)', () => {
  it('the words before a city are the club where a team word or a score stands, whatever the paragraph pass read them as', () => {
    // ("Laut" opens a sea's name, "Kuda" is dropped by the name model)
    assert.deepEqual(linked('Tim voli putra Ikan Laut Balikpapan menundukkan Kuda Hitam Manado 3-1.'), [
      'Ikan Laut Balikpapan/ORG/Ikan Laut Balikpapan', 'Kuda Hitam Manado/ORG/Kuda Hitam Manado',
    ]);
    assert.deepEqual(linked('Tim esports Petir Merah Padang menjuarai turnamen itu.'), ['Petir Merah Padang/ORG/Petir Merah Padang']);
  });
  it('in a sport article the same club is the club again after a player\'s position or a coach\'s title', () => {
    const text = 'Tim basket Singa Muda Kendari menang 80-72 atas tamunya.\n\nPivot Singa Muda Kendari Rudi Hartono mencetak 22 poin. ' +
      'Pelatih Singa Muda Kendari Bonar Sitompul memuji timnya.';
    assert.deepEqual(linked(text), [
      'Singa Muda Kendari/ORG/Singa Muda Kendari', 'Singa Muda Kendari/ORG/Singa Muda Kendari', 'Rudi Hartono/PER/Rudi Hartono',
      'Singa Muda Kendari/ORG/Singa Muda Kendari', 'Bonar Sitompul/PER/Bonar Sitompul',
    ]);
  });
  it('in a sport article two words before a city in a sentence about the league are a club, and its own name alone is the club', () => {
    const text = 'Tim basket Singa Muda Kendari menang 80-72 atas tamunya.\n\nMereka kini tertinggal dari Angin Selatan Ambon di puncak klasemen. ' +
      'Pekan depan Singa Muda menjamu Angin Selatan.';
    assert.deepEqual(linked(text), [
      'Singa Muda Kendari/ORG/Singa Muda Kendari', 'Angin Selatan Ambon/ORG/Angin Selatan Ambon', 'Singa Muda/ORG/Singa Muda Kendari',
      'Angin Selatan/ORG/Angin Selatan Ambon',
    ]);
  });
  it('takes a word the paragraph pass left weak into the club\'s own name ("Bintang" of "Bintang Laut": one mention)', () => {
    const text = 'Tim voli putra Bintang Laut Balikpapan menang 3-1.\n\nSelain Bintang Laut, tim putri Elang Biru Manado juga lolos.';
    assert.deepEqual(linked(text), [
      'Bintang Laut Balikpapan/ORG/Bintang Laut Balikpapan', 'Bintang Laut/ORG/Bintang Laut Balikpapan', 'Elang Biru Manado/ORG/Elang Biru Manado',
    ]);
  });
  it('(review 38) leaves another rule\'s mention before a city alone in a sport article: a name of a pattern, a person', () => {
    const club = 'Tim basket Singa Muda Kendari menang 80-72 atas tamunya. ';
    // ("Rumah" introduces a name, so the capitalised words start at "Sakit": the pattern's
    // "Rumah Sakit Bahteramas" starts before them)
    assert.deepEqual(linked(club + 'Pemain yang cedera pada laga itu dirawat di Rumah Sakit Bahteramas Kendari.').slice(1), [
      'Rumah Sakit Bahteramas/ORG/Rumah Sakit Bahteramas', 'Kendari/GPE/Kendari',
    ]);
    assert.deepEqual(linked(club + 'Pencetak poin terbanyak, Rudi Hartono Kendari, absen di final.').slice(1).map((m) => m.split('/').slice(0, 2).join('/')), [
      'Rudi Hartono/PER', 'Kendari/GPE',
    ]);
    // (a person named again without the city: still a person)
    const player = 'Tim voli putri Elang Biru Manado menang 3-1. Pemain terbaik laga itu, Maria Lumowa Manado, mencetak 20 poin. ' +
      'Maria Lumowa juga terpilih ke timnas.';
    assert.deepEqual(linked(player).slice(1).map((m) => m.split('/').slice(0, 2).join('/')), ['Maria Lumowa/PER', 'Manado/GPE', 'Maria Lumowa/PER']);
  });
  it('(review 38) two words before a city in a sentence about a match are a club only when the article writes them again', () => {
    const text = 'Tim basket Singa Muda Kendari menang 80-72 atas tamunya.\n\nMereka kini tertinggal dari Angin Selatan Ambon di puncak klasemen.';
    assert.ok(!linked(text).some((m) => m.startsWith('Angin Selatan Ambon/ORG')));
  });
  it('(guard) a city after a venue, after a title, or with no team word or score stays the city', () => {
    const sport = 'Tim basket Singa Muda Kendari menang 80-72 atas tamunya. ';
    const venue = linked(`${sport}Laga digelar di Lapangan Bumi Sentosa Kendari dalam laga pekan ketujuh.`);
    assert.deepEqual(venue.slice(1).map((m) => m.split('/')[1]), ['GPE']);
    assert.deepEqual(linked('Wali Kota Kendari Maulana menonton laga yang berakhir 2-1 itu.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
    assert.equal(linked('Bintang Laut Surabaya meresmikan kantor baru di pusat kota.').some((m) => m.startsWith('Bintang Laut Surabaya/ORG')), false);
  });
  it('reads the capitalised words right before a city up to the word that introduces them', () => {
    const at = (t: string, city: string) => capitalisedWordsBefore(t, t.indexOf(city), 3).map((s) => t.slice(s).split(' ')[0]);
    assert.deepEqual(at('Guard Banteng Muda Semarang Kevin', 'Semarang'), ['Banteng', 'Muda']);
    assert.deepEqual(at('tim putri Bintang Laut Surabaya', 'Surabaya'), ['Bintang', 'Laut']);
    assert.deepEqual(at('di GOR Kertajaya Surabaya', 'Surabaya'), []);
    assert.deepEqual(at('Satu Dua Tiga Empat Surabaya', 'Surabaya'), []);
    assert.equal(matchSentence('Mereka tertinggal di klasemen.'), true);
    assert.equal(matchSentence('Mereka meresmikan kantor.'), false);
    assert.deepEqual(wordOccurrences('Gajah Putih dan Gajah Putihnya, Gajah Putih.', 'Gajah Putih', 0, 44), [0, 32]);
  });
  it('asks the KB about a city only where a capitalised word stands right before it, one space apart', () => {
    const before = (t: string, city: string) => capitalisedWordRightBefore(t, t.indexOf(city));
    assert.equal(before('tim putri Bintang Laut Surabaya', 'Surabaya'), true);
    assert.equal(before('di Surabaya', 'Surabaya'), false);
    assert.equal(before('Laut,  Surabaya', 'Surabaya'), false);
    assert.equal(before('Surabaya', 'Surabaya'), false);
  });
});
