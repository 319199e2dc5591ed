// Foreign election authorities, legislatures and regional intergovernmental bodies that
// Indonesian news names in Indonesian (issue 13): organisations of the built-in KB with
// their English titles. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from '../recognize/helpers';

describe('foreign bodies named in Indonesian (built-in KB)', () => {
  it('links a regional body and the acronym the article defines for it', () => {
    assert.deepEqual(
      orgs('Pertemuan Badan Perikanan Forum Kepulauan Pasifik (FFA) di Honiara berakhir. FFA menolak usulan itu.'),
      ['Badan Perikanan Forum Kepulauan Pasifik/Pacific Islands Forum Fisheries Agency', 'FFA/Pacific Islands Forum Fisheries Agency', 'FFA/Pacific Islands Forum Fisheries Agency'],
    );
    assert.deepEqual(orgs('Sekretaris Jenderal ECOWAS bertemu utusan SADC.'), [
      'ECOWAS/Economic Community of West African States',
      'SADC/Southern African Development Community',
    ]);
    assert.deepEqual(orgs('Organisasi Negara-Negara Amerika mengirim pemantau ke Lima.'), ['Organisasi Negara-Negara Amerika/Organization of American States']);
  });

  it('links an election authority and a legislature named with their country', () => {
    assert.deepEqual(orgs('Dewan Pemilihan Nasional Ekuador menunda penghitungan suara.'), ['Dewan Pemilihan Nasional Ekuador/National Electoral Council (Ecuador)']);
    assert.deepEqual(orgs('Komisi Pemilihan Umum India mengumumkan jadwal baru.'), ['Komisi Pemilihan Umum India/Election Commission of India']);
    assert.deepEqual(orgs('Senat Filipina dan Parlemen Kanada membahas rancangan itu.'), [
      'Senat Filipina/Senate of the Philippines',
      'Parlemen Kanada/Parliament of Canada',
    ]);
  });

  it("links a neighbour's foreign ministry, coast guard and armed forces", () => {
    assert.deepEqual(orgs('Penjaga Pantai Filipina melapor ke Departemen Luar Negeri Filipina.'), [
      'Penjaga Pantai Filipina/Philippine Coast Guard',
      'Departemen Luar Negeri Filipina/Department of Foreign Affairs (Philippines)',
    ]);
    assert.deepEqual(orgs('Angkatan Bersenjata Lebanon menutup jalan itu.'), ['Angkatan Bersenjata Lebanon/Lebanese Armed Forces']);
  });

  it('links foreign parties written in Indonesian, and leaves the Indonesian Partai Buruh alone', () => {
    assert.deepEqual(orgs('Partai Demokrat Liberal dan Komeito sepakat, sementara Liga Awami menolak.'), [
      'Partai Demokrat Liberal/Liberal Democratic Party (Japan)',
      'Komeito/Komeito',
      'Liga Awami/Awami League',
    ]);
    assert.ok(!orgs('Partai Buruh menggelar aksi di Jakarta.').some((o) => o.endsWith('(Brazil)') || o.includes('Korea')));
  });

  it('links foreign news agencies, and leaves SANA and CCTV to their Indonesian senses', () => {
    assert.deepEqual(orgs('Kantor berita IRNA dan Kantor Berita Suriah melaporkan serangan itu.'), [
      'IRNA/Islamic Republic News Agency',
      'Kantor Berita Suriah/Syrian Arab News Agency',
    ]);
    assert.deepEqual(orgs('Petugas memeriksa rekaman CCTV di sana.').filter((o) => o.includes('Television') || o.includes('News Agency')), []);
  });

  it('links foreign universities, and no Indonesian namesake', () => {
    assert.deepEqual(orgs('Peneliti Universitas Chulalongkorn dan Universitas Al-Azhar Kairo hadir.'), [
      'Universitas Chulalongkorn/Chulalongkorn University',
      'Universitas Al-Azhar Kairo/Al-Azhar University',
    ]);
    assert.ok(!orgs('Pelaku UKM binaan Universitas Al Azhar Indonesia hadir.').some((o) => o.endsWith('/Al-Azhar University') || o.includes('Kebangsaan')));
  });

  it('leaves bare forms several countries share, and acronyms that are Indonesian words, unlinked', () => {
    // "Dewan Pemilihan Nasional" is the CNE of Venezuela, Ecuador, Colombia and Honduras alike.
    assert.ok(!orgs('Dewan Pemilihan Nasional menunda penghitungan suara.').some((o) => o.includes('(Ecuador)') || o.includes('(Venezuela)')));
    // MSG is also monosodium glutamate; "Dewan Negara" alone is China's State Council as often as Malaysia's senate.
    assert.deepEqual(orgs('Pedagang bakso mengurangi MSG sejak bulan lalu.').filter((o) => o.includes('Melanesian')), []);
    assert.ok(!orgs('Dewan Negara China menyetujui rencana itu.').some((o) => o.endsWith('/Dewan Negara')));
  });
});
