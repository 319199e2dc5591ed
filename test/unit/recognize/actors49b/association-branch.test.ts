import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.type} ${a.text}`);
}

// A board's level, an association's short name and a region are one organisation, whether or
// not the KB knows the association (association-branch.ts).
describe('actors49b: an association\'s branch board with its region is one organisation (association-branch.ts)', () => {
  it('reads level, association and region as one organisation', () => {
    const cases: [string, string][] = [
      ['Ketua DPC Organda Kota Dumai, Hendra Saputra, menilai Pemkot lamban menata trayek.', 'ORG DPC Organda Kota Dumai'],
      ['Sekretaris DPD Gapensi Kabupaten Kampar, Rudi Hartono, mengatakan proyek itu molor.', 'ORG DPD Gapensi Kabupaten Kampar'],
      ['DPC Peradi Surabaya membuka pendaftaran advokat baru.', 'ORG DPC Peradi Surabaya'],
      ['PC PMII Kota Malang menggelar aksi di depan balai kota.', 'ORG PC PMII Kota Malang'],
    ];
    for (const [text, want] of cases) assert.ok(actors(text).includes(want), `${text}: ${actors(text).join(' | ')}`);
  });
  it('leaves a party named in two words, a senator and a street alone', () => {
    const cases: [string, string][] = [
      ['Ketua DPD Partai Golkar Jawa Timur, Sarmuji, membuka acara.', 'PER Golkar Jawa Timur'],
      ['Rapat itu dihadiri Anggota DPD Fahira Idris di Jakarta.', 'ORG DPD Fahira'],
      ['Surat itu dikirim ke Sekretariat DPW Jalan Ahmad Yani Pekanbaru pekan lalu.', 'ORG DPW Jalan Ahmad Yani Pekanbaru'],
      ['Anggota DPD Fahira Idris Jakarta menolak usul itu.', 'ORG DPD Fahira Idris Jakarta'],
    ];
    for (const [text, not] of cases) assert.ok(!actors(text).includes(not), `${text}: ${actors(text).join(' | ')}`);
  });
  it('reads no computer maker as a branch board after "PC" (review49)', () => {
    // ("PC" is also a personal computer, and a brand follows it: the two-letter levels want an acronym)
    const text = 'Penjualan PC Asus Indonesia naik 20 persen pada kuartal ketiga, kata analis IDC.';
    assert.ok(!actors(text).includes('ORG PC Asus Indonesia'), actors(text).join(' | '));
    const pw = 'Ketua PW IPNU Jawa Timur, Ahmad Fauzi, membuka konferensi wilayah.';
    assert.ok(actors(pw).includes('ORG PW IPNU Jawa Timur'), actors(pw).join(' | '));
  });
  it('reads "PW" with an association written as a word (review49b)', () => {
    // ("PW", Pimpinan Wilayah, names no computer: the association after it need be no acronym)
    const pw = 'Pengurus PW Ansor Jawa Tengah Sholahuddin Aly mengatakan kader siap membantu.';
    assert.ok(actors(pw).includes('ORG PW Ansor Jawa Tengah'), actors(pw).join(' | '));
    const fatayat = 'Ketua PW Fatayat Jawa Barat, Siti Rohmah, membuka pelatihan kader.';
    assert.ok(actors(fatayat).includes('ORG PW Fatayat Jawa Barat'), actors(fatayat).join(' | '));
  });
});

