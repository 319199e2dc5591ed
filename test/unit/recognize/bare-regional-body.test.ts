// A regional body named once with its region, then by its bare name (bare-regional-body.ts,
// link pass), and regional short heads (regional-names.ts), with the built-in KB: sentences
// written for this test on the formats of dev d46, d159, d180 (other places). The first two
// cases failed before the change; the guard did not.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { RegionalBodiesByShortHead } from '../../../src/core/recognize/bare-regional-body';

const orgs = (text: string) => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

describe('a bare regional body after the same body with its region', () => {
  it('takes the regional body\'s identity, before or after it', () => {
    const text = 'DPRD Tolak Usulan Pinjaman Daerah\n\nRapat paripurna DPRD Lamongan pada Senin berakhir tanpa keputusan. ' +
      'Ketua DPRD menunda rapat hingga pekan depan.';
    assert.deepEqual(orgs(text).filter((o) => o.startsWith('DPRD')), [
      'DPRD/Dewan Perwakilan Rakyat Daerah Kabupaten Lamongan', 'DPRD Lamongan/Dewan Perwakilan Rakyat Daerah Kabupaten Lamongan',
      'DPRD/Dewan Perwakilan Rakyat Daerah Kabupaten Lamongan',
    ]);
  });
  it('expands a disaster agency\'s short head with its region ("BPBD Kota Bima"), and the bare "BPBD" after it', () => {
    const text = 'Kepala Pelaksana BPBD Kota Bima Arif Rahman mengatakan air mulai surut.\n\nPetugas BPBD masih berjaga di tanggul.';
    assert.deepEqual(orgs(text), ['BPBD Kota Bima/Badan Penanggulangan Bencana Daerah Kota Bima', 'BPBD/Badan Penanggulangan Bencana Daerah Kota Bima']);
  });
  it('(guard) a national body the KB knows stays national, bare', () => {
    const text = 'Kepala OJK Malang Sugeng Riyadi meminta warga waspada. Ia menyebut OJK sudah memblokir 40 aplikasi.';
    assert.ok(orgs(text).includes('OJK/Otoritas Jasa Keuangan'), orgs(text).join(', '));
  });
});

describe('a bare election body or NGO the KB knows after its regional branch (region47)', () => {
  // Dev d71, d81, d105: a regency's election supervisor, once named with its regency, then
  // bare; an NGO's provincial executive likewise. Sentences written for this test.
  it('is the branch the article named', () => {
    const text = 'Ketua Bawaslu Kabupaten Tapin Rahmat Hidayat menyebut ada 12 laporan. "Semua laporan masuk ke Bawaslu," katanya.';
    assert.ok(orgs(text).includes('Bawaslu/Badan Pengawas Pemilihan Umum Kabupaten Tapin'), orgs(text).join(', '));
    const ngo = 'Direktur Eksekutif Walhi Kalimantan Selatan Rina Astuti menolak izin tambang itu. Menurut catatan Walhi, ada 20 izin bermasalah.';
    assert.ok(orgs(ngo).includes('Walhi/Wahana Lingkungan Hidup Indonesia Kalimantan Selatan'), orgs(ngo).join(', '));
  });
  it('is the branch of the article\'s region where it names two', () => {
    const text = 'Tapin - Bawaslu Kabupaten Tapin menerima enam laporan politik uang di Kabupaten Tapin. Warga Tapin diminta melapor. ' +
      'Bawaslu Kalimantan Selatan memantau dari Banjarmasin. Seorang anggota Bawaslu menyebut laporan itu sedang diperiksa.';
    assert.ok(orgs(text).includes('Bawaslu/Badan Pengawas Pemilihan Umum Kabupaten Tapin'), orgs(text).join(', '));
  });
  it('(guard) the national body named so stays national', () => {
    const text = 'Ketua Bawaslu Kabupaten Tapin Rahmat Hidayat menyebut ada 12 laporan. Laporan itu juga dikirim ke Bawaslu RI.';
    assert.ok(orgs(text).includes('Bawaslu RI/Badan Pengawas Pemilihan Umum'), orgs(text).join(', '));
  });
  it('(guard) a state company or authority stays national, bare', () => {
    const text = 'Manajer PLN Kabupaten Tapin Arif menyebut gangguan sudah pulih. PLN meminta warga hemat listrik.';
    assert.ok(orgs(text).includes('PLN/Perusahaan Listrik Negara'), orgs(text).join(', '));
  });
});

describe('regional bodies by their short head (bare-regional-body.ts RegionalBodiesByShortHead)', () => {
  it('gives a short head the one body filed under it, null for two, nothing for a head that alone names no one body', () => {
    const heads = new RegionalBodiesByShortHead();
    assert.equal(heads.bodyOf('Dishub'), undefined);
    heads.file('Dinas Perhubungan Kota Surakarta');
    heads.file('Dinas Perhubungan Kota Surakarta');
    assert.equal(heads.bodyOf('Dishub'), 'Dinas Perhubungan Kota Surakarta');
    heads.file('Dinas Perhubungan Kabupaten Klaten');
    assert.equal(heads.bodyOf('Dishub'), null);
    heads.file('Dewan Perwakilan Rakyat Daerah Kota Surakarta');
    assert.equal(heads.bodyOf('DPRD'), undefined);
  });
});
