// Issue 13: turns of an ethics, competition or information hearing labelled with the
// parties of the proceeding ("Teradu I:", "Pengadu:", "Termohon:", "Kuasa Terlapor II:",
// "Investigator:", "Ketua Majelis:", "Anggota Majelis:"), the holders named before the turns
// or only after them (formats51, dev d430–d441; own sentences about fictional hearings).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { personTexts as people, quoteSpeakers as speakers } from './helpers';
import { labelEndingAt } from '../../../src/core/recognize/turn-labels';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('hearing turns labelled with the parties of the proceeding (formats51)', () => {
  it('reads a party label, with its Roman numeral, as a role label', () => {
    assert.deepEqual(labelEndingAt('Teradu II: ', 9), { start: 0, end: 9, role: 'teradu ii' });
    assert.deepEqual(labelEndingAt('Kuasa Terlapor I: ', 16), { start: 0, end: 16, role: 'kuasa' });
    assert.deepEqual(labelEndingAt('Termohon: ', 8), { start: 0, end: 8, role: 'termohon' });
    assert.deepEqual(labelEndingAt('Anggota Majelis: ', 15), { start: 0, end: 15, role: 'anggota majelis' });
    // (a numeral alone, or after a word that is no label, is no label)
    assert.equal(labelEndingAt('II: ', 2), null);
    assert.equal(labelEndingAt('Bab IV: ', 6), null);
  });

  it('gives each turn to the party the article named before the turns, and a party is no person', () => {
    const t = 'Majelis pemeriksa diketuai anggota DKPP Ratna Hutabarat. Pengadu dalam perkara ini adalah Gunawan Sitepu, ' +
      'sedangkan Teradu I adalah Ketua KPU Kabupaten Samosir, Lambok Simbolon.\n' +
      'Ketua Majelis: "Teradu I, kapan rekapitulasi dimulai?"\n' +
      'Teradu I: "Pukul delapan malam, Yang Mulia."\n' +
      'Pengadu: "Itu tidak benar. Kami menunggu sampai pukul sebelas."';
    assert.deepEqual(speakers(t), ['Ratna Hutabarat', 'Lambok Simbolon', 'Gunawan Sitepu']);
    assert.deepEqual(people(t), ['Ratna Hutabarat', 'Gunawan Sitepu', 'Lambok Simbolon']);
  });

  it('keeps the parties\' turns in an article delivered as one line', () => {
    const t = 'Majelis pemeriksa diketuai anggota DKPP Ratna Hutabarat. Pengadu dalam perkara ini adalah Gunawan Sitepu, ' +
      'sedangkan Teradu I adalah Ketua KPU Kabupaten Samosir, Lambok Simbolon. ' +
      'Ketua Majelis: "Teradu I, kapan rekapitulasi dimulai?" Teradu I: "Pukul delapan malam, Yang Mulia." ' +
      'Pengadu: "Itu tidak benar. Kami menunggu sampai pukul sebelas."';
    assert.deepEqual(speakers(t), ['Ratna Hutabarat', 'Lambok Simbolon', 'Gunawan Sitepu']);
  });

  it('reads a party in brackets after a person\'s name as that person\'s role', () => {
    const t = 'Sidang dipimpin ketua majelis Yusran Mamonto. Yang diadukan adalah Rahmat Pakaya (Teradu I) dan Siti Lamusu (Teradu II).\n' +
      'Teradu II: "Saya tidak menerima laporan itu."\n' +
      'Teradu I: "Laporan diterima staf, Yang Mulia."';
    assert.deepEqual(speakers(t), ['Siti Lamusu', 'Rahmat Pakaya']);
  });

  it('gives the turns to the parties the article names only after them', () => {
    const t = 'Komisi Informasi Provinsi Gorontalo menyidangkan sengketa dokumen anggaran sebuah rumah sakit.\n' +
      'Ketua Majelis: "Mengapa permohonan itu tidak dijawab?"\n' +
      'Termohon: "Surat pemohon tidak sampai ke meja kami."\n' +
      'Pemohon: "Tanda terimanya ada, Yang Mulia."\n' +
      'Sidang itu dipimpin Yusran Mamonto sebagai ketua majelis. Pemohon adalah aktivis Nurlela Hasan, ' +
      'sedangkan termohon diwakili kepala bagian umum rumah sakit, Fadli Botutihe.';
    assert.deepEqual(speakers(t), ['Yusran Mamonto', 'Fadli Botutihe', 'Nurlela Hasan']);
  });

  it('gives an investigator\'s and a counsel\'s turns to those the article introduced in the roles', () => {
    const t = 'Pertanyaan investigator diajukan Dimas Prakoso. Terlapor II diwakili kuasa hukumnya, Yohana Simanjuntak. ' +
      'Saksi yang dihadirkan adalah bekas juru taksir perusahaan, Hendra Lolong.\n' +
      'Investigator: "Siapa yang menyusun harga penawaran?"\n' +
      'Saksi: "Direktur sendiri, Pak."\n' +
      'Kuasa Terlapor II: "Saudara melihat langsung?"';
    assert.deepEqual(speakers(t), ['Dimas Prakoso', 'Hendra Lolong', 'Yohana Simanjuntak']);
    assert.deepEqual(people(t), ['Dimas Prakoso', 'Yohana Simanjuntak', 'Hendra Lolong']);
  });

  it('reads the formal "Saudara" after a party or a role in a question as no person', () => {
    const t = 'Hakim ketua Rudi Sinaga memeriksa saksi Ahmad Dahlan.\n' +
      'Hakim: "Saksi, Saudara yang menerima uang itu?"\n' +
      'Saksi: "Bukan saya, Yang Mulia."';
    assert.deepEqual(speakers(t), ['Rudi Sinaga', 'Ahmad Dahlan']);
    assert.deepEqual(people(t), ['Rudi Sinaga', 'Ahmad Dahlan']);
    // (before a name it is a title, and the name is the person's)
    assert.deepEqual(people('Saudara Budi Santoso hadir. "Saya siap," kata Budi.'), ['Budi Santoso', 'Budi']);
  });

  it('leaves a party\'s turn nobody\'s when the article names no one for it', () => {
    const t = 'Ketua majelis Yusran Mamonto membuka sidang sengketa informasi.\n' +
      'Ketua Majelis: "Termohon hadir?"\n' +
      'Termohon: "Hadir, Yang Mulia."';
    assert.deepEqual(speakers(t), ['Yusran Mamonto', null]);
  });

  it('keeps a counsel introduced in prose, and a judge\'s label, as before', () => {
    const t = 'Kuasa hukum terdakwa, Benny Sitompul, menyebut dakwaan itu kabur. "Klien kami hanya sopir," kata Benny.';
    assert.deepEqual(speakers(t), ['Benny Sitompul']);
    const u = 'Sidang dipimpin hakim ketua Ratna Sihombing. Jaksa menghadirkan saksi Darius Lumban Gaol.\n' +
      'Hakim: "Saudara melihat sendiri uangnya?"\n' +
      'Saksi: "Melihat sendiri, Yang Mulia."';
    assert.deepEqual(speakers(u), ['Ratna Sihombing', 'Darius Lumban Gaol']);
  });

  it('looks for a holder named after the turns within a bounded reach: time grows with the transcript', function () {
    this.timeout(120_000);
    // every turn's holder is looked for after it, and none is named: each look must stop
    const unit = 'Termohon: "Surat itu tidak pernah sampai ke kantor kami."\nWarga Budi Santoso ikut hadir di ruang sidang.\n';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 300, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the transcript took ${growth.toFixed(2)}x the CPU: the look ahead is quadratic`);
  });

  it('a labelled turn the article brought in unnamed stays unnamed: a person named later in the role is not its holder', () => {
    const t = 'Pengadilan Negeri Kupang menggelar sidang perkara pungutan liar di pasar ikan, Senin. Jaksa menghadirkan seorang saksi dari kantor pasar.\n' +
      'Saksi: "Petugas retribusi yang memungut uang itu, Yang Mulia."\n' +
      'Hakim Ketua: "Berapa setiap hari?"\n' +
      'Sidang dipimpin hakim ketua Agustinus Bere. Pekan depan jaksa akan menghadirkan saksi lain, pedagang ikan Yakobus Neno.';
    assert.deepEqual(speakers(t), [null, 'Agustinus Bere']);
  });
});
