// An organisation named with its place (dev d292-d303, issue 13): a consulate with the city
// it sits in, a chapter's branch with its town, Aceh's government by its official name, a
// chamber's provincial chapter in Papua. Invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('an organisation named with its place', () => {
  it('takes a consulate general with "di <city>" as one organisation', () => {
    assert.deepEqual(actors('Staf Konsulat Jenderal Republik Indonesia di Davao mendata para nelayan itu.'),
      ['Konsulat Jenderal Republik Indonesia di Davao/ORG/Konsulat Jenderal Republik Indonesia di Davao']);
    assert.deepEqual(actors('Konsulat Jenderal Jepang di Surabaya membuka layanan visa baru.'),
      ['Konsulat Jenderal Jepang di Surabaya/ORG/Consulate General of Japan in Surabaya']);
    assert.deepEqual(actors('Pihak Konsulat Jenderal Filipina di Manado menerima surat itu.'),
      ['Konsulat Jenderal Filipina di Manado/ORG/Consulate General of the Philippines in Manado']);
  });
  it('leaves a consulate\'s later place alone, and embassies as the sets annotate them', () => {
    assert.deepEqual(actors('Konsulat Jenderal Jepang menggelar pameran di Surabaya.'),
      ['Konsulat Jenderal Jepang/ORG/Konsulat Jenderal Jepang', 'Surabaya/GPE/Surabaya']);
    assert.deepEqual(actors('Kedutaan Besar Vietnam di Jakarta meminta nelayan dibebaskan.'),
      ['Kedutaan Besar Vietnam/ORG/Embassy of Vietnam, Jakarta', 'Jakarta/GPE/Jakarta']);
    assert.deepEqual(actors('Konsulat Jenderal Jepang di Indonesia menambah staf.'),
      ['Konsulat Jenderal Jepang/ORG/Konsulat Jenderal Jepang', 'Indonesia/GPE/Indonesia']);
  });
  it('takes a branch word and its town after an association\'s name', () => {
    assert.deepEqual(actors('Ketua Ikatan Dokter Indonesia Cabang Kupang, Maria Lede, menyatakan organisasinya siap.').slice(0, 1),
      ['Ikatan Dokter Indonesia Cabang Kupang/ORG/Ikatan Dokter Indonesia Cabang Kupang']);
    assert.deepEqual(actors('Ikatan Dokter Indonesia menggelar seminar di Kupang.'),
      ['Ikatan Dokter Indonesia/ORG/Ikatan Dokter Indonesia', 'Kupang/GPE/Kupang']);
  });
  it('reads "Pemerintah Aceh" as the province\'s government, not Aceh', () => {
    assert.deepEqual(actors('Beasiswa itu dibiayai Pemerintah Aceh sejak tahun lalu.'), ['Pemerintah Aceh/ORG/Pemerintah Aceh']);
    assert.deepEqual(actors('Warga Aceh menyambut baik keputusan pemerintah.'), ['Aceh/GPE/Aceh']);
    assert.deepEqual(actors('Pemerintah Aceh Besar menutup jalan itu.').some((s) => s.startsWith('Pemerintah Aceh/')), false);
  });
  it('takes Papua after a national body as its provincial chapter', () => {
    assert.deepEqual(actors('Ketua Kadin Papua, Herman Yoku, menyebut pembayaran lancar.').slice(0, 1),
      ['Kadin Papua/ORG/Kamar Dagang dan Industri Indonesia Papua']);
    assert.deepEqual(actors('Kadin menggelar pameran di Papua.'),
      ['Kadin/ORG/Kamar Dagang dan Industri Indonesia', 'Papua/GPE/Papua']);
  });
});

describe('a provincial football association (Asprov) with its body and province', () => {
  it('is one organisation named in full, and "Asprov" alone an organisation', () => {
    assert.deepEqual(actors('Ketua Asprov PSSI Jawa Barat, Dadang Sumarna, meminta klub menambah petugas.'),
      ['Asprov PSSI Jawa Barat/ORG/Asosiasi Provinsi PSSI Jawa Barat', 'Dadang Sumarna/PER/Dadang Sumarna']);
    assert.deepEqual(actors('Putusan itu dibacakan di kantor Asprov pada Rabu.'), ['Asprov/ORG/Asprov']);
  });
  it('leaves PSSI and its province alone without Asprov', () => {
    assert.deepEqual(actors('Ketua PSSI Dadang Sumarna datang ke Bandung.').map((s) => s.split('/')[1]), ['ORG', 'PER', 'GPE']);
  });
});

describe('an Indonesian school abroad ("Sekolah Indonesia <city>")', () => {
  it('is one body with its city, and its initials in brackets share its name', () => {
    assert.deepEqual(actors('Guru dari Sekolah Indonesia Kuala Lumpur (SIKL) mengajar anak-anak pekerja migran.'),
      ['Sekolah Indonesia Kuala Lumpur/ORG/Sekolah Indonesia Kuala Lumpur', 'SIKL/ORG/Sekolah Indonesia Kuala Lumpur']);
  });
  it('leaves a school in Indonesia and a city named later alone', () => {
    assert.deepEqual(actors('Ia mengajar di Sekolah Indonesia di Jeddah.').map((s) => s.split('/')[0]), ['Sekolah Indonesia', 'Jeddah']);
  });
});

describe('a known body\'s regional chapter defined in brackets after its full name', () => {
  it('shares the full name, here and later in the article', () => {
    const found = actors('Misi itu dipimpin Kamar Dagang dan Industri Provinsi Papua (Kadin Papua). Ketua Kadin Papua, Yan Wenda, puas.');
    assert.deepEqual(found.slice(0, 3), [
      'Kamar Dagang dan Industri Provinsi Papua/ORG/Kamar Dagang dan Industri Provinsi Papua',
      'Kadin Papua/ORG/Kamar Dagang dan Industri Provinsi Papua', 'Kadin Papua/ORG/Kamar Dagang dan Industri Provinsi Papua',
    ]);
  });
  it('leaves a body\'s short form whose place differs from the full name\'s to the KB', () => {
    assert.deepEqual(actors('Majelis Ulama Indonesia Jawa Timur (MUI Jatim) menerbitkan fatwa.').map((s) => s.split('/')[0]).includes('MUI Jatim'), true);
  });
});

describe('an Indonesian mission with its city in a Title Case headline', () => {
  it('is the mission, as in the body text', () => {
    const found = actors('Sekolah Anak Pekerja Terancam Tutup, KJRI Jeddah Surati Pemilik Lahan\n\nKonsulat itu mengirim surat kepada pemilik lahan.');
    assert.deepEqual(found.slice(0, 1), ['KJRI Jeddah/ORG/Konsulat Jenderal Republik Indonesia di Jeddah']);
  });
  it('leaves a bare KBRI in a headline alone, and one with a country', () => {
    assert.deepEqual(actors('KBRI Indonesia Pastikan Warga Aman\n\nKedutaan itu menyatakan semua warga selamat.'), ['Indonesia/GPE/Indonesia']);
    assert.deepEqual(actors('KBRI Pastikan Tidak Ada Korban Warga Indonesia\n\nKedutaan itu menyatakan semua warga selamat.')
      .filter((s) => s.startsWith('KBRI')), []);
  });
});
