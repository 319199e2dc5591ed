// Reporting cues the second speaker batch (dev d69–d74) showed missed or over-read:
// "membenarkan" and "menunjukkan" with a clause and no "bahwa", a possessed subject ending
// in -annya, a promise of an action. Own sentences; each case failed before its change.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: cues of the second speaker batch', () => {
  it('"membenarkan" with a clause and no "bahwa" confirms a statement; with a noun object it does not', () => {
    assert.deepEqual(statementsOf('Peskov membenarkan pihaknya sudah menerima surat dari Kyiv.'),
      ['pihaknya sudah menerima surat dari Kyiv => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov membenarkan kabar tersebut.'), []);
  });

  it('"menunjukkan (bahwa)" is a statement of a person who points it out, not of data', () => {
    assert.deepEqual(statementsOf('Macron menunjukkan bahwa ekspor anggur ke Rusia turun separuh.'),
      ['ekspor anggur ke Rusia turun separuh => Emmanuel Macron']);
    assert.deepEqual(statementsOf('Peskov menunjukkan harga gas di Eropa sudah naik dua kali lipat.'),
      ['harga gas di Eropa sudah naik dua kali lipat => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Data NATO menunjukkan belanja pertahanan sekutu naik sembilan persen.'), []);
    // Showing evidence is an act: "terdakwa" is a noun, not a ter- verb that makes a clause.
    assert.deepEqual(statementsOf('Lavrov kemudian menunjukkan surat atas nama istri terdakwa yang menerima uang itu.'), []);
  });

  it('a content opening with a possessed noun in -annya and a negation is a clause', () => {
    assert.deepEqual(statementsOf('Lavrov berdalih perusahaannya tidak pernah menerima dana itu.'),
      ['perusahaannya tidak pernah menerima dana itu => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Macron menyatakan dukungannya terhadap rencana itu.'), []);
  });

  it('"berjanji" + a bare verb is a commitment to act, not a statement; "akan" + verb and a clause of its own are one (dev d135, d277)', () => {
    assert.deepEqual(statementsOf('Macron berjanji akan memanggil para duta besar pekan depan.'),
      ['akan memanggil para duta besar pekan depan => Emmanuel Macron']);
    assert.deepEqual(statementsOf('Peskov berjanji memeriksa laporan itu.'), []);
    assert.deepEqual(statementsOf('Lavrov berjanji timnya akan membuka semua dokumen.'),
      ['timnya akan membuka semua dokumen => Sergey Lavrov']);
  });

  it('a body before a statement\'s channel speaks ("Manajemen X dalam keterangan tertulis berdalih …"); "Perseroan" is the company named before', () => {
    assert.deepEqual(statementsOf('Manajemen NATO dalam keterangan tertulis berdalih keterlambatan itu dipicu cuaca buruk. Perseroan menyatakan laba kuartal ini tetap tumbuh.'),
      ['keterlambatan itu dipicu cuaca buruk => NATO', 'laba kuartal ini tetap tumbuh => NATO']);
    assert.deepEqual(statementsOf('Perseroan menyatakan laba kuartal ini tetap tumbuh.'), []);
  });
});
