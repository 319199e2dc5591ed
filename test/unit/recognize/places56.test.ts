// Session 56 (issue 13, places56): places and bodies on news the recognizer was not tuned on.
// Every sentence was written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';
import { ORDINARY_WORD_SEATS } from '../../../src/core/kb/ordinary-word-seats';
import { SEAT_EXCLUSIONS } from '../../../scripts/build-seats.mjs';

describe('a route\'s end the gazetteer does not know (places56; its "no actor" reading was reverted)', () => {
  it('(guard) keeps regencies written bare and seats on a route', () => {
    assert.deepEqual(actors('Kapal perintis kini melayani Kupang-Alor dua kali sepekan.').slice(-2), ['Kupang/GPE/Kupang', 'Alor/GPE/Kabupaten Alor']);
    assert.deepEqual(actors('Bus malam rute Soe-Kefamenanu berangkat pukul tujuh.'), ['Soe/GPE/Soe', 'Kefamenanu/GPE/Kefamenanu']);
  });
  it('keeps a foreign town the KB does not know on a route whose other end is a foreign place', () => {
    assert.deepEqual(actors('Maskapai kecil itu membuka rute Perth-Kalbarri mulai Juni.'), ['Perth/GPE/Perth', 'Kalbarri/GPE/Kalbarri']);
    assert.deepEqual(actors('Kereta wisata rute Ollantaytambo-Cusco kembali beroperasi.'), ['Ollantaytambo/GPE/Ollantaytambo', 'Cusco/GPE/Cusco']);
  });
  it('(guard) joins no place to a hyphenated surname', () => {
    assert.deepEqual(actors('Penyerang Diego Morales-Santoso mencetak dua gol.'), ['Diego Morales-Santoso/PER/Diego Morales-Santoso']);
  });
});

describe('a regency seat named like an ordinary word (places56)', () => {
  it('reads the seat after a place preposition in an article about its regency', () => {
    const cirebon = actors('Bupati Cirebon meninjau posko banjir kemarin. Rapat koordinasi digelar di Sumber, Rabu pagi.');
    assert.ok(cirebon.includes('Sumber/GPE/Sumber'), cirebon.join(', '));
    const tabalong = actors('Harga gabah di Kabupaten Tabalong turun. Para petani berkumpul di Tanjung pada Senin untuk menjual panen.');
    assert.ok(tabalong.includes('Tanjung/GPE/Tanjung'), tabalong.join(', '));
    const jembrana = actors('Nelayan Jembrana libur melaut. Mereka kembali ke Negara, kata seorang nelayan.');
    assert.ok(jembrana.includes('Negara/GPE/Negara'), jembrana.join(', '));
  });
  it('reads the seat where the regency is named in another paragraph', () => {
    const found = actors('Tarif air minum di Tabalong naik mulai bulan ini.\n\nWarga mengantre di kantor perusahaan itu di Tanjung, Senin.');
    assert.ok(found.includes('Tanjung/GPE/Tanjung'), found.join(', '));
    const lombok = actors('Wisatawan di Lombok Utara bertambah.\n\nBupati meresmikan pasar baru di Tanjung, Sabtu.');
    assert.ok(lombok.includes('Tanjung/GPE/Tanjung'), lombok.join(', '));
  });
  it('lists only seats the seats gazetteer leaves out as ordinary words', () => {
    for (const seat of ORDINARY_WORD_SEATS.keys()) assert.ok(SEAT_EXCLUSIONS.words.includes(seat), seat);
  });
  it('(guard) leaves the word where the regency is not named, where a name goes on, and as a word', () => {
    const elsewhere = actors('Rapat koordinasi digelar di Sumber, Rabu pagi, kata panitia di Bandung.');
    assert.ok(!elsewhere.some((a) => a.startsWith('Sumber/')), elsewhere.join(', '));
    const port = actors('Warga Tabalong berlibur ke Tanjung Priok dan Tanjung Perak pekan lalu.');
    assert.ok(!port.some((a) => a.startsWith('Tanjung/')), port.join(', '));
    // ("Munas", "Munawar" name no Muna: the regency's name counts as a whole word only)
    const munas = actors('Ketua partai membuka Munas di Bogor. Rombongan Munawar lalu berangkat ke Raha pada Selasa.');
    assert.ok(!munas.some((a) => a.startsWith('Raha/')), munas.join(', '));
    const muna = actors('Bupati Muna membuka rapat di Bogor. Rombongan lalu berangkat ke Raha pada Selasa.');
    assert.ok(muna.includes('Raha/GPE/Raha'), muna.join(', '));
    const source = actors('Bupati Cirebon belum menjawab. Sumber di pemkab menyebut rapat ditunda.');
    assert.ok(!source.some((a) => a.startsWith('Sumber/')), source.join(', '));
  });
});
