// Session 44 (issues 13/14), speakers named only by a description on the fresh dev batch
// d268-d279: a name given inside the description, a description after a passive agent, a
// company described by a relative clause, and an unnamed speaker described with a place.
// Own invented sentences (fictional traders, clubs and companies; no real article).
import assert from 'node:assert/strict';
import { doesRole } from '../../../src/core/recognize/role-verb';
import { endsWithCompanyTail } from '../../../src/core/recognize/company-tails';
import { placeDescribesUnnamed } from '../../../src/core/recognize/reported/role-described-place';
import { actorsWithTestKb, speakersWithTestKb, statementPairsWithTestKb } from './helpers';

describe('a name given inside the description ("kata pedagang bernama X itu")', () => {
  it('is the speaker, not nobody', () => {
    const t = 'Pasar ikan di Pelabuhan Ratu sepi sejak harga solar naik.\n\n' +
      'Seorang pedagang ikan asin mengaku omzetnya turun separuh dalam sebulan.\n\n' +
      '"Dulu sehari bisa habis dua kuintal. Sekarang setengahnya saja susah," kata pedagang bernama Suminah Wati itu.';
    assert.deepEqual(speakersWithTestKb(t), ['Suminah Wati']);
  });
  it('reads "yang bernama" too', () => {
    const t = '"Kami belum dapat ganti rugi," ujar Lurah Kebon Sari, Darmaji.\n\n' +
      '"Rumah saya retak sejak tiang pancang dipasang," kata nelayan yang bernama Kasim Rauf tersebut.';
    assert.deepEqual(speakersWithTestKb(t), ['Darmaji', 'Kasim Rauf']);
  });
});

describe('a description whose role the article gave by its verb ("Ia melatih …" then "kata mantan pelatih tersebut", role-verb.ts)', () => {
  const t = 'Klub Persiku Jaya resmi dijual kepada perusahaan investasi asal Malaysia.\n\n' +
    'Direktur perusahaan itu, Lim Kok Wah, mengatakan timnya ingin membangun akademi. "Kami datang untuk jangka panjang," kata Lim.\n\n' +
    'Rencana itu disambut dingin oleh Bambang Sutrisno. Ia melatih Persiku Jaya selama tiga musim sebelum mundur pada Mei.\n\n' +
    '"Investor boleh datang, tapi gaji pemain harus dibayar dulu," kata mantan pelatih tersebut.\n\n' +
    '"Saya sudah lihat klub lain bangkrut karena janji manis."';
  it('is the person who does the role, not the salient speaker', () => {
    assert.deepEqual(speakersWithTestKb(t), ['Lim Kok Wah', 'Bambang Sutrisno', 'Bambang Sutrisno']);
  });
  it('reads the verb right after the name and after "yang", with a suffix', () => {
    assert.ok(doesRole('oleh Bambang. Ia melatih Persiku.', 13, 33, 'pelatih'));
    assert.ok(doesRole('Bambang sempat melatih Persiku.', 7, 31, 'pelatih'));
    assert.ok(doesRole('Sari, yang mendampingi korban sejak awal.', 4, 40, 'pendamping'));
  });
  it('takes no verb whose subject is someone else, and no head without "pe-"', () => {
    assert.ok(!doesRole('Bambang bertemu pemain yang dulu ia latih. Tim lain melatih Persiku.', 7, 66, 'pelatih'));
    assert.ok(!doesRole('Bambang. Ia melatihnya.', 7, 22, 'pelatih'));
    assert.ok(!doesRole('Bambang. Ia bermain di Persiku.', 7, 30, 'pemain'));
  });
  it('takes no suffixed verb that means another thing than the role ("melakukan" is anyone\'s doing)', () => {
    // an officer who "melakukan pemeriksaan" is no "pelaku"; a head of district who
    // "mengusahakan bantuan" is no "pengusaha"
    assert.ok(!doesRole('Ipda Rudi melakukan pemeriksaan di lokasi.', 9, 42, 'pelaku'));
    assert.ok(!doesRole('Camat Andi, yang mengusahakan bantuan itu.', 10, 42, 'pengusaha'));
    assert.ok(doesRole('Rina, yang menjual sayur di pasar.', 4, 33, 'penjual'));
  });
});

describe('a body apposed to a description opening with a capitalised common noun ("Operator kapal itu, X, dalam pernyataan … menyebut")', () => {
  it('gives a statement through a channel to the apposed company, not to the outlet in the channel', () => {
    const u = 'Operator kapal itu, PT Samudra Biru, dalam pernyataan tertulis yang diterima Kabar Bali menyebut pembatalan dilakukan karena gelombang tinggi.';
    assert.deepEqual(statementPairsWithTestKb(u), [['pembatalan dilakukan karena gelombang tinggi', 'PT Samudra Biru']]);
  });
});

