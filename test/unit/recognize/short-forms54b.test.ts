// Short forms news writes without a definition (actors54b, issue 13): national bodies the KB
// lacked (PPATK, the two social-security agencies, bare "BPJS" as the health one, as the dev
// gold reads it), and a regional government's bare short head ("Pemkab", "Pemkot", "Pemprov")
// in an article about one region. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const orgs = (text: string): string[] => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

describe('national bodies by their short forms (actors54b)', () => {
  it('PPATK and BPJS, bare or with their scheme, by their identities', () => {
    assert.deepEqual(orgs('Polisi meneruskan data rekening para bandar ke PPATK pekan ini.'), ['PPATK/Pusat Pelaporan dan Analisis Transaksi Keuangan']);
    assert.deepEqual(orgs('Warga yang menunggak iuran BPJS tetap dilayani di puskesmas.'), ['BPJS/BPJS Kesehatan']);
    assert.deepEqual(orgs('Pekerja harian belum terdaftar di BPJS Ketenagakerjaan.'), ['BPJS Ketenagakerjaan/BPJS Ketenagakerjaan']);
  });

  it('leaves the closed list of acronyms that are no actors alone', () => {
    assert.deepEqual(orgs('Antrean BBM mengular, sementara APBD belum cair dan gelombang PHK menghantui UMKM.'), []);
  });
});

describe('a regional government by its bare short head (actors54b)', () => {
  const regency = 'Banjir merendam tiga kecamatan di Kabupaten Sigi. Jalan ke Kabupaten Sigi terputus dan warga Sigi mengungsi. ';

  it('is the government of the regency or city the article is about', () => {
    assert.ok(orgs(`${regency}Pemkab, menurut Camat Lestari, membuka dapur umum.`).includes('Pemkab/Pemerintah Kabupaten Sigi'));
    assert.ok(orgs(`${regency}Warga menilai Pemkab lamban mengirim bantuan.`).includes('Pemkab/Pemerintah Kabupaten Sigi'));
    const city = 'Angkot mogok di Kota Kupang. Sopir se-Kota Kupang berkumpul di Kupang sejak pagi. ';
    assert.ok(orgs(`${city}Mereka menuding Pemkot mengabaikan trayek lama.`).includes('Pemkot/Pemerintah Kota Kupang'));
  });

  it('stays no actor where the article is about no region, or about one of another level', () => {
    assert.deepEqual(orgs('Warga menilai Pemkab lamban mengirim bantuan.'), []);
    const city = 'Angkot mogok di Kota Kupang. Sopir se-Kota Kupang berkumpul di Kupang sejak pagi. ';
    assert.ok(!orgs(`${city}Mereka menuding Pemkab mengabaikan trayek lama.`).some((o) => o.startsWith('Pemkab')));
  });
});
