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