describe('a company described by a relative clause ("tulis perusahaan yang berkantor pusat di X, itu", company-tails.ts)', () => {
  const t = 'Kapal pesiar MS Ocean Pearl batal singgah di Pelabuhan Benoa karena cuaca buruk.\n\n' +
    'Operator kapal itu, Blue Horizon Cruises, menyampaikan permintaan maaf kepada para penumpang.\n\n' +
    '"Keselamatan penumpang adalah prioritas utama kami," tulis perusahaan yang berkantor pusat di Seattle, Amerika Serikat, itu dalam pernyataannya.';
  it('types a carrier\'s English name by its trade word as an organisation', () => {
    assert.ok(actorsWithTestKb(t).includes('Blue Horizon Cruises/ORG/Blue Horizon Cruises'));
    assert.ok(actorsWithTestKb('Penerbangan ke Pangkalpinang ditunda oleh Sunda Strait Lines karena kabut asap.').includes('Sunda Strait Lines/ORG/Sunda Strait Lines'));
  });
  it('gives the quote to the company named before', () => {
    assert.deepEqual(speakersWithTestKb(t), ['Blue Horizon Cruises']);
  });
  it('gives a statement through a channel to the company apposed to a description, not to the outlet in the channel', () => {
    const u = 'Operator kapal itu, Blue Horizon Cruises, dalam pernyataan tertulis yang diterima Kabar Bali menyebut pembatalan dilakukan karena gelombang tinggi.';
    assert.deepEqual(statementPairsWithTestKb(u), [['pembatalan dilakukan karena gelombang tinggi', 'Blue Horizon Cruises']]);
  });
  it('reads the tail past a dot and only as the last word', () => {
    assert.ok(endsWithCompanyTail('Blue Horizon Cruises Inc.'));
    assert.ok(!endsWithCompanyTail('Cruises'));
    assert.ok(!endsWithCompanyTail('Lines of Hope Foundation'));
  });
});

describe('an unnamed speaker described with a place is nobody, never the place (reported/role-described-place.ts)', () => {
  it('"Seorang pembeli, karyawati … asal Konawe, mengaku …" then "tuturnya": nobody, and no statement of the regency', () => {
    const t = 'Kepala Dinas Kesehatan Kota Kendari, Rahmat Saleh, mengatakan produk itu mengandung sibutramin. "Kami sudah meminta platform menurunkan iklannya," kata Rahmat.\n\n' +
      'Seorang pembeli, karyawati berusia 30 tahun asal Konawe, mengaku mengonsumsi obat itu selama sebulan. Ia meminta namanya tidak disebut.\n\n' +
      '"Jantung saya berdebar setiap malam. Saya kira itu biasa," tuturnya.';
    assert.deepEqual(speakersWithTestKb(t), ['Rahmat Saleh', null]);
    assert.deepEqual(statementPairsWithTestKb(t), [['produk itu mengandung sibutramin', 'Rahmat Saleh']]);
  });
  it('"Menurut sumber kepolisian Prancis yang diwawancarai oleh harian tersebut, …": nobody, for the quote and the statement', () => {
    const t = 'Sebuah harian di Marseille melaporkan rencana pengiriman kapal patroli ke Laut Tengah.\n\n' +
      'Menurut sumber kepolisian Prancis yang diwawancarai oleh harian tersebut, pemerintah kini “tidak akan mengirim kapal sebelum musim dingin berakhir”.';
    assert.deepEqual(speakersWithTestKb(t), [null]);
    assert.deepEqual(statementPairsWithTestKb(t), []);
  });
  it('reads only descriptions opening with an unnamed word, in words, blanks and commas', () => {
    const at = (p: string, place: string) => placeDescribesUnnamed(p, 0, p.indexOf(place));
    assert.ok(at('Seorang korban, mahasiswi berusia 22 tahun asal Takalar, mengaku', 'Takalar'));
    assert.ok(at('Namun, sumber pemerintah Israel mengatakan', 'Israel'));
    assert.ok(!at('Juru bicara militer Thailand mengatakan', 'Thailand'));
    assert.ok(!at('Seorang warga. Di Takalar, polisi mengatakan', 'Takalar'));
    // (a definite description of an official named before: "ujar pejabat asal Kamboja itu")
    assert.ok(!at('pejabat asal Kamboja itu', 'Kamboja'));
  });
});
