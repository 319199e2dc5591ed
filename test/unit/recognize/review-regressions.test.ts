// Regressions an outside review found in the ninth dev batch's rules (issue 13): common
// wording of real news that those rules broke. Each sentence is written for this test,
// read with the built-in KB; every case failed before its fix.
import assert from 'node:assert/strict';
import { typedActors as actors, linkedActors as linked, quoteSpeakers as speakers } from './helpers';

describe('review regressions of the ninth dev batch', () => {
  it('1. a portfolio that is also a body\'s head stays in a minister\'s title ("Menteri Koperasi")', () => {
    assert.deepEqual(actors('Menteri Koperasi Budi Santoso meninjau gudang beras.'), ['Budi Santoso/PER']);
    assert.deepEqual(speakers('"Dana sudah cair," kata Wakil Menteri Koperasi Rudi Hartono.'), ['Rudi Hartono']);
    assert.deepEqual(actors('Menteri Koperasi dan UKM Dedi Prasetyo meninjau gudang.'), ['Dedi Prasetyo/PER']);
    // A body's head after any other title is still a body.
    assert.deepEqual(actors('Ketua Koperasi Produsen Maju Bersama, Joko Susilo, hadir.'), ['Koperasi Produsen Maju Bersama/ORG', 'Joko Susilo/PER']);
  });
  it('1. a community is a body only when its name ends in a place or a body\'s tail; a count of cooperatives is none', () => {
    assert.deepEqual(actors('Komunitas Tionghoa di Medan merayakan Imlek.'), ['Medan/GPE']);
    assert.deepEqual(actors('Ketua Komunitas Pecinta Kereta Api Indonesia, Joko Susilo, hadir.'), [
      'Komunitas Pecinta Kereta Api Indonesia/ORG', 'Joko Susilo/PER',
    ]);
    assert.deepEqual(actors('Pemerintah menargetkan 70.000 Koperasi Desa Sejahtera tahun ini.'), []);
  });
  it('2. a short first name is read as a full one only in its customary short forms', () => {
    const text = 'Adi Wijaya datang pagi. Adinda Sari Wijaya datang siang. "Kami siap," kata Adi Wijaya.';
    assert.deepEqual(speakers(text), ['Adi Wijaya']);
    // A customary short form, but introduced with a role of its own, or before the full name.
    assert.deepEqual(speakers('Lurah Cok Sanusi hadir. Cokorda Rafi Sanusi juga hadir. "Kami siap," kata Cok Sanusi.'), ['Cok Sanusi']);
    assert.deepEqual(speakers('Cok Sanusi hadir pagi. Cokorda Rafi Sanusi datang siang. "Kami siap," kata Cok Sanusi.'), ['Cok Sanusi']);
  });
  it('3. a first name is not cut off as a common noun (Teuku, Andi, I Made)', () => {
    assert.deepEqual(actors('Teuku Fadli Harun adalah ekonom. Fadli Harun mengatakan inflasi turun.'), ['Teuku Fadli Harun/PER', 'Fadli Harun/PER']);
    assert.deepEqual(speakers('Andi Rahmat Situru hadir. "Kami siap," kata Rahmat Situru.'), ['Andi Rahmat Situru']);
    assert.deepEqual(actors('Bupati Made Suarna hadir. I Made Suarna mengatakan jalan rusak.'), ['Made Suarna/PER', 'I Made Suarna/PER']);
    // A noun the article also writes in lower case is still cut off.
    assert.deepEqual(actors('Pihak agensi belum menjawab. Agensi Han Seo-yeon menyatakan jadwal baru. Han Seo-yeon hadir.'), [
      'Han Seo-yeon/PER', 'Han Seo-yeon/PER',
    ]);
  });
  it('4. a coordinating minister\'s short title with its portfolio stays outside the name', () => {
    assert.deepEqual(actors('Menko Infrastruktur Budi Santoso meninjau jalan.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Pangan Budi Santoso meninjau pasar.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Polkam Budi Santoso meninjau pos.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Kumham Imipas Budi Santoso meninjau lapas.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menkop Budi Santoso dan Menhut Rudi Hartono hadir.'), ['Budi Santoso/PER', 'Rudi Hartono/PER']);
    // "Mendes" is no short title here: a surname too.
    assert.deepEqual(actors('Bek itu, Rui Mendes, cedera.'), ['Rui Mendes/PER']);
  });
  it('5. a body\'s spelled name after a programme word keeps its acronym', () => {
    assert.deepEqual(actors('Kelompok gerakan Front Rakyat Merdeka (FRM) menyerang pos. Juru bicara FRM membenarkan.'), [
      'Front Rakyat Merdeka/ORG', 'FRM/ORG', 'FRM/ORG',
    ]);
    assert.deepEqual(actors('Ia menerima beasiswa program Lembaga Beasiswa Nusantara (LBN). Direktur LBN hadir.'), [
      'Lembaga Beasiswa Nusantara/ORG', 'LBN/ORG', 'LBN/ORG',
    ]);
  });
  it('6. a KB person\'s middle name introduced by another title or rank is another person', () => {
    const kapolres = linked('Kapolri Listyo Sigit Prabowo hadir. Kapolres Klaten AKBP Sigit mengatakan jalan macet.');
    assert.deepEqual(kapolres.slice(-1), ['Sigit/PER/Sigit']);
    assert.deepEqual(linked('Andi Amran Sulaiman hadir. Kepala Desa Amran mengatakan sawah kering.').slice(-1), ['Amran/PER/Amran']);
    // A word that only starts the sentence is no role.
    assert.deepEqual(linked('Andi Amran Sulaiman hadir. Namun Amran menolak.').slice(-1), ['Amran/PER/Andi Amran Sulaiman']);
  });
  it('7. a regional Propam is no national division', () => {
    const polda = linked('Ia melapor ke Propam Polda Sumsel pekan lalu.');
    assert.equal(polda.some((a) => a.includes('Divisi Profesi')), false);
    assert.deepEqual(polda, ['Propam Polda Sumsel/ORG/Bidang Profesi dan Pengamanan Kepolisian Daerah Sumatera Selatan']);
    assert.equal(linked('Seksi Propam Polres Klaten memeriksa anggota itu.').some((a) => a.includes('Divisi Profesi')), false);
    // "Propam" alone later is that regional unit, unless the article names the national one too.
    assert.deepEqual(linked('Ia melapor ke Propam Polda Sumsel. Propam lalu memeriksa anggota itu.').slice(-1), [
      'Propam/ORG/Bidang Profesi dan Pengamanan Kepolisian Daerah Sumatera Selatan',
    ]);
    assert.deepEqual(linked('Ia melapor ke Propam Polda Sumsel dan Propam Polri. Propam lalu memeriksa.').slice(-1), [
      'Propam/ORG/Divisi Profesi dan Pengamanan Kepolisian Negara Republik Indonesia',
    ]);
    assert.deepEqual(linked('Tim Propam turun ke lokasi.'), ['Propam/ORG/Divisi Profesi dan Pengamanan Kepolisian Negara Republik Indonesia']);
  });
  it('8. a KB company\'s unit abbreviation, with or without its legal form', () => {
    assert.deepEqual(actors('PT KAI Daop 8 Surabaya menambah perjalanan.'), ['PT KAI Daop 8 Surabaya/ORG']);
    assert.deepEqual(actors('Manajer Humas KAI Daop 1 Jakarta Rudi Hartono mengatakan jadwal normal.'), ['KAI Daop 1 Jakarta/ORG', 'Rudi Hartono/PER']);
    assert.deepEqual(actors('PLN UID Jawa Timur memulihkan listrik.'), ['PLN UID Jawa Timur/ORG']);
  });
  it('9. "Masyarakat" heading a body\'s name is no title word; "Hubungan Masyarakat" is', () => {
    assert.deepEqual(actors('Ketua Masyarakat Pecinta Sungai Indonesia (MPSI) Budi Santoso mengatakan air surut.'), [
      'Masyarakat Pecinta Sungai Indonesia/ORG', 'MPSI/ORG', 'Budi Santoso/PER',
    ]);
    assert.deepEqual(actors('Manajer Hubungan Masyarakat PT Sinar Baja, Wulan Sari, menjelaskan jadwal.'), ['PT Sinar Baja/ORG', 'Wulan Sari/PER']);
  });
});
