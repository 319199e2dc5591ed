// A foreign country's body or place written in Indonesian is named by its English Wikipedia
// title, composed from the Indonesian generic head and the country (foreign-titles.ts; the
// country written after the head: foreign-state-body.ts, or the article's: article-country.ts).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { foreignBodyTitle, foreignPlaceTitle } from '../../../src/core/recognize/foreign-titles';

const unknown = (): boolean => false;
const named = (text: string, type: string) => analyze(text).actors.filter((a) => a.type === type).map((a) => `${a.text}/${a.canonical}`);

describe('English titles of foreign bodies and places written in Indonesian (foreign-titles.ts)', () => {
  it('composes the title of a ministry, a court, a council in the shape of its kind', () => {
    assert.equal(foreignBodyTitle('Kementerian Listrik', 'Iraq'), 'Ministry of Electricity (Iraq)');
    assert.equal(foreignBodyTitle('Kementerian Pemuda, Olahraga dan Kebudayaan', 'Oman'), 'Ministry of Youth, Sports and Culture (Oman)');
    assert.equal(foreignBodyTitle('Mahkamah Agung', 'Sri Lanka'), 'Supreme Court of Sri Lanka');
    assert.equal(foreignBodyTitle('Mahkamah Agung', 'Maldives'), 'Supreme Court of the Maldives');
    assert.equal(foreignBodyTitle('Dewan Konstitusi', 'Senegal'), 'Constitutional Council (Senegal)');
    assert.equal(foreignPlaceTitle('Provinsi Makira', 'Solomon Islands', unknown), 'Makira Province');
    assert.equal(foreignPlaceTitle('Kordofan Selatan', 'Sudan', unknown), 'South Kordofan');
  });
  it('takes a body whose title breaks its kind\'s shape from the exception table', () => {
    assert.equal(foreignBodyTitle('Mahkamah Agung', 'Malaysia'), 'Federal Court of Malaysia');
    assert.equal(foreignBodyTitle('Mahkamah Agung', 'South Korea'), 'Supreme Court of Korea');
    assert.equal(foreignBodyTitle('Mahkamah Agung', 'Brazil'), 'Supreme Federal Court');
    assert.equal(foreignBodyTitle('Kementerian Kesehatan', 'Thailand'), 'Ministry of Public Health (Thailand)');
    assert.equal(foreignBodyTitle('Kementerian Perdagangan', 'Japan'), 'Ministry of Economy, Trade and Industry');
    assert.equal(foreignBodyTitle('Komisi Pemilihan Umum', 'Bhutan'), 'Election Commission of Bhutan');
  });
  it('(guard) leaves kinds and countries without one regular shape', () => {
    assert.equal(foreignBodyTitle('Kementerian Dalam Negeri', 'Kenya'), undefined);
    assert.equal(foreignBodyTitle('Kementerian Kesehatan', 'Philippines'), undefined);
    assert.equal(foreignBodyTitle('Komisi Pemilihan', 'Fiji'), undefined);
    assert.equal(foreignBodyTitle('Bank Sentral', 'Kenya'), undefined);
    assert.equal(foreignBodyTitle('Parlemen', 'Fiji'), undefined);
    assert.equal(foreignPlaceTitle('Provinsi Chiang Mai', 'Thailand', unknown), undefined);
    assert.equal(foreignPlaceTitle('Provinsi Barat', 'Solomon Islands', unknown), undefined);
    assert.equal(foreignPlaceTitle('Kabupaten Bogor Selatan', 'Kenya', unknown), undefined);
    // Trade or Commerce: no one shape; an electoral commission's title has none either.
    assert.equal(foreignBodyTitle('Kementerian Perdagangan', 'Kenya'), undefined);
    assert.equal(foreignBodyTitle('Komisi Pemilihan Umum', 'Mongolia'), undefined);
  });
  it('(guard) leaves a compass word after a place the KB knows as written (a part of it, no title of its own)', () => {
    const sy = 'BEIRUT - Serangan udara menghantam Suriah Utara dan Irak Utara, kata militer. Pejabat Lebanon belum berkomentar, ' +
      'sementara warga Lebanon Selatan mengungsi ke utara. Lebanon meminta bantuan.';
    const gpe = named(sy, 'GPE');
    assert.ok(!gpe.some((g) => /North|South/.test(g)), gpe.join(', '));
    const cn = 'BEIJING - Banjir melanda Tiongkok Selatan. Tiongkok mengerahkan tentara dan menyebut 20 orang hilang di Guangdong Utara, ' +
      'kata pejabat Tiongkok.';
    assert.ok(!named(cn, 'GPE').some((g) => /North|South/.test(g)), named(cn, 'GPE').join(', '));
    assert.equal(foreignPlaceTitle('Osaka Utara', 'Japan', (place) => place === 'Osaka'), undefined);
  });
  it('names a department of the Philippines or the United States by its own shape', () => {
    assert.equal(foreignBodyTitle('Departemen Pertanian', 'Philippines'), 'Department of Agriculture (Philippines)');
    assert.equal(foreignBodyTitle('Departemen Kesehatan', 'Philippines'), 'Department of Health (Philippines)');
    assert.equal(foreignBodyTitle('Departemen Perhubungan', 'Philippines'), 'Department of Transportation (Philippines)');
    assert.equal(foreignBodyTitle('Departemen Pertahanan', 'Philippines'), 'Department of National Defense (Philippines)');
    assert.equal(foreignBodyTitle('Departemen Energi', 'United States'), 'United States Department of Energy');
    assert.equal(foreignBodyTitle('Departemen Tenaga Kerja', 'United States'), 'United States Department of Labor');
    assert.equal(foreignBodyTitle('Departemen Kesehatan', 'United States'), 'United States Department of Health and Human Services');
    const ph = named('MANILA - Departemen Kehakiman Filipina membuka penyelidikan atas penyelundupan gula lewat pelabuhan Batangas.', 'ORG');
    assert.ok(ph.includes('Departemen Kehakiman Filipina/Department of Justice (Philippines)'), ph.join(', '));
  });
  it('(guard) leaves a department of another country, a field with no sure title and two fields as written', () => {
    assert.equal(foreignBodyTitle('Departemen Pertanian', 'Kenya'), undefined);
    assert.equal(foreignBodyTitle('Departemen Pariwisata', 'United States'), undefined);
    assert.equal(foreignBodyTitle('Departemen Pertanian dan Perikanan', 'Philippines'), undefined);
    const home = named('Departemen Sepak Bola Wanita PSSI menggelar seleksi pemain di Jakarta.', 'ORG');
    assert.ok(!home.some((o) => o.includes('Department')), home.join(', '));
  });
  it('names a ministry with its country written after it', () => {
    const found = named('NAIROBI - Kementerian Pertanian dan Peternakan Kenya membagikan benih jagung kepada petani di wilayah barat Kenya.', 'ORG');
    assert.ok(found.includes('Kementerian Pertanian dan Peternakan Kenya/Ministry of Agriculture and Livestock (Kenya)'), found.join(', '));
  });
  it('names a bare court, council or ministry of an article about one foreign country', () => {
    const lk = 'COLOMBO - Pemerintah Sri Lanka menunda pemilu dewan provinsi. Mahkamah Agung memerintahkan komisi menetapkan jadwal baru, ' +
      'kata pengacara pemohon di Colombo. Oposisi Sri Lanka menyambut putusan itu.';
    assert.ok(named(lk, 'ORG').includes('Mahkamah Agung/Supreme Court of Sri Lanka'), named(lk, 'ORG').join(', '));
    const sn = 'DAKAR - Dewan Konstitusi menolak gugatan dua calon presiden Senegal. Para pendukung calon itu berkumpul di Dakar, ' +
      'sementara pemerintah Senegal meminta warga tenang.';
    assert.ok(named(sn, 'ORG').includes('Dewan Konstitusi/Constitutional Council (Senegal)'), named(sn, 'ORG').join(', '));
  });
  it('names a province and a compass place of an article about one foreign country', () => {
    const sb = 'HONIARA - Warga Provinsi Makira antre sejak pagi untuk memilih anggota parlemen Kepulauan Solomon. ' +
      'Di Honiara, petugas membagikan surat suara tambahan, kata pejabat Kepulauan Solomon.';
    assert.ok(named(sb, 'GPE').includes('Provinsi Makira/Makira Province'), named(sb, 'GPE').join(', '));
    const sd = 'KHARTOUM - Ribuan warga mengungsi dari Kordofan Selatan setelah bentrokan di perbatasan. Pemerintah Sudan meminta bantuan, ' +
      'kata pejabat di Khartoum.';
    assert.ok(named(sd, 'GPE').includes('Kordofan Selatan/South Kordofan'), named(sd, 'GPE').join(', '));
  });
  it('(guard) leaves Indonesian bodies and places, and those of Indonesian news about a foreign country, as they are', () => {
    const id = 'Mahkamah Agung menolak kasasi terdakwa korupsi dana desa di Kabupaten Bogor. Warga Bogor Selatan menyambut putusan itu.';
    assert.ok(named(id, 'ORG').includes('Mahkamah Agung/Mahkamah Agung'), named(id, 'ORG').join(', '));
    assert.ok(!named(id, 'GPE').some((g) => g.includes('South')), named(id, 'GPE').join(', '));
    const home = 'Kementerian Perdagangan menyiapkan langkah menghadapi tarif baru dari Kenya. Eksportir teh di Jawa Barat khawatir, ' +
      'sementara Kenya menjadi pasar utama. Ketua asosiasi di Bandung Utara, Rudi, meminta pemerintah bertindak.';
    assert.ok(named(home, 'ORG').includes('Kementerian Perdagangan/Kementerian Perdagangan Republik Indonesia'), named(home, 'ORG').join(', '));
    assert.ok(!named(home, 'GPE').some((g) => g.includes('North')), named(home, 'GPE').join(', '));
  });
});
