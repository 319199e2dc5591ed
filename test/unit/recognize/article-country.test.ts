// A bare body name several countries share ("Dewan Pemilihan Nasional (CNE)", "Majelis
// Rendah", "Mahkamah Agung") in an article about one foreign country is that country's body
// when the KB knows it by "<name> <country>"; "Dewan Keamanan" in an article naming the UN is
// its Security Council (article-country.ts, link pass). Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';

describe('a bare body in an article about one foreign country (article-country.ts)', () => {
  it('is the body of that country the KB knows, its acronym too', () => {
    const text = 'QUITO - Dewan Pemilihan Nasional (CNE) Ekuador mencoret dua kandidat presiden pada Selasa.\n\n' +
      'Dewan Pemilihan Nasional (CNE) menyebut berkas kedua kandidat tidak lengkap. Para pendukung kandidat itu berunjuk rasa di Quito.\n\n' +
      'Keduanya masih dapat menggugat ke Pengadilan Sengketa Pemilu (TCE) dalam tiga hari. TCE belum menjadwalkan sidang, sementara CNE menolak berkomentar.\n\n' +
      'Pemilihan presiden Ekuador digelar pada Februari.';
    const found = orgs(text);
    assert.ok(found.includes('CNE/National Electoral Council (Ecuador)'), found.join(', '));
    assert.ok(found.includes('TCE/Contentious Electoral Tribunal'), found.join(', '));
    assert.ok(found.includes('Pengadilan Sengketa Pemilu/Contentious Electoral Tribunal'), found.join(', '));
  });
  it('reads "Majelis Rendah", "Mahkamah Agung" and a party of a Japanese or an American article as that country\'s', () => {
    const jp = 'Perdana Menteri Jepang membubarkan Majelis Rendah pada Jumat. Pemilu Jepang akan digelar bulan depan di seluruh Jepang.';
    assert.ok(orgs(jp).includes('Majelis Rendah/House of Representatives (Japan)'), orgs(jp).join(', '));
    const us = 'Mahkamah Agung membatalkan putusan pengadilan banding soal tarif impor Amerika Serikat. ' +
      'Gedung Putih menyebut putusan itu merugikan petani AS, kata juru bicara di Washington.';
    assert.ok(orgs(us).includes('Mahkamah Agung/Supreme Court of the United States'), orgs(us).join(', '));
    const party = 'Presiden AS berpidato di Washington. Partai Demokrat menyambut pidato itu.';
    assert.ok(orgs(party).includes('Partai Demokrat/Democratic Party (United States)'), orgs(party).join(', '));
  });
  it('reads "Dewan Keamanan" as the UN Security Council in an article naming the UN', () => {
    const text = 'Indonesia mendorong PBB mengirim misi pemantau ke Gaza. Usulan itu akan dibahas Dewan Keamanan pekan depan.';
    assert.ok(orgs(text).includes('Dewan Keamanan/United Nations Security Council'), orgs(text).join(', '));
  });
  it('(guard) leaves the body of an Indonesian article, or of an article about several countries, as it is', () => {
    const id = 'Mahkamah Agung menolak kasasi terdakwa korupsi dana desa di Kabupaten Bogor, Jawa Barat. Putusan itu dibacakan di Jakarta.';
    assert.ok(orgs(id).includes('Mahkamah Agung/Mahkamah Agung'), orgs(id).join(', '));
    const idJp = 'Delegasi Indonesia bertemu anggota Majelis Rendah di Tokyo. Indonesia dan Jepang sepakat memperluas kerja sama, kata Duta Besar Indonesia.';
    assert.ok(!orgs(idJp).includes('Majelis Rendah/House of Representatives (Japan)'), orgs(idJp).join(', '));
    const two = 'Komisi Pemilihan Umum menunda pengumuman hasil. Pengamat dari India dan Pakistan menilai penundaan itu wajar, sementara warga India dan Pakistan menunggu.';
    assert.ok(!orgs(two).some((o) => o.includes('India') || o.includes('Pakistan')), orgs(two).join(', '));
    // A ministry or the DPR of a report on foreign news is as often Indonesia's reacting.
    const kemlu = 'Kementerian Luar Negeri memastikan tidak ada WNI yang menjadi korban gempa di Jepang. Gempa mengguncang Jepang bagian utara.';
    assert.ok(orgs(kemlu).includes('Kementerian Luar Negeri/Kementerian Luar Negeri Republik Indonesia'), orgs(kemlu).join(', '));
    const dpr = 'Ketua DPR mengatakan Jepang dan Korea Selatan mengamati pembahasan itu, sementara Jepang menunggu.';
    assert.ok(orgs(dpr).includes('DPR/Dewan Perwakilan Rakyat'), orgs(dpr).join(', '));
    const noUn = 'Dewan Keamanan Nasional Filipina menggelar rapat. Dewan Keamanan membahas patroli di Laut China Selatan.';
    assert.ok(!orgs(noUn).includes('Dewan Keamanan/United Nations Security Council'), orgs(noUn).join(', '));
  });
  // Review 45 probes: Indonesian news that names a foreign country twice is no foreign news.
  it('(guard) leaves an Indonesian party, court or election body of Indonesian news about a foreign country Indonesia\'s', () => {
    const party = 'Politikus Partai Demokrat, Rudi Hartawan, menilai hasil pemilu Amerika Serikat akan berdampak pada ekspor. ' +
      'Ia meminta Kementerian Perdagangan bersiap menghadapi tarif baru dari AS.';
    assert.ok(orgs(party).includes('Partai Demokrat/Partai Demokrat'), orgs(party).join(', '));
    const ahy = 'Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono bertemu Duta Besar Korea Selatan. AHY membahas investasi Korea Selatan, ' +
      'dan Korea Selatan berjanji menambah beasiswa.';
    assert.ok(orgs(ahy).includes('Partai Demokrat/Partai Demokrat'), orgs(ahy).join(', '));
    const labour = 'Presiden Partai Buruh Budiman Sahid menuntut kenaikan upah. Ia membandingkan upah buruh dengan Singapura. "Upah di Singapura jauh lebih tinggi," katanya.';
    assert.ok(orgs(labour).includes('Partai Buruh/Partai Buruh'), orgs(labour).join(', '));
    const court = 'Warga negara AS itu divonis 12 tahun penjara. Mahkamah Agung menolak kasasinya, dan keluarganya di AS kecewa.';
    assert.ok(orgs(court).includes('Mahkamah Agung/Mahkamah Agung'), orgs(court).join(', '));
    const kpu = 'Komisi Pemilihan Umum (KPU) mempelajari mesin pemungutan suara elektronik di India. India dinilai berhasil menggelar pemilu besar.\n\n' +
      'Anggota KPU mengatakan lembaganya akan mengirim tim ke New Delhi.';
    assert.ok(!orgs(kpu).some((o) => o.includes('India')), orgs(kpu).join(', '));
  });
  it('(guard) leaves a body the KB does not know Indonesia\'s beside an Indonesian place or election body', () => {
    const campus = 'Rektor Universitas Nasional menandatangani kerja sama dengan kampus di Australia. Dosen akan dikirim ke Australia.\n\n' +
      'Kampus di Jakarta Selatan itu juga menjajaki kerja sama dengan Australia.';
    assert.ok(!orgs(campus).some((o) => o.includes('Australian')), orgs(campus).join(', '));
    const vote = 'Pemungutan suara ulang digelar di Kuala Lumpur setelah Bawaslu menemukan pelanggaran. Komisi Pemilu mencoret ribuan pemilih pos di Malaysia.\n\n' +
      'Di Malaysia, pemilih terbanyak berada di Selangor.';
    assert.ok(!orgs(vote).some((o) => o.includes('Malaysia')), orgs(vote).join(', '));
    const visit = 'Presiden Prabowo Subianto bertolak ke Amerika Serikat untuk menghadiri sidang PBB. Di Amerika Serikat, ia dijadwalkan bertemu ' +
      'Dewan Keamanan Nasional dan berpidato di Majelis Umum.';
    const found = orgs(visit);
    assert.ok(!found.some((o) => o.includes('United States')), found.join(', '));
    assert.ok(found.includes('Majelis Umum/United Nations General Assembly'), found.join(', '));
  });
});
