// Session 43 newcomer walk: four reported-speech / speaker errors, reproduced on the lead's
// invented sentences (fictional farmers, outlets and officials; no real article).
import assert from 'node:assert/strict';
import { quoteSpeakers, statementPairs as statements } from '../helpers';
import { complementizerAfterAddressee } from '../../../../src/core/recognize/reported/addressee';
import { roleAroundPlace } from '../../../../src/core/recognize/reported/role-described-place';
import { trailingVerbContent } from '../../../../src/core/recognize/reported/trailing-verb';
import { opensWithDocumentSource } from '../../../../src/core/recognize/document-source';

const REPORT = 'Kelompok tani di Lembang diam-diam menerima bantuan pupuk dari PT Tambang Sejahtera, harian Suara Priangan melaporkan pada hari Senin, mengutip sumber.';
const DENIAL = 'Ketua Asosiasi Petani Jawa Barat, Dadang Hermawan, membantah laporan itu.\n"Kami tidak pernah menerima apa pun dari perusahaan," kata Dadang kepada wartawan.';

describe('"<clause>, X melaporkan [time][, mengutip …]." reports the clause before the comma (reported/trailing-verb.ts)', () => {
  it('gives the clause before ", harian X melaporkan" to the outlet, and "mengutip sumber" is no content', () => {
    assert.deepEqual(statements(REPORT), [['Kelompok tani di Lembang diam-diam menerima bantuan pupuk dari PT Tambang Sejahtera', 'Suara Priangan']]);
  });
  it('reads the bare form and a time adjunct without the source', () => {
    assert.deepEqual(statements('Harga gabah di tingkat petani turun tajam pekan ini, Kantor Berita Nusantara melaporkan.'),
      [['Harga gabah di tingkat petani turun tajam pekan ini', 'Kantor Berita Nusantara']]);
    assert.deepEqual(statements('Gudang pupuk di Cianjur kosong sejak awal bulan, Badan Pangan Daerah menyatakan pada Selasa (4/3).'),
      [['Gudang pupuk di Cianjur kosong sejak awal bulan', 'Badan Pangan Daerah']]);
  });
  it('leaves "X melaporkan bahwa …" and a content after the verb as they were', () => {
    assert.deepEqual(statements('Pada Senin, harian Suara Priangan melaporkan bahwa stok pupuk menipis di tiga kecamatan.'),
      [['stok pupuk menipis di tiga kecamatan', 'Suara Priangan']]);
    assert.deepEqual(statements('Menjelang musim tanam, Dinas Pertanian Garut mengatakan stok pupuk cukup sampai Juni.'),
      [['stok pupuk cukup sampai Juni', 'Dinas Pertanian Kabupaten Garut']]);
  });
  it('reads only a time adjunct and a source aside after the verb', () => {
    const at = (t: string, verb: string) => trailingVerbContent(t, t.indexOf(verb), t.indexOf(verb) + verb.length, 0, []);
    const t = 'Stok pupuk menipis, harian Suara Priangan melaporkan pada hari Senin, mengutip sumber.';
    assert.deepEqual(at(t, 'melaporkan'), { start: 0, end: t.indexOf(','), subjectFrom: t.indexOf(',') + 1 });
    assert.equal(at('Stok pupuk menipis, harian Suara Priangan melaporkan kenaikan harga.', 'melaporkan'), null);
    assert.equal(at('Stok pupuk menipis, warga yang melaporkan.', 'melaporkan'), null);
  });
  it('takes no adverbial or connective before the comma for a clause', () => {
    assert.deepEqual(statements('Sementara itu, Dinas Pertanian Garut mengatakan.'), []);
  });
});

describe('"kata laporan itu" speaks for whoever reported it, else nobody (channel-owner.ts)', () => {
  it('gives the report to the outlet that "melaporkan" it, not to the last person quoted', () => {
    const t = REPORT + '\n' + DENIAL + '\nNamun, dinas telah merevisi daftar penerima bantuan, kata laporan itu.';
    const s = statements(t);
    assert.deepEqual(s[s.length - 1], ['Namun, dinas telah merevisi daftar penerima bantuan', 'Suara Priangan']);
  });
  it('gives the report to the body it is named after ("laporan Bank Pangan Dunia")', () => {
    const t = 'Laporan Bank Pangan Dunia terbit pekan lalu.\n' + DENIAL + '\nHarga pupuk naik dua kali lipat dalam setahun, kata laporan tersebut.';
    const s = statements(t);
    assert.deepEqual(s[s.length - 1], ['Harga pupuk naik dua kali lipat dalam setahun', 'Bank Pangan Dunia']);
  });
  it('gives nobody when no one was said to report it', () => {
    const t = DENIAL + '\nNamun, dinas telah merevisi daftar penerima bantuan, kata laporan itu.';
    assert.deepEqual(statements(t).filter(([text]) => text.includes('merevisi')), []);
  });
});

