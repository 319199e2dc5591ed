// Error patterns found on the sixth batch of dev articles (eval/gold-new/dev d39-d46:
// regional police and Kodim, a Liga 1 match, a vaccine trial, textile lay-offs, an appeal
// ruling, a World Bank loan, a ferry sinking, a Satpol PP eviction), each with a sentence
// written for this test, read with the built-in KB. Every case failed before its change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActorsWithBuiltinKb as actors, actorsWithBuiltinKb as linked } from './helpers';

const statements = (text: string) => (analyze(text).reported ?? []).map((r) => `${r.text}/${r.speaker}`);

describe('dev-set patterns, sixth batch (issue 13)', () => {
  it('ranks, their branch and English job titles stay outside the name ("Letkol Inf", "General Manager")', () => {
    assert.deepEqual(actors('Komandan Letkol Inf Yohanes Bria Seran hadir bersama General Manager PT Sinar Jaya, Budi.'), [
      'Yohanes Bria Seran/PER', 'PT Sinar Jaya/ORG',
    ]);
  });
  it('everyday acronyms are no actors (SPBU, BUMD, KMP, PKL, CSR)', () => {
    assert.deepEqual(actors('Antrean panjang di SPBU itu dipicu pembelian BUMD. KMP itu membawa PKL. Dana CSR dipakai.'), []);
  });
  it('a regional office written with a short region takes the region\'s KB name ("Polda NTB", "Apindo Jabar")', () => {
    assert.deepEqual(linked('Personel Polda NTB dikerahkan.'), ['Polda NTB/ORG/Kepolisian Daerah Nusa Tenggara Barat']);
    assert.deepEqual(linked('Ketua Apindo Jabar, Budi Santoso, hadir.'), [
      'Apindo Jabar/ORG/Asosiasi Pengusaha Indonesia Jawa Barat', 'Budi Santoso/PER/Budi Santoso',
    ]);
  });
  it('a naval base by its short head is named by its full title ("Lanal Mataram")', () => {
    assert.deepEqual(linked('Komandan Lanal Mataram hadir.'), ['Lanal Mataram/ORG/Pangkalan TNI Angkatan Laut Mataram']);
  });
  it('a regional service with its province after the brackets names the province with its prefix', () => {
    assert.deepEqual(linked('Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Jawa Barat, Budi Santoso, hadir.'), [
      'Dinas Tenaga Kerja dan Transmigrasi/ORG/Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat',
      'Disnakertrans/ORG/Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat', 'Jawa Barat/GPE/Jawa Barat', 'Budi Santoso/PER/Budi Santoso',
    ]);
  });
  it('a body named by a list of its remits runs on over the list\'s commas; a list of bodies or people does not', () => {
    assert.deepEqual(actors('Kepala Dinas Kesehatan, Kependudukan, dan Pencatatan Sipil Provinsi NTT, Ruth Maria, hadir.'), [
      'Dinas Kesehatan, Kependudukan, dan Pencatatan Sipil Provinsi NTT/ORG', 'Ruth Maria/PER',
    ]);
    assert.deepEqual(actors('Ia memanggil Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan pekan depan.'), [
      'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan/ORG',
    ]);
    assert.deepEqual(actors('Badan Geologi, Basarnas, dan TNI hadir.'), ['Badan Geologi/ORG', 'Basarnas/ORG', 'TNI/ORG']);
    assert.deepEqual(actors('Kepala Badan Geologi, Budi Santoso, dan Kepala BNPB, Suharyanto, hadir.'), [
      'Badan Geologi/ORG', 'Budi Santoso/PER', 'BNPB/ORG', 'Suharyanto/PER',
    ]);
  });
  it('a special court at a district court is one name ("Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Bandung")', () => {
    assert.deepEqual(actors('Sebelumnya Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Bandung menjatuhkan vonis.'), [
      'Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Bandung/ORG',
    ]);
  });
  it('subject words of a title are no names ("Deputi Bidang Pembangunan Manusia", "Industri Kimia")', () => {
    assert.deepEqual(actors('Deputi Bidang Pembangunan Manusia Bappenas, Budi, hadir. Direktur Industri Kimia Kementerian Perindustrian hadir.'), [
      'Bappenas/ORG', 'Budi/PER', 'Kementerian Perindustrian/ORG',
    ]);
  });
  it('degrees after a name and a comma are no actors, and the statement keeps its speaker ("S.H., M.H.,", "Sp.A(K), Ph.D.,")', () => {
    const text = 'Pengacara tergugat, Samuel Tigor Simanjuntak, S.H., M.H., menilai hakim tingkat pertama keliru membaca bukti.';
    assert.deepEqual(actors(text), ['Samuel Tigor Simanjuntak/PER']);
    assert.deepEqual(statements(text), ['hakim tingkat pertama keliru membaca bukti/Samuel Tigor Simanjuntak']);
    assert.deepEqual(statements('Pemimpin riset itu, dr. Anita Kusumadewi, Sp.A(K), Ph.D., mengatakan uji coba vaksin diikuti 450 sukarelawan.'), [
      'uji coba vaksin diikuti 450 sukarelawan/Anita Kusumadewi',
    ]);
    assert.deepEqual(statements('Kapolres AKBP Hendrik Wirawan Putra, S.I.K., menegaskan pihaknya akan melacak penadah pupuk itu.'), [
      'pihaknya akan melacak penadah pupuk itu/Hendrik Wirawan Putra',
    ]);
  });
  it('"mengonfirmasi" and "menceritakan" report a clause, not a noun object', () => {
    assert.deepEqual(statements('Anggota KY, Joko Sasongko Adi, mengonfirmasi laporan itu masih diverifikasi.'), [
      'laporan itu masih diverifikasi/Joko Sasongko Adi',
    ]);
    assert.deepEqual(statements('Juru bicara itu mengonfirmasi kabar tersebut. Budi menceritakan pengalamannya di kapal.'), []);
  });
  it('a Pers- club named alone is the club, a name after it someone else, and it takes the club\'s name with its city', () => {
    assert.deepEqual(linked('Persita Tangerang menahan PSM. Pelatih Persita Marcelo Duarte menyebut Persita beruntung.'), [
      'Persita Tangerang/ORG/Persita Tangerang', 'PSM/ORG/PSM', 'Persita/ORG/Persita Tangerang', 'Marcelo Duarte/PER/Marcelo Duarte',
      'Persita/ORG/Persita Tangerang',
    ]);
    assert.deepEqual(actors('Persoalan itu selesai. Persiapan tim matang. Personel polisi berjaga.'), []);
  });
  it('KB: regional outlets, Bio Farma, the long forms of Bappenas and UNICEF', () => {
    assert.deepEqual(linked('Jakarta, CNBC Indonesia - Sekretaris Perusahaan Bio Farma, Budi Santoso, hadir.'), [
      'Jakarta/GPE/Jakarta', 'CNBC Indonesia/ORG/CNBC Indonesia', 'Bio Farma/ORG/Bio Farma', 'Budi Santoso/PER/Budi Santoso',
    ]);
    assert.deepEqual(linked('MEDAN, Tribun-Medan.com - Kementerian Perencanaan Pembangunan Nasional/Bappenas bekerja sama dengan Dana Anak-Anak Perserikatan Bangsa-Bangsa (UNICEF).'), [
      'MEDAN/GPE/Medan', 'Tribun-Medan.com/ORG/Tribun Medan',
      'Kementerian Perencanaan Pembangunan Nasional/Bappenas/ORG/Kementerian Perencanaan Pembangunan Nasional Republik Indonesia',
      'Dana Anak-Anak Perserikatan Bangsa-Bangsa/ORG/UNICEF', 'UNICEF/ORG/UNICEF',
    ]);
  });
  it('an outlet domain with hyphens is one organisation, in a dateline and in the body', () => {
    assert.deepEqual(actors('BANDUNG, Tribun-Jabar.id - Ia hadir.'), ['BANDUNG/GPE', 'Tribun-Jabar.id/ORG']);
    assert.deepEqual(actors('Artikel ini tayang di Pos-Kupang.com dengan judul itu.'), ['Pos-Kupang.com/ORG']);
  });
  it('English "The" opens an organisation\'s name ("The Macz Man"), not a person\'s', () => {
    assert.deepEqual(actors('Ketua kelompok suporter The Macz Man, Ardiansyah Lologau, hadir.'), ['The Macz Man/ORG', 'Ardiansyah Lologau/PER']);
  });
  it('an organisation head alone is the common noun ("Majelis menilai"), and "Markas" stays outside a police office', () => {
    assert.deepEqual(actors('Majelis menilai terdakwa bersalah.'), []);
    assert.deepEqual(linked('Ia berbicara di Markas Polres Sumbawa Barat, Rabu.'), ['Polres Sumbawa Barat/ORG/Kepolisian Resor Sumbawa Barat']);
  });
  it('a title word inside a credited name is part of it ("Pewarta: Luqman Hakim Ahmad"), a label is not', () => {
    assert.deepEqual(actors('Pewarta: Luqman Hakim Ahmad\nEditor: Siti Zulaikha'), ['Luqman Hakim Ahmad/PER', 'Siti Zulaikha/PER']);
    assert.deepEqual(actors('Reporter: Ahmad Rifai Editor: Budi'), ['Ahmad Rifai/PER', 'Budi/PER']);
  });
  it('a hospital may be named after a doctor ("RSUP Dr Sardjito"); a ferry (KMP) is no actor', () => {
    assert.deepEqual(actors('Relawan RSUP Dr Sardjito hadir.'), ['RSUP Dr Sardjito/ORG']);
    assert.deepEqual(actors('KMP Nusa Bahari tenggelam di Selat Alas.'), []);
  });
  it('a branch of a body is named by the body, the branch word and its place ("Ombudsman RI Perwakilan NTT", "Cabang Waingapu")', () => {
    assert.deepEqual(linked('Kepala Ombudsman RI Perwakilan NTT, Budi Santoso, hadir.'), [
      'Ombudsman RI Perwakilan NTT/ORG/Ombudsman Republik Indonesia Perwakilan Nusa Tenggara Timur', 'Budi Santoso/PER/Budi Santoso',
    ]);
    assert.deepEqual(actors('Warga melapor ke BPJS Kesehatan Cabang Waingapu.'), ['BPJS Kesehatan Cabang Waingapu/ORG']);
  });
  it('an English organisation name runs on over "of" and connectors ("Badminton Association of Malaysia", "Center of Reform on Economics")', () => {
    assert.deepEqual(actors('Presiden Badminton Association of Malaysia, Budi Santoso, hadir.'), ['Badminton Association of Malaysia/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(linked('Center of Reform on Economics (CORE) menilai.'), [
      'Center of Reform on Economics/ORG/Center of Reform on Economics', 'CORE/ORG/Center of Reform on Economics',
    ]);
  });
  it('a title\'s subject words in a list are no names ("Industri Kimia, Farmasi, dan Tekstil"); SPBU heads a facility', () => {
    assert.deepEqual(actors('Direktur Jenderal Industri Kimia, Farmasi, dan Tekstil Kementerian Perindustrian, Rini Yuliastuti, hadir.'), [
      'Kementerian Perindustrian/ORG', 'Rini Yuliastuti/PER',
    ]);
    assert.deepEqual(actors('Nelayan kesulitan mendapat solar di SPBU Nelayan Labuhan Lalar.'), []);
  });
  it('a regional branch office "Kantor Wilayah" and a unit of a university are one name', () => {
    assert.deepEqual(actors('Pimpinan Perum Bulog Kantor Wilayah Jawa Barat, Budi Santoso, hadir.'), [
      'Perum Bulog Kantor Wilayah Jawa Barat/ORG', 'Budi Santoso/PER',
    ]);
    assert.deepEqual(actors('Peneliti Pusat Kajian Eropa Universitas Indonesia, Budi Santoso, menilai.'), [
      'Pusat Kajian Eropa Universitas Indonesia/ORG', 'Budi Santoso/PER',
    ]);
  });
  it('short regional names: "Satpol PP Medan" and "LBH Medan" by their full names', () => {
    assert.deepEqual(linked('Kepala Satpol PP Medan hadir bersama Direktur LBH Medan.'), [
      'Satpol PP Medan/ORG/Satuan Polisi Pamong Praja Kota Medan', 'LBH Medan/ORG/Lembaga Bantuan Hukum Medan',
    ]);
  });
  it('a single name with a person\'s role in apposition is a person, and speaks ("Hasnah, warga Kecamatan Binamu, …")', () => {
    const text = 'Hasnah, warga Kecamatan Binamu, mengaku khawatir anaknya demam. "Saya bawa juga," katanya.';
    assert.deepEqual(actors(text), ['Hasnah/PER']);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['Hasnah']);
    assert.deepEqual(actors('Sofifi, ibu kota provinsi itu, sepi.'), []);
  });
  it('two words between a title and the full name in apposition are the title\'s organisation; a list of people is not', () => {
    assert.deepEqual(actors('Direktur Utama Sinyal Raya, Hendra Kurniawan Lim, optimistis.'), ['Sinyal Raya/ORG', 'Hendra Kurniawan Lim/PER']);
    assert.deepEqual(actors('Pelatih Rui Carvalho, Marcelo Duarte, dan Budi hadir.'), ['Rui Carvalho/PER', 'Marcelo Duarte/PER']);
  });
  it('a pesantren is an organisation and, as a university, keeps its regency outside', () => {
    assert.deepEqual(actors('Pengasuh Pondok Pesantren Al-Hikmah Tuban, KH Ahmad Fauzi, hadir. Pesantren itu berdiri sejak 1950.'), [
      'Pondok Pesantren Al-Hikmah/ORG', 'Tuban/GPE', 'Ahmad Fauzi/PER',
    ]);
  });
  it('"Ia" after a person this paragraph introduced is that person, not the speaker of an earlier paragraph', () => {
    const text = 'Ketua KPPU M. Fahmi Rasyid mengatakan kajian belum selesai. "Kami masih menghitung," kata Fahmi.\n\n' +
      'Direktur Utama Sinyal Raya, Hendra Kurniawan Lim, optimistis merger akan disetujui. Ia mengatakan penggabungan akan mempercepat jaringan. "Bersama, kami bisa," ujarnya.';
    const r = analyze(text);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['M. Fahmi Rasyid', 'Hendra Kurniawan Lim']);
    assert.deepEqual(statements(text), ['kajian belum selesai/M. Fahmi Rasyid', 'penggabungan akan mempercepat jaringan/Hendra Kurniawan Lim']);
  });
  it('the club\'s identity survives a no-break space or two spaces inside its name', () => {
    for (const gap of ['\u00a0', '  ']) {
      assert.deepEqual(linked(`Persita${gap}Tangerang menang. Pelatih Persita senang.`).map((a) => a.split('/')[2]), ['Persita Tangerang', 'Persita Tangerang']);
    }
  });
  it('a company\'s branch after its legal form is part of its name', () => {
    assert.deepEqual(linked('General Manager PT ASDP Indonesia Ferry (Persero) Cabang Kayangan, Yusuf Kurniawan, hadir.'), [
      'PT ASDP Indonesia Ferry (Persero) Cabang Kayangan/ORG/PT ASDP Indonesia Ferry (Persero) Cabang Kayangan', 'Yusuf Kurniawan/PER/Yusuf Kurniawan',
    ]);
    assert.deepEqual(linked('Saham PT Bank Mandiri (Persero) Tbk Cabang Medan naik.'), ['PT Bank Mandiri (Persero) Tbk Cabang Medan/ORG/Bank Mandiri Cabang Medan']);
  });
  it('a police unit with its office is named by both full titles, written short or with its acronym in brackets', () => {
    assert.deepEqual(linked('Satreskrim Polres Sumbawa Barat menangkap dua orang.'), [
      'Satreskrim Polres Sumbawa Barat/ORG/Satuan Reserse Kriminal Kepolisian Resor Sumbawa Barat',
    ]);
    assert.deepEqual(linked('Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Riau menyita alat berat.'), [
      'Direktorat Reserse Kriminal Khusus/ORG/Direktorat Reserse Kriminal Khusus Kepolisian Daerah Riau',
      'Ditreskrimsus/ORG/Direktorat Reserse Kriminal Khusus Kepolisian Daerah Riau', 'Polda Riau/ORG/Kepolisian Daerah Riau',
    ]);
  });
  it('a unit written in full with its office written short is named with the office\'s full title (canon48)', () => {
    assert.deepEqual(linked('Satuan Reserse Narkoba Polres Sumbawa Barat menangkap dua orang.'), [
      'Satuan Reserse Narkoba Polres Sumbawa Barat/ORG/Satuan Reserse Narkoba Kepolisian Resor Sumbawa Barat',
    ]);
    assert.deepEqual(linked('Direktorat Reserse Kriminal Umum Polda Riau menyita dua mobil.'), [
      'Direktorat Reserse Kriminal Umum Polda Riau/ORG/Direktorat Reserse Kriminal Umum Kepolisian Daerah Riau',
    ]);
  });
  it('offices of BPN and Basarnas in a region take their own names ("Kantor Pertanahan", "Kantor Pencarian dan Pertolongan")', () => {
    assert.deepEqual(linked('Kepala BPN Kendal hadir. Kepala Basarnas Mataram hadir.'), [
      'BPN Kendal/ORG/Kantor Pertanahan Kabupaten Kendal', 'Basarnas Mataram/ORG/Kantor Pencarian dan Pertolongan Mataram',
    ]);
  });
});
