// Error patterns found on the seventh batch of dev articles (eval/gold-new/dev d47-d54: a
// football transfer, a regional corruption verdict, a listed company's earnings, dengue in
// NTB, a startup's funding, Malaysia and Brunei, a foreign minister at the African Union, a
// row of X posts), each with a sentence written for this test, read with the built-in KB.
// Every case failed before its change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActorsWithBuiltinKb as actors, actorsWithBuiltinKb as linked, speakersWithBuiltinKb as speakers } from './helpers';

const statements = (text: string) => (analyze(text).reported ?? []).map((r) => `${r.text}/${r.speaker}`);

describe('dev-set patterns, seventh batch (issue 13)', () => {
  it('a title word after two words of a name and before a comma ends the name ("Rizal Fauzan Hakim,", "Yohanis Kristian Mayor,")', () => {
    assert.deepEqual(actors('Pengamat Universitas Padjadjaran, Rizal Fauzan Hakim, menilai kunjungan itu penting.'), [
      'Universitas Padjadjaran/ORG', 'Rizal Fauzan Hakim/PER',
    ]);
    assert.deepEqual(actors('Bupati Raja Ampat, Yohanis Kristian Mayor, menjawab kritik tersebut.').slice(-1), ['Yohanis Kristian Mayor/PER']);
    // A title before a name still stays outside it.
    assert.deepEqual(actors('Ia bertemu Komandan Kodim, Mayor Budi Santoso, di lokasi.').slice(-1), ['Budi Santoso/PER']);
  });
  it('an honorific inside a capitalised run starts another name ("... Perikatan Nasional Tan Sri Muhyiddin Yassin")', () => {
    assert.deepEqual(actors('Pemimpin oposisi Perikatan Nasional Tan Sri Muhyiddin Yassin mempertanyakan biaya itu.').slice(-1), [
      'Muhyiddin Yassin/PER',
    ]);
  });
  it('subject words of titles in courts, commissions, startups and Malaysian ministries are no names', () => {
    assert.deepEqual(actors('Kepala Seksi Tindak Pidana Khusus Kejari Muaro Jambi, Andi Saputra, hadir.').slice(-1), ['Andi Saputra/PER']);
    assert.deepEqual(actors('Koordinator Penghubung Komisi Yudisial, Lestari Handayani, hadir.'), ['Komisi Yudisial/ORG', 'Lestari Handayani/PER']);
    assert.deepEqual(actors('Chief Technology Officer Kasira, Stefanie Wijaya, menjelaskan hal itu.'), ['Kasira/ORG', 'Stefanie Wijaya/PER']);
    assert.deepEqual(actors('Partner Arkadia Ventures, Jonathan Lim, menilai pasar itu besar.'), ['Arkadia Ventures/ORG', 'Jonathan Lim/PER']);
    assert.deepEqual(actors('Menteri Transisi Energi dan Transformasi Air Malaysia, Fadillah Yusof, hadir.'), ['Malaysia/GPE', 'Fadillah Yusof/PER']);
  });
  it('initials declared with "berinisial" and a ticker after "Tbk" are no actors anywhere in the article', () => {
    assert.deepEqual(actors('Dua terdakwa berinisial SR dan MH divonis. SR, mantan kepala sekolah, dihukum membayar uang pengganti.'), []);
    assert.deepEqual(actors('PT Bangun Karya Nusantara (Persero) Tbk (BKNS) mencatat laba. Saham BKNS naik 4 persen.'), [
      'PT Bangun Karya Nusantara (Persero) Tbk/ORG',
    ]);
  });
  it('a government programme and its acronym are no actors ("Bantuan Operasional Sekolah (BOS)"); a body\'s acronym stays', () => {
    assert.deepEqual(actors('Jaksa mengusut dana Bantuan Operasional Sekolah (BOS) di Jambi. Dana BOS itu raib.'), ['Jambi/GPE']);
    assert.deepEqual(actors('Operator kompetisi, PT Liga Indonesia Baru (LIB), menjelaskan jadwal. LIB menunggu izin.'), [
      'PT Liga Indonesia Baru/ORG', 'LIB/ORG', 'LIB/ORG',
    ]);
  });
  it('"mempertanyakan" reports an indirect question, not a noun object', () => {
    assert.deepEqual(statements('Ketua DPRD, Budi Santoso, mempertanyakan mengapa dana itu belum cair.'), ['mengapa dana itu belum cair/Budi Santoso']);
    assert.deepEqual(statements('Budi Santoso mempertanyakan keputusan itu.'), []);
  });
  it('a degree written without dots after a name is no actor ("dr. Yuniarti Pohan, MPH,"); "MA" after a comma still is', () => {
    assert.deepEqual(actors('Direktur itu, dr. Yuniarti Pohan, MPH, mengatakan kasus naik.'), ['Yuniarti Pohan/PER']);
    assert.deepEqual(actors('Kasasi ditolak, MA, melalui juru bicaranya, menjelaskan alasannya.'), ['MA/ORG']);
  });
  it('a continent ending an organisation\'s name is no short form of it ("Uni Afrika" ... "Afrika")', () => {
    assert.ok(!linked('Ketua Uni Afrika hadir. Negara-negara Afrika menyambutnya.').includes('Afrika/ORG/African Union'));
    assert.deepEqual(linked('Partai Demokrat hadir. Demokrat menolak.'), ['Partai Demokrat/ORG/Partai Demokrat', 'Demokrat/ORG/Partai Demokrat']);
  });
  it('KB: the Asian and ASEAN football bodies and the African Union\'s health agency', () => {
    assert.deepEqual(linked('Ia ingin tampil di Piala AFF. Africa CDC menyusun peta jalan.'), [
      'AFF/ORG/ASEAN Football Federation', 'Africa CDC/ORG/Africa Centres for Disease Control and Prevention',
    ]);
  });
  it('a league competition is no organisation, the names inside it are ("Liga Super Malaysia", "Liga Champions AFC"); "Liga Arab" is', () => {
    assert.deepEqual(actors('Ia tampil di Liga Super Malaysia dan Liga Champions AFC musim ini.'), ['Malaysia/GPE', 'AFC/ORG']);
    assert.deepEqual(actors('Liga 1 musim ini ketat. Sekjen Liga Arab hadir.'), ['Liga Arab/ORG']);
  });
  it('a photographer in a "Foto:" credit is a person, the agencies before it organisations', () => {
    assert.deepEqual(actors('Anwar hadir.\n\n(Foto: AFP/Getty Images/Arif Kartono)'), ['Anwar/PER', 'AFP/ORG', 'Getty Images/ORG', 'Arif Kartono/PER']);
    assert.deepEqual(actors('Anwar hadir.\n\nSumber: Kantor Berita Xinhua').slice(1), ['Kantor Berita Xinhua/ORG']);
  });
  it('Malaysian company and party names: "Berhad" ends a company\'s name, "Parti" heads a party\'s', () => {
    assert.deepEqual(actors('Proyek itu digarap Sarawak Energy Berhad bersama mitra.'), ['Sarawak Energy Berhad/ORG']);
    assert.deepEqual(linked('Anggota Parti Islam Se-Malaysia (PAS), Datuk Takiyuddin Hassan, meminta hal itu.'), [
      'Parti Islam Se-Malaysia/ORG/Parti Islam Se-Malaysia', 'PAS/ORG/Parti Islam Se-Malaysia', 'Takiyuddin Hassan/PER/Takiyuddin Hassan',
    ]);
  });
  it('a club named with a known place and "FC" drops "FC" from its identity as other clubs of two words do ("Bali United FC")', () => {
    assert.deepEqual(linked('Persija menjamu Bali United FC, Minggu.').slice(-1), ['Bali United FC/ORG/Bali United']);
    assert.deepEqual(linked('Selangor FC menang.'), ['Selangor FC/ORG/Selangor FC']);
  });
  it('an app or product named by a brand and a product word is no actor ("Kasira Pay Later", "Kasira POS", "Kasira Insight")', () => {
    assert.deepEqual(actors('Perusahaan itu menyediakan Kasira Pay Later dan Kasira POS. Fitur Kasira Insight dirilis.'), []);
  });
  it('"katanya" after a person this paragraph introduced before its first quote is that person, not the earlier speaker', () => {
    const text = 'Pelatih Persija, Fernando Vidal, menilai timnya siap. "Adaptasinya tidak lama," kata Fernando.\n\n' +
      'Manajer Persib, Agung Prasetya Lubis, memilih tidak mengomentari isu itu. "Kami tak mengurus pemain tim lain," katanya pendek.';
    assert.deepEqual(speakers(text), ['Fernando Vidal', 'Agung Prasetya Lubis']);
    // With no new person in the paragraph the earlier speaker goes on.
    assert.deepEqual(speakers('Pelatih Persija, Fernando Vidal, hadir. "Kami siap," kata Fernando.\n\n"Kami juga sudah berlatih," katanya.'), [
      'Fernando Vidal', 'Fernando Vidal',
    ]);
  });
});
