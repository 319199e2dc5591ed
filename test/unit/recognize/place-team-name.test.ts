import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('a KB place followed by a team nickname (place-team-name)', () => {
  it('a US state or city with a nickname in a sentence about a match is one team', () => {
    assert.ok(actors('Utah Jazz kalah 101-112 dari tuan rumah dalam laga NBA, Minggu.').includes('Utah Jazz/ORG/Utah Jazz'));
    assert.ok(actors('Texas Rangers menang 5-3 atas tim tamu pada pertandingan Sabtu.').includes('Texas Rangers/ORG/Texas Rangers'));
    assert.ok(actors('New York Knicks kalah dari Miami Heat di kandang sendiri pada laga Jumat.').includes('New York Knicks/ORG/New York Knicks'));
    assert.ok(actors('New York Knicks kalah dari Miami Heat di kandang sendiri pada laga Jumat.').includes('Miami Heat/ORG/Miami Heat'));
  });
  it('a foreign football club named by its city and a word is one team', () => {
    assert.ok(actors('Lion City Sailors bertemu Melbourne City di Liga Champions Asia.').includes('Melbourne City/ORG/Melbourne City'));
    assert.ok(actors('Klub Filipina itu kalah 0-3 dari Manila Digger.').includes('Manila Digger/ORG/Manila Digger'));
  });
  it('a team word before the place does not keep the team apart ("Skuad Utah Jazz", "Kubu Melbourne City")', () => {
    assert.ok(actors('Skuad Utah Jazz kecewa dengan kekalahan 101-112 itu.').includes('Utah Jazz/ORG/Utah Jazz'));
    assert.ok(actors('Kubu Melbourne City menyiapkan tim terbaik untuk laga itu.').includes('Melbourne City/ORG/Melbourne City'));
  });
  it('the club named again by its nickname alone is the same team', () => {
    const t = 'Utah Jazz kalah 101-112 dalam laga NBA, Minggu. Pelatih Jazz mengaku kecewa.';
    assert.ok(actors(t).includes('Jazz/ORG/Utah Jazz'));
  });
  it('an organisation ending with the place takes the nickname after it in ("PS Kerinci Jaya")', () => {
    const t = 'Kemenangan 2-1 itu membawa Kerinci Jaya ke puncak klasemen. Manajer PS Kerinci Jaya, Budi, senang.';
    assert.deepEqual(actors(t).slice(0, 2), ['Kerinci Jaya/ORG/Kerinci Jaya', 'PS Kerinci Jaya/ORG/PS Kerinci Jaya']);
  });
  it('leaves places, directions, venues and people after a place alone', () => {
    assert.deepEqual(actors('Hujan deras melanda Texas Selatan sebelum laga Minggu.'), ['Texas Selatan/GPE/Texas Selatan']);
    assert.deepEqual(actors('Gubernur Texas Greg Abbott menonton laga itu.').slice(0, 1), ['Texas/GPE/Texas']);
    assert.ok(actors('Di Florida Ron DeSantis menyaksikan pertandingan itu.').includes('Florida/GPE/Florida'));
    assert.ok(actors('Pelatih Bandung Budi memuji timnya usai laga.').includes('Bandung/GPE/Bandung'));
    assert.ok(actors('Petinju Surabaya Daud menang angka dalam laga itu.').includes('Surabaya/GPE/Surabaya'));
    assert.ok(!actors('Kali ini Stadion Gelora Bandung Lautan Api menjadi tuan rumah laga itu.').some((a) => a.startsWith('Bandung Lautan')));
    // (a venue or an event held at the place is not a team)
    assert.ok(actors('Partai puncak dimainkan malam nanti di Jakarta International Stadium.').includes('Jakarta/GPE/Jakarta'));
    assert.ok(actors('Ia juara Miami Open musim lalu.').includes('Miami/GPE/Miami'));
    assert.ok(actors('Jakarta Marathon diikuti ribuan pelari musim ini.').includes('Jakarta/GPE/Jakarta'));
    assert.ok(actors('Suporter dari Malang Raya memadati stadion saat laga itu.').includes('Malang/GPE/Malang'));
    // (a headline in Title Case: the verb after the nickname is no part of it)
    assert.ok(!actors('Utah Jazz Kalah 101-112 dari Denver Nuggets di Laga NBA\n\nIsi berita.').some((a) => a.startsWith('Utah Jazz Kalah')));
    // (no word of sport in the sentence: the place stays)
    assert.ok(actors('Warga Utah Jazz menggelar festival musik.').includes('Utah/GPE/Utah'));
  });
  it('clubs no rule can read (an Arabic article, a club word before the city) are KB organisations', () => {
    assert.ok(actors('Pemain itu mencetak dua gol untuk Al Nassr saat melawan Al-Hilal.').includes('Al Nassr/ORG/Al Nassr FC'));
    assert.ok(actors('Pemain itu mencetak dua gol untuk Al Nassr saat melawan Al-Hilal.').includes('Al-Hilal/ORG/Al Hilal SFC'));
    assert.ok(actors('Ia membawa Inter Miami menang 2-1.').includes('Inter Miami/ORG/Inter Miami CF'));
    assert.ok(actors('Urawa Red Diamonds lolos ke babak berikutnya.').includes('Urawa Red Diamonds/ORG/Urawa Red Diamonds'));
  });
});
