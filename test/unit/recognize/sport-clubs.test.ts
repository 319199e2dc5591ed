// Sport clubs named with their city (sport-clubs.ts, link pass): sentences written for this
// test on the formats of the sport dev articles d119-d126, read with the built-in KB. Every
// case failed before its change, except the guards marked as such.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('sport clubs named with their city (link pass)', () => {
  it('a city and the name after it are one club where a score or a team word stands before', () => {
    assert.deepEqual(linked('Tim putri Malang Elang Perkasa menundukkan Medan Bintang Utara 3-1 (25-20, 22-25, 25-19, 25-23).'), [
      'Malang Elang Perkasa/ORG/Malang Elang Perkasa', 'Medan Bintang Utara/ORG/Medan Bintang Utara',
    ]);
  });
  it('a name and its city after it are one club too ("Rajawali Borneo Samarinda")', () => {
    assert.deepEqual(linked('Tuan rumah Harimau Sakti Balikpapan menang 80-72 atas tamunya.'), [
      'Harimau Sakti Balikpapan/ORG/Harimau Sakti Balikpapan',
    ]);
  });
  it('the club\'s shorter forms are the club, and its name read with a coach\'s is cut off him', () => {
    const text = 'Tim putra Bogor Garuda Muda kalah 1-3 dari lawannya. Pelatih Garuda Muda Marco Vieira kecewa. Kubu Garuda mengajukan protes.';
    assert.deepEqual(linked(text), [
      'Bogor Garuda Muda/ORG/Bogor Garuda Muda', 'Garuda Muda/ORG/Bogor Garuda Muda', 'Marco Vieira/PER/Marco Vieira', 'Garuda/ORG/Bogor Garuda Muda',
    ]);
  });
  it('(guard) a player after a country or a title stays a person, also with a score in the sentence', () => {
    assert.deepEqual(linked('Ia kalah dari pebulu tangkis India Kiran George 15-21, 19-21.'), ['India/GPE/India', 'Kiran George/PER/Kiran George']);
    assert.deepEqual(linked('Wali Kota Surabaya Eri Cahyadi menonton laga yang berakhir 2-1 itu.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
    // (no team word and no score: a city and a person)
    assert.deepEqual(linked('Di Surabaya, Budi Santoso menolak berkomentar.').map((m) => m.split('/')[1]), ['GPE', 'PER']);
  });
  it('an organisation of the article read with the person after it is cut off the person', () => {
    const text = 'TEGAL, Radar Tegal - Klub itu naik kasta. Wartawan Radar Tegal Nurul Fitriani menemuinya.';
    assert.deepEqual(linked(text).slice(-2), ['Radar Tegal/ORG/Radar Tegal', 'Nurul Fitriani/PER/Nurul Fitriani']);
  });
  it('(guard) outside a sport article the lead pass still reads an unknown person of three words that an organisation opens', () => {
    // (joinSportClubs builds the organisations' leads only when such a person is there)
    const text = 'Radar Tegal melaporkan banjir di pantura. Wartawan Radar Tegal Nurul Fitriani menemuinya.';
    assert.deepEqual(linked(text).slice(-2), ['Radar Tegal/ORG/Radar Tegal', 'Nurul Fitriani/PER/Nurul Fitriani']);
  });
  it('sport federations and series holders are in the KB', () => {
    assert.deepEqual(linked('Sekjen PBVSI dan Ketua Umum PB PASI hadir bersama perwakilan KOI, KONI, FFI, IMI, dan Dorna Sports.').map((m) => m.split('/')[2]), [
      'Persatuan Bola Voli Seluruh Indonesia', 'Persatuan Atletik Seluruh Indonesia', 'Komite Olimpiade Indonesia', 'Komite Olahraga Nasional Indonesia',
      'Federasi Futsal Indonesia', 'Ikatan Motor Indonesia', 'Dorna Sports',
    ]);
  });
  it('racers, players and coaches by their sport\'s role word stay outside the name; a racing team ends in "Team"', () => {
    assert.deepEqual(linked('Pembalap Gresini Racing Team itu finis ketiga. Coach Sutan Harahap ikut rapat.'), [
      'Gresini Racing Team/ORG/Gresini Racing Team', 'Sutan Harahap/PER/Sutan Harahap',
    ]);
  });
  it('a venue\'s English name and the racing classes are no actors, the country in a Grand Prix\'s name is', () => {
    assert.deepEqual(linked('Final digelar di Nimibutr Stadium, Bangkok, setelah balapan Moto3 Grand Prix Indonesia.'), [
      'Bangkok/GPE/Bangkok', 'Indonesia/GPE/Indonesia',
    ]);
    // (a body named after the race keeps its whole name)
    assert.deepEqual(linked('Direktur Utama Mandalika Grand Prix Association menyebut penonton naik.'), [
      'Mandalika Grand Prix Association/ORG/Mandalika Grand Prix Association',
    ]);
  });
  it('a club in apposition after a team word and a comma is a club too ("pemuncak klasemen, Garuda Sakti Makassar,")', () => {
    assert.deepEqual(linked('Jarak dengan pemuncak klasemen, Garuda Sakti Makassar, tinggal dua poin.'), [
      'Garuda Sakti Makassar/ORG/Garuda Sakti Makassar',
    ]);
  });
  it('a Pers- club with its town after a title ("Direktur Teknik Persekat Tegal Hendro Widjajanto")', () => {
    assert.deepEqual(linked('Direktur Teknik Persekat Tegal Hendro Widjajanto baru dua bulan menjabat.'), [
      'Persekat Tegal/ORG/Persekat Tegal', 'Hendro Widjajanto/PER/Hendro Widjajanto',
    ]);
  });
  it('a sentence-opening word with a capital inside a sentence, before two words of a name, is the name\'s (the Sasak title "Lalu")', () => {
    assert.deepEqual(linked('Atlet atletik Indonesia Lalu Ahmad Fadli meraih emas.'), ['Indonesia/GPE/Indonesia', 'Lalu Ahmad Fadli/PER/Lalu Ahmad Fadli']);
    // (guard: two words only, as "Yang Mulia", stay out)
    assert.deepEqual(linked('Baik, Yang Mulia, saya paham.'), []);
  });
});
