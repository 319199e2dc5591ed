// A Title-Case headline's unprefixed reporting verb ("Tegaskan", "Klaim", "Akui", "Nyatakan",
// "Bantah", "Sebut", "Minta") gives the clause after it to the speaker before it, also when
// only the body confirms that speaker's name or introduces the holder of a bare role
// ("Pemilik Bengkel"); a noun object, a topic or a meeting says nothing (session 49).
// Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const body = (who: string): string =>
  `\n\nSEMARANG - Sidang lanjutan perkara itu digelar di Pengadilan Negeri Semarang, Rabu (4/6).\n\n${who} hadir didampingi dua pengacaranya dan menjawab pertanyaan hakim selama dua jam.`;
const has = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

describe('headline verbs read on final mentions (session 49)', () => {
  it('"X Tegaskan <clause>": a singer named in full only by the body', () => {
    const text = 'Jalani Sidang Kedua, Laras Wulandari Tegaskan Tak Akan Cabut Gugatan terhadap Label' + body('Laras Wulandari, penyanyi asal Solo,');
    assert.equal(has(text, 'Tak Akan Cabut Gugatan terhadap Label'), 'Laras Wulandari');
  });
  it('"PM X Klaim <clause>": a title word before a short name', () => {
    const text = 'Parlemen Siapkan Mosi, PM Bagas Wiratama Klaim Koalisi Tetap Utuh' + body('Perdana Menteri Bagas Wiratama');
    assert.equal(has(text, 'Koalisi Tetap Utuh'), 'Bagas Wiratama');
  });
  it('"Pemilik Bengkel Akui <clause>": the role the body introduces', () => {
    const text = 'Sidang Mobil Dinas Rusak, Pemilik Bengkel Akui Suku Cadang Diganti yang Lebih Murah' + body('Pemilik bengkel, Dedi Kurniawan,');
    assert.equal(has(text, 'Suku Cadang Diganti yang Lebih Murah'), 'Dedi Kurniawan');
  });
  it('a verb after the headline colon: the speaker starts after it', () => {
    const text = 'Rapat Anggaran: Bupati Klaim Dana Hibah Sudah Dipangkas' + '\n\nSEMARANG - Bupati Ngesti Nugraha menyampaikan data itu dalam rapat, Rabu (4/6).';
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Dana Hibah/.test(t)),
      [['Dana Hibah Sudah Dipangkas', 'Ngesti Nugraha']]);
  });
  it('a noun object is no statement (guard)', () => {
    const text = 'Banjir Rendam Pasar, Bupati Minta Bantuan Logistik' + body('Bupati Semarang Ngesti Nugraha');
    assert.equal(has(text, 'Bantuan Logistik'), undefined);
  });
  it('"Minta Maaf" is no statement (guard)', () => {
    const text = 'Tim Kalah Telak di Kandang, Laras Wulandari Minta Maaf kepada Penonton' + body('Pelatih Laras Wulandari');
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Maaf|Penonton/.test(t)), []);
  });
  it('"Saling Akui": two sides and no speaker before the verb (guard)', () => {
    const text = 'Jepang dan Korea Sepakat Saling Akui Sertifikat Halal' + body('Menteri Perdagangan Budi Santoso');
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Sertifikat/.test(t)), []);
  });
  it('"Klaim" as a noun in a topic is no cue (guard)', () => {
    const text = 'Pengajuan Klaim Asuransi Kendaraan Naik Usai Banjir' + body('Direktur Asuransi Budi Santoso');
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Asuransi|Banjir/.test(t)), []);
  });
  it('a question after the verb is no statement (guard)', () => {
    const text = 'Gaji Guru Honorer Telat, Laras Wulandari Sebut Anggaran Belum Cair?' + body('Bupati Laras Wulandari');
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Anggaran/.test(t)), []);
  });
  it('a lead sentence in the body is no headline (guard)', () => {
    const text = 'Sidang Lanjutan Kasus Bengkel\n\nSEMARANG - Ketua Komisi II Rudi Santoso Klaim Dana Hibah Sudah Dipangkas. Ia hadir kemarin.';
    assert.deepEqual(statementPairsWithTestKb(text).filter(([t]) => /Dana Hibah/.test(t)), []);
  });
});
