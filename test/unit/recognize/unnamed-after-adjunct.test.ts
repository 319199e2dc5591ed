// speakers49b item 3: an unnamed source after a fronted adjunct ("Dalam video, seorang pria …
// menyebut tarif itu “sudah aturan”") speaks unnamed; the fragment is not the uploader's named
// the sentence before. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { speakersWithBuiltinKb as quotes } from './helpers';
import { unnamedOpenerAfterAdjunct } from '../../../src/core/recognize/unnamed-after-adjunct';

describe('an unnamed source after a fronted adjunct (unnamed-after-adjunct.ts)', () => {
  it('gives the fragment after "Dalam rekaman, seorang petugas … menyebut" to nobody', () => {
    const t = 'Rekaman itu diunggah akun milik Salma Putri, pelancong asal Bogor. Dalam rekaman, seorang petugas berkaus biru enggan memberi tiket dan menyebut ongkos itu "sudah ketentuan".';
    assert.deepEqual(quotes(t), [null]);
  });

  it('gives a "katanya" after "Saat razia, salah seorang pedagang mengaku" to nobody', () => {
    const t = 'Kepala Satpol PP, Hendra Gunawan, memimpin razia di pasar. Saat razia, salah seorang pedagang mengaku baru berjualan sepekan.\n\n"Saya belum tahu aturannya," katanya.';
    assert.deepEqual(quotes(t), [null]);
  });

  it('keeps a named source after the unnamed description ("Dalam rapat, seorang anggota dewan, Budi Santoso, mengatakan")', () => {
    const t = 'Dalam rapat, seorang anggota dewan, Budi Santoso, mengatakan anggaran itu "terlalu kecil".';
    assert.deepEqual(quotes(t), ['Budi Santoso']);
  });

  it('keeps a named subject after an adjunct ("Dalam video, Rania menyebut")', () => {
    const t = 'Video itu diunggah Rania Oktaviani. Dalam video, Rania menolak membayar dan menyebut tarif itu "tidak masuk akal".';
    assert.deepEqual(quotes(t), ['Rania Oktaviani']);
  });

  it('finds the opener only after an adjunct word and its comma', () => {
    assert.equal(unnamedOpenerAfterAdjunct('Dalam video, seorang pria menyebut …', 0), 'Dalam video, seorang '.length);
    assert.equal(unnamedOpenerAfterAdjunct('Dalam video, pria itu menyebut …', 0), -1);
    assert.equal(unnamedOpenerAfterAdjunct('Rania, seorang wisatawan, menyebut …', 0), -1);
    assert.equal(unnamedOpenerAfterAdjunct('Dalam video seorang pria menyebut …', 0), -1);
  });
});
