// Regressions an outside review found in the tenth batch's rules (branch gen17), each with a
// sentence written for this test (the reviewer's own inputs), read with the built-in KB. Every
// case failed before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);
const reported = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}`);

describe('review of the tenth batch (gen17): regressions', () => {
  it('1. a village head\'s name before a weekday, a degree or another title is the head, not the village', () => {
    assert.deepEqual(actors('Kepala Desa Suparman, Senin (5/1), mengatakan bahwa jalan desa rusak parah.'), ['Suparman/PER']);
    assert.deepEqual(reported('Kepala Desa Suparman, Senin (5/1), mengatakan bahwa jalan desa rusak parah.'), ['jalan desa rusak parah/Suparman']);
    assert.deepEqual(actors('Lurah Hartono, Kamis, menjelaskan bahwa bantuan sudah dibagikan.'), ['Hartono/PER']);
    assert.ok(actors('Kepala Desa Suparman, S.H., mengatakan bahwa jalan rusak.').includes('Suparman/PER'));
    assert.ok(actors('Camat Suryadi, Bupati Cirebon Imron, dan Kapolres Cirebon hadir di lokasi.').includes('Suryadi/PER'));
    assert.ok(actors('Kepala Desa Suparman, Camat Ciawi Bambang Hermawan, dan warga hadir.').includes('Suparman/PER'));
    assert.deepEqual(actors('Camat Bambang, Rabu, meninjau lokasi banjir di desa itu.'), ['Bambang/PER']);
    // The village before a comma and its head's name is still no actor.
    assert.ok(!actors('Kepala Desa Sukamaju, Ahmad Yani, mengatakan bahwa warga tenang.').includes('Sukamaju/GPE'));
  });
  it('2. "MD." and "AHM." in capitals end a sentence; "Moh." before a common word is no name', () => {
    assert.deepEqual(reported('Hal itu disampaikan oleh Mahfud MD. Menurut dia, hukum harus ditegakkan.').map((s) => s.split('/')[0]), ['hukum harus ditegakkan']);
    assert.deepEqual(reported('Hal itu disampaikan Mahfud MD. Menurut Mahfud, hukum harus ditegakkan.').map((s) => s.split('/')[0]), ['hukum harus ditegakkan']);
    assert.deepEqual(reported('Motor itu buatan AHM. Menurut Budi Santoso, penjualan naik 10 persen.'), ['penjualan naik 10 persen/Budi Santoso']);
    assert.deepEqual(reported('Sepeda motor itu diproduksi oleh AHM. Penjualan motor naik 10 persen, kata Budi Santoso.'), ['Penjualan motor naik 10 persen/Budi Santoso']);
    assert.ok(!actors('Bantuan diserahkan kepada Moh. Besoknya, Budi Santoso mengatakan bahwa bantuan cukup.').includes('Moh. Besoknya/PER'));
    // The short given names in mixed case still join their name.
    assert.ok(actors('Menurut Moh. Sanusi, jalan desa rusak.').includes('Moh. Sanusi/PER'));
  });
  it('4. a declared brand drops no company or person whose name only ends with it', () => {
    assert.ok(actors('BPOM menarik makanan ringan bermerek Sari Rasa dari pasaran. Direktur PT Sari Rasa, Budi Santoso, mengatakan bahwa produk itu aman.').includes('PT Sari Rasa/ORG'));
    const bintang = 'Polisi menyita bir merek Bintang dari gudang itu. Pemilik gudang, Rizky Bintang, mengatakan bahwa bir itu legal.';
    assert.ok(actors(bintang).includes('Rizky Bintang/PER'));
    assert.deepEqual(reported(bintang), ['bir itu legal/Rizky Bintang']);
    // The brand itself stays no actor.
    assert.ok(!actors('BPOM menarik makanan ringan bermerek Sari Rasa dari pasaran. Sari Rasa laris di pasar.').some((a) => a.startsWith('Sari Rasa')));
  });
  it('5. a minister\'s short title is no pronoun for a speaker of another office', () => {
    assert.deepEqual(reported('Gubernur Jawa Barat Dedi Mulyadi mengatakan bahwa stok pangan aman.\nMenkeu juga meminta agar anggaran daerah segera dibelanjakan.'), ['stok pangan aman/Dedi Mulyadi']);
    assert.deepEqual(reported('Ketua DPR Puan Maharani menyatakan bahwa rapat ditunda.\nSementara itu, Menkes menyebut bahwa kasus demam berdarah meningkat.'), ['rapat ditunda/Puan Maharani']);
  });
  it('6. "menurutnya" after an "ia" in the paragraph stays the salient speaker\'s, not an object\'s', () => {
    const text = 'Kepala BNPB Suharyanto mengatakan bahwa banjir meluas ke enam kecamatan.\nDalam kunjungan itu, ia didampingi Bupati Bogor Rudy Susmanto. Menurutnya, bantuan logistik sudah disalurkan ke semua posko.';
    assert.deepEqual(reported(text).slice(-1), ['bantuan logistik sudah disalurkan ke semua posko/Suharyanto']);
    const aminah = 'Menteri Sosial Saifullah Yusuf mengatakan bahwa bantuan cukup.\nIa juga menyerahkan bantuan kepada Siti Aminah, warga Desa Sukamaju. Namun, menurutnya, data penerima masih perlu diperbaiki.';
    assert.deepEqual(reported(aminah).slice(-1), ['data penerima masih perlu diperbaiki/Saifullah Yusuf']);
  });
});
