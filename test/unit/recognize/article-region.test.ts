// Session 47 (region47, issue 13): a regional government's body written bare ("Dinas
// Perdagangan", "DPRD", "Inspektorat Daerah") in an article about one regency, city or
// province is that region's body, as the annotation names it (dev d143, d159, d266, d287,
// d291): article-region.ts reads the region, bare-regional-body.ts applies it. Sentences
// written for this test (other places, invented people). The first four cases failed
// before the change; the guards passed before and after.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';

describe('a bare regional government body in an article about one region (article-region.ts)', () => {
  it('takes the regency the article is about', () => {
    const text = 'Harga Beras di Sragen Naik\n\nSRAGEN, KOMPAS.com - Harga beras di pasar-pasar Kabupaten Sragen, Jawa Tengah, naik sepekan terakhir. ' +
      'Bupati Sragen Wardoyo Santoso meminta Dinas Perdagangan memantau stok di setiap pasar.';
    assert.ok(orgs(text).includes('Dinas Perdagangan/Dinas Perdagangan Kabupaten Sragen'), orgs(text).join(', '));
  });
  it('takes the city the article is about, also for a council written by its short head', () => {
    const text = 'Kendari - Pemerintah Kota Kendari menaikkan tarif parkir mulai bulan depan. Warga Kendari menolak rencana itu. ' +
      'Sejumlah anggota DPRD meminta kenaikan ditunda.';
    assert.ok(orgs(text).includes('DPRD/Dewan Perwakilan Rakyat Daerah Kota Kendari'), orgs(text).join(', '));
  });
  it('takes the province the article is about, its regencies named once each', () => {
    const text = 'Palu - Gubernur Sulawesi Tengah Anwar Hidayat meninjau jalan rusak di Kabupaten Sigi dan Kabupaten Poso. ' +
      'Pemerintah Provinsi Sulawesi Tengah menyiapkan anggaran perbaikan. Ia meminta Inspektorat Daerah mengaudit proyek itu.';
    assert.ok(orgs(text).includes('Inspektorat Daerah/Inspektorat Daerah Provinsi Sulawesi Tengah'), orgs(text).join(', '));
  });
  it('takes it for a disaster agency spelt out ("Badan … Daerah")', () => {
    const text = 'Banjir di Lamongan\n\nLamongan - Banjir merendam 300 rumah di Kabupaten Lamongan. ' +
      'Bupati Lamongan meminta Badan Penanggulangan Bencana Daerah mengirim perahu karet.';
    assert.ok(orgs(text).includes('Badan Penanggulangan Bencana Daerah/Badan Penanggulangan Bencana Daerah Kabupaten Lamongan'), orgs(text).join(', '));
  });
  it('spells out an office named by its sector\'s acronym ("Dinas PUPR")', () => {
    const text = 'Garut - Longsor menutup jalan di Kabupaten Garut. Bupati Garut meminta Dinas PUPR mengirim alat berat.';
    assert.ok(orgs(text).includes('Dinas PUPR/Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Garut'), orgs(text).join(', '));
  });
  it('(guard) stays bare in an article about two regions named alike', () => {
    const text = 'Banjir melanda Kabupaten Sleman dan Kabupaten Bantul. Warga Sleman dan warga Bantul mengungsi. ' +
      'Dinas Sosial menyiapkan dapur umum.';
    assert.ok(orgs(text).includes('Dinas Sosial/Dinas Sosial'), orgs(text).join(', '));
  });
  it('(guard) stays bare in national news and where the region is named once', () => {
    const national = 'Jakarta - Menteri Kesehatan meminta Dinas Kesehatan di seluruh daerah menyiapkan vaksin. Jakarta mencatat kasus terbanyak.';
    assert.ok(orgs(national).includes('Dinas Kesehatan/Dinas Kesehatan'), orgs(national).join(', '));
    const once = 'Seorang warga Kabupaten Blora mengadu ke Dinas Sosial karena bantuan tak kunjung cair.';
    assert.ok(orgs(once).includes('Dinas Sosial/Dinas Sosial'), orgs(once).join(', '));
  });
  it('(guard) a national body, a council\'s own committee and the kind of company every region owns stay as they are in a regency\'s article', () => {
    const text = 'Lamongan - Angka kemiskinan di Kabupaten Lamongan turun. Bupati Lamongan mengutip data Badan Pusat Statistik. ' +
      'Badan Anggaran belum membahas rencana itu. Ia meminta Badan Usaha Milik Daerah ikut membantu.';
    const o = orgs(text);
    assert.ok(o.includes('Badan Pusat Statistik/Badan Pusat Statistik'), o.join(', '));
    assert.ok(!o.some((x) => x.startsWith('Badan Usaha Milik Daerah/') && x.includes('Lamongan')), o.join(', '));
    assert.ok(!o.some((x) => x.startsWith('Badan Anggaran/') && x.includes('Lamongan')), o.join(', '));
  });
  it('(guard) a body named with another region keeps it', () => {
    const text = 'Klaten - Warga Kabupaten Klaten mengeluhkan sumur kering. Bupati Klaten meminta bantuan Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Tengah.';
    assert.ok(orgs(text).includes('Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Tengah/Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Tengah'), orgs(text).join(', '));
  });
});

describe('a regional government\'s body with its acronym in brackets and then its city (extents.ts)', () => {
  // Dev d129: "Badan … Daerah (Bappeda) Balikpapan" is the city's agency, "… Kota Balikpapan".
  it('names the city with its prefix, as the regency and the province already are', () => {
    const text = 'Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Kendari Rahmat Ali hadir dalam rapat itu.';
    assert.ok(orgs(text).includes('Bappeda/Badan Perencanaan Pembangunan Daerah Kota Kendari'), orgs(text).join(', '));
  });
  it('(guard) an association with its city keeps the city as written', () => {
    const text = 'Ketua Himpunan Pengusaha Muda Indonesia (HIPMI) Kendari Rahmat Ali hadir dalam rapat itu.';
    assert.ok(orgs(text).includes('HIPMI/Himpunan Pengusaha Muda Indonesia Kendari'), orgs(text).join(', '));
  });
});

describe('an election body\'s or the zakat agency\'s provincial office written with a province\'s name (kb-name.ts)', () => {
  // Dev d71, d244: "Bawaslu Sulsel" is "Badan Pengawas Pemilihan Umum Provinsi Sulawesi
  // Selatan", as the law names these offices ("Bawaslu Provinsi", "Baznas Provinsi").
  it('takes the prefix', () => {
    assert.ok(orgs('Bawaslu Sultra mencatat 40 laporan.').includes('Bawaslu Sultra/Badan Pengawas Pemilihan Umum Provinsi Sulawesi Tenggara'), orgs('Bawaslu Sultra mencatat 40 laporan.').join(', '));
    assert.ok(orgs('Baznas Sulawesi Tengah menyalurkan zakat.').includes('Baznas Sulawesi Tengah/Badan Amil Zakat Nasional Provinsi Sulawesi Tengah'), orgs('Baznas Sulawesi Tengah menyalurkan zakat.').join(', '));
  });
  it('(guard) another body\'s provincial office keeps the province as written', () => {
    assert.ok(orgs('Apindo Sulawesi Tengah menolak kenaikan itu.').includes('Apindo Sulawesi Tengah/Asosiasi Pengusaha Indonesia Sulawesi Tengah'), orgs('Apindo Sulawesi Tengah menolak kenaikan itu.').join(', '));
  });
});