describe('"memperingatkan <addressee> bahwa …" and a role description around a place (reported/)', () => {
  const t = DENIAL + '\nNamun kepala asosiasi pimpinan petani Subang memperingatkan Bupati Lembang Asep Gunawan bahwa stok pupuk akan habis bulan depan.';
  it('starts the content after "bahwa", the addressee outside, and gives it to no place', () => {
    const s = statements(t);
    // No "kepala" was named before: nobody, so no statement (never Subang, never Dadang).
    assert.deepEqual(s.filter(([text]) => text.includes('stok pupuk')), []);
  });
  it('gives the description to the person the article named with that role', () => {
    const named = 'Kepala Asosiasi Petani Subang, Endang Suherman, hadir dalam rapat itu.\n' +
      'Namun kepala asosiasi pimpinan petani Subang memperingatkan Bupati Lembang Asep Gunawan bahwa stok pupuk akan habis bulan depan.';
    assert.deepEqual(statements(named).filter(([text]) => text.includes('stok pupuk')), [['stok pupuk akan habis bulan depan', 'Endang Suherman']]);
  });
  it('finds "bahwa" after an addressee, not after a clause or "agar"', () => {
    const p = 'memperingatkan Bupati Lembang Asep Gunawan bahwa stok habis';
    assert.equal(complementizerAfterAddressee(p, 15), p.indexOf('bahwa'));
    assert.equal(complementizerAfterAddressee('mengingatkan warga yang tinggal di sana bahwa …', 13), -1);
    assert.equal(complementizerAfterAddressee('mengingatkan pemerintah agar tidak menambah utang', 13), -1);
    assert.equal(complementizerAfterAddressee('mengingatkan bahwa stok habis', 13), -1);
  });
  it('reads a place inside a role description, not a place the role serves', () => {
    const p = 'Namun kepala asosiasi pimpinan petani Subang memperingatkan';
    assert.equal(roleAroundPlace(p, 0, p.indexOf('Subang')), 'kepala');
    const q = 'Juru bicara pemerintah Israel mengatakan';
    assert.equal(roleAroundPlace(q, 0, q.indexOf('Israel')), undefined);
    const r = 'Duta Besar Ukraina untuk Indonesia mengatakan';
    assert.equal(roleAroundPlace(r, 0, r.indexOf('Ukraina')), undefined);
    const m = 'Menteri Luar Negeri Kabupaten Gowa Nahayo pada Kamis menyatakan';
    assert.equal(roleAroundPlace(m, 0, m.indexOf('Kabupaten')), undefined);
  });
  it('leaves a spokesperson of a government speaking for the country', () => {
    assert.deepEqual(statements('Juru bicara pemerintah Israel mengatakan pemeriksaan diperlukan sebelum truk bantuan masuk.'),
      [['pemeriksaan diperlukan sebelum truk bantuan masuk', 'Israel']]);
  });
  it('gives a "katanya" after the role description to its person, never to the place', () => {
    const named = 'Kepala Asosiasi Petani Subang, Endang Suherman, hadir dalam rapat itu.\n' +
      'Namun kepala asosiasi pimpinan petani Subang memperingatkan Bupati Lembang Asep Gunawan bahwa stok pupuk akan habis bulan depan. "Stok tinggal sedikit," katanya.';
    assert.deepEqual(quoteSpeakers(named), ['Endang Suherman']);
  });
  it('keeps a plain addressee before "bahwa" out of the content for a named speaker', () => {
    assert.deepEqual(statements('Endang Suherman mengingatkan para petani bahwa pupuk bersubsidi tidak boleh dijual lagi.'),
      [['pupuk bersubsidi tidak boleh dijual lagi', 'Endang Suherman']]);
  });
});

describe('"Menurut <document>, … “…”" names no speaker (document-source.ts)', () => {
  it('gives the quoted fragment nobody, not the speaker before', () => {
    const t = DENIAL + '\nMenurut Pasal 7 peraturan daerah itu, setiap petani "berhak mendapat pupuk bersubsidi."';
    assert.deepEqual(quoteSpeakers(t), ['Dadang Hermawan', null]);
  });
  it('reads "Menurut" with a document word only', () => {
    assert.equal(opensWithDocumentSource('Menurut Pasal 7 peraturan itu, …', 0), true);
    assert.equal(opensWithDocumentSource('Menurut Dadang, …', 0), false);
  });
  it('does the same for a survey or a report', () => {
    const t = DENIAL + '\nMenurut survei lembaga itu, sebagian besar petani "belum pernah menerima kartu tani."';
    assert.deepEqual(quoteSpeakers(t), ['Dadang Hermawan', null]);
  });
});
