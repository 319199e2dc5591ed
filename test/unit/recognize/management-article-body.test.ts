// Review 45: "manajemen" went to the last company named before it, so a club's management
// spoke for the league operator its story named in passing, and a hotel's for an airport
// operator. The management is the article's own body (body-anaphor.ts articleBodyBefore):
// the body its lede names, else the one named most often; nobody when none stands out.
// Own invented sentences.
import assert from 'node:assert/strict';
import { speakersWithTestKb, statementPairsWithTestKb } from './helpers';

describe('"manajemen" speaks for the article\'s own body', () => {
  it('the club the lede names, not the league operator named after it', () => {
    const text = 'Persija Jakarta resmi merekrut bek asal Jepang. Kontrak diteken di kantor PT Bank Sentosa Raya. PT Liga Sepak Bola Nusantara (LSBN) sudah menerima berkas pemain.\n\n' +
      'Manajemen menegaskan pemain itu siap tampil pekan depan. "Ia sudah berlatih," tulis manajemen dalam unggahan klub.';
    assert.deepEqual(speakersWithTestKb(text), ['Persija Jakarta']);
    assert.deepEqual(statementPairsWithTestKb(text).map(([, s]) => s), ['Persija Jakarta']);
  });

  it('the company of the lede after a headline and a dateline, not the outlet', () => {
    assert.deepEqual(speakersWithTestKb('Laba Emiten Pangan Turun, Manajemen Salahkan Kedelai\n\nKONTAN.CO.ID - JAKARTA. PT Samudra Pangan Lestari Tbk membukukan laba Rp 80 miliar, turun 38%.\n\n' +
      'Dalam keterangan yang diterima Kontan.co.id, perusahaan menyebut pabrik akan ditambah.\n\n"Tidak ada rencana divestasi aset," tulis manajemen.'), ['PT Samudra Pangan Lestari Tbk']);
  });

  it('the company of the lede, across paragraphs', () => {
    assert.deepEqual(statementPairsWithTestKb('Laba PT Samudra Pangan Lestari Tbk turun 40 persen. Pesaingnya, PT Karya Boga Tbk, justru naik.\n\nManajemen menegaskan pabrik di Karawang tidak dijual.'),
      [['pabrik di Karawang tidak dijual', 'PT Samudra Pangan Lestari Tbk']]);
  });
});

describe('"manajemen" speaks for nobody', () => {
  it('when the lede names no body and none is named more than once', () => {
    assert.deepEqual(speakersWithTestKb('Sebuah hotel di Kuta terbakar pada Senin malam. Tamu dievakuasi ke kantor PT Bandara Nusa Dua.\n\n"Kami akan menanggung kerugian tamu," tulis manajemen.'), [null]);
  });
});
