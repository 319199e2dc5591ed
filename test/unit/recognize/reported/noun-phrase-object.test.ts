// nounobj52 (issue 14; spec "Reported speech": a reporting verb with only a noun object and
// no content clause is no statement; nominalised objects do not count). The object may be a
// whole noun phrase, with a derived noun, a relative clause or a contrast after it, and still
// have no predicate of its own; a clause whose subject is such a noun keeps its predicate.
// Own invented sentences (fictional towns, firms and officials).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a noun phrase object after a reporting verb', () => {
  it('a judgement verb with a derived-noun phrase and no predicate is no statement', () => {
    assert.deepEqual(statementsOf('Badan Pengawas Niaga Karvela mulai menilai rencana peleburan dua bank daerah, Bank Sentosa dan Bank Lintas Timur.'), []);
    assert.deepEqual(statementsOf('Wali Kota Arvena, Teo Lamas, mengatakan penyusunan anggaran perubahan tahun depan di balai kota.'), []);
  });
  it('a relative clause with a causative verb keeps its complement clause', () => {
    assert.deepEqual(statementsOf('Asosiasi Nelayan Pesisir Lorana mengeluhkan kelangkaan solar yang membuat kapal sulit melaut sejak pekan lalu.'), []);
    assert.deepEqual(statementsOf('Teo Lamas menyoroti banjir rob yang menyebabkan warga terpaksa mengungsi ke balai desa.'), []);
  });
  it('a contrast after the object ends the search for its predicate', () => {
    assert.deepEqual(statementsOf('Serikat Buruh Pabrik Lorana menuntut tunjangan makan 20 persen, sementara pengelola pabrik menawarkan 8 persen.'), []);
    assert.deepEqual(statementsOf('Serikat Buruh Pabrik Lorana menuntut jaminan kerja, sedangkan pemilik pabrik memilih menutup dua lini produksi.'), []);
  });
  it('two words after a lenient verb stay too short for a clause', () => {
    assert.deepEqual(statementsOf('Posko itu menerima laporan warga yang merasa kehilangan sepeda.'), []);
  });
  it('the moments of an event told are an object', () => {
    assert.deepEqual(statementsOf('Seorang penjaga pantai, Rian Sagala, menceritakan detik-detik ombak besar menghantam dermaga.'), []);
    assert.deepEqual(statementsOf('Rian Sagala menceritakan saat-saat kapal itu mulai miring.'), []);
  });
});

describe('a clause whose subject is a noun phrase stays a statement', () => {
  const one = (text: string, content: string) => assert.deepEqual(statementsOf(text), [content]);
  it('with an auxiliary, a negation or a modal', () => {
    one('Teo Lamas mengatakan kenaikan tarif parkir itu sudah disepakati dewan kota.', 'kenaikan tarif parkir itu sudah disepakati dewan kota => Teo Lamas');
    one('Teo Lamas menegaskan penyusunan anggaran perubahan tidak akan ditunda.', 'penyusunan anggaran perubahan tidak akan ditunda => Teo Lamas');
    one('Teo Lamas menilai rencana peleburan dua bank daerah itu bisa merugikan nasabah kecil.', 'rencana peleburan dua bank daerah itu bisa merugikan nasabah kecil => Teo Lamas');
  });
  it('with a prefixed verb, "adalah" or an adjective', () => {
    one('Teo Lamas mengatakan pembangunan pasar induk menyerap ratusan pekerja lokal.', 'pembangunan pasar induk menyerap ratusan pekerja lokal => Teo Lamas');
    one('Teo Lamas mengatakan penyebab utama kemacetan adalah parkir liar di bahu jalan.', 'penyebab utama kemacetan adalah parkir liar di bahu jalan => Teo Lamas');
    one('Teo Lamas menilai rencana peleburan kedua bank itu terlalu tergesa-gesa.', 'rencana peleburan kedua bank itu terlalu tergesa-gesa => Teo Lamas');
  });
  it('with a relative clause before the predicate', () => {
    one('Teo Lamas mengatakan kelangkaan solar yang terjadi sejak pekan lalu sudah teratasi.', 'kelangkaan solar yang terjadi sejak pekan lalu sudah teratasi => Teo Lamas');
    one('Teo Lamas mengatakan banjir rob yang membuat warga mengungsi akan surut dalam dua hari.', 'banjir rob yang membuat warga mengungsi akan surut dalam dua hari => Teo Lamas');
  });
  it('with prepositional phrases or a quantifier before the predicate', () => {
    one('Teo Lamas menilai penertiban terhadap pedagang yang berjualan di atas trotoar masih setengah hati.', 'penertiban terhadap pedagang yang berjualan di atas trotoar masih setengah hati => Teo Lamas');
    one('Teo Lamas memperkirakan seluruh perizinan selesai pada akhir tahun depan.', 'seluruh perizinan selesai pada akhir tahun depan => Teo Lamas');
  });
  it('with a contrast after its own predicate', () => {
    one('Teo Lamas mengatakan tunjangan makan naik 20 persen, sementara upah pokok tetap.', 'tunjangan makan naik 20 persen, sementara upah pokok tetap => Teo Lamas');
  });
  it('with "sebagai" after a judgement verb\'s object', () => {
    one('Teo Lamas menilai rencana peleburan dua bank daerah sebagai langkah yang terlambat.', 'rencana peleburan dua bank daerah sebagai langkah yang terlambat => Teo Lamas');
  });
  it('with a moment as its subject and a predicate of its own', () => {
    one('Rian Sagala mengatakan detik-detik terakhir evakuasi akan diputar ulang di museum kota.', 'detik-detik terakhir evakuasi akan diputar ulang di museum kota => Rian Sagala');
  });
});
