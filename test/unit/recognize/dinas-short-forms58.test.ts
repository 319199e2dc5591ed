// Session 58 (inst58b, issue 13): the short forms Indonesian regional news writes for a
// regency's or province's dinas beyond the health, school and transport offices ("Distan",
// "Dispertan", "Disnakkan", "Diskan", "Disbun", "Disperkim" …) are that office with its
// region (regional-names.ts REGIONAL_SHORT_HEADS): "Distan Kediri" gave only the place,
// "Diskan Jember" a person. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors, statementPairsWithBuiltinKb as statements } from './helpers';
import { shortHeadOf } from '../../../src/core/recognize/regional-names';
import { isShortOfficeTitle } from '../../../src/core/recognize/short-office-titles';
import { REGIONAL_SHORT_HEADS } from '../../../src/core/recognize/regional-short-heads';

describe('inst58b: a dinas written by its short form', () => {
  it('is the farming, livestock or fisheries office of the region after it', () => {
    assert.deepEqual(actors('Petugas Distan Ngawi memeriksa sawah yang diserang wereng.'),
      ['Distan Ngawi/ORG/Dinas Pertanian Kabupaten Ngawi']);
    assert.deepEqual(actors('Petugas Diskan Jember membagikan benih lele kepada warga.'),
      ['Diskan Jember/ORG/Dinas Perikanan Kabupaten Jember']);
    assert.deepEqual(actors('Kepala Dispertan Ngawi Anang Wibowo meninjau lahan yang terendam.'),
      ['Dispertan Ngawi/ORG/Dinas Pertanian Kabupaten Ngawi', 'Anang Wibowo/PER/Anang Wibowo']);
  });

  it('takes the regency where the article is about the regency of a city\'s name', () => {
    const text = 'Bupati Blitar meninjau kandang ayam. Petugas Disnakkan Blitar mengambil sampel di Kabupaten Blitar.';
    assert.ok(actors(text).includes('Disnakkan Blitar/ORG/Dinas Peternakan dan Perikanan Kabupaten Blitar'));
  });

  it('names the other offices in full, with their region\'s prefix', () => {
    const got = actors('Disbudpar Sleman menggelar festival. Dishut Riau memadamkan api. DPMPTSP Bandung mempermudah izin.');
    assert.deepEqual(got, [
      'Disbudpar Sleman/ORG/Dinas Kebudayaan dan Pariwisata Kabupaten Sleman',
      'Dishut Riau/ORG/Dinas Kehutanan Provinsi Riau',
      'DPMPTSP Bandung/ORG/Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung']);
  });

  it('speaks a headline\'s statement, and is the office the text names', () => {
    const text = 'Disnakkan Kediri Sebut Stok Sapi Kurban Aman\n\nKepala Dinas Peternakan dan Perikanan Kabupaten Kediri, Joko Santoso, mengatakan stok sapi cukup.';
    assert.equal(actors(text)[0], 'Disnakkan Kediri/ORG/Dinas Peternakan dan Perikanan Kabupaten Kediri');
    assert.equal(statements(text)[0][1], 'Dinas Peternakan dan Perikanan Kabupaten Kediri');
  });

  it('files a body written two ways under one short head, so a bare one finds it', () => {
    assert.equal(shortHeadOf('Dinas Pertanian Kabupaten Ngawi'), 'Distan');
    assert.equal(shortHeadOf('Dinas Peternakan dan Perikanan Kabupaten Blitar'), 'Disnakkan');
    const text = 'Kepala Dinas Pertanian Kabupaten Ngawi, Supardi, meninjau sawah.\n\nMenurut dia, tim Dispertan turun ke desa besok.';
    assert.ok(actors(text).includes('Dispertan/ORG/Dinas Pertanian Kabupaten Ngawi'));
  });

  it('heads an organisation, and joins a head\'s title ("Kadistan")', () => {
    // (fix58a: ORG_HEADS reads the dinas heads from regional-short-heads.ts, the one list;
    // without them "Disbun Riau" gave only the province)
    assert.deepEqual(actors('Kepala Disbun Riau Andi Saputra mengatakan harga sawit turun.'),
      ['Disbun Riau/ORG/Dinas Perkebunan Provinsi Riau', 'Andi Saputra/PER/Andi Saputra']);
    assert.deepEqual(actors('Disperkim Bogor menata permukiman kumuh di bantaran sungai.'),
      ['Disperkim Bogor/ORG/Dinas Perumahan dan Kawasan Permukiman Kota Bogor']);
    assert.ok(isShortOfficeTitle('kadistan'));
    assert.ok(isShortOfficeTitle('kadisnakkan'));
  });

  it('gives every dinas short head of the one list its head\'s one-word title (fix58b: derived, no copy)', () => {
    for (const [head, full] of REGIONAL_SHORT_HEADS) {
      if (!full.startsWith('Dinas ')) continue;
      assert.ok(isShortOfficeTitle(`kadis${head.toLowerCase().replace(/^di[sn]|^d/, '')}`), head);
    }
    assert.ok(isShortOfficeTitle('kadinkes') && isShortOfficeTitle('kadiskop'));
    assert.ok(!isShortOfficeTitle('kadin') && !isShortOfficeTitle('kadinhub'));
  });

  it('(guard) a known head and lower-case words stay as they were', () => {
    assert.deepEqual(actors('Petugas Dinkes Ngawi memeriksa warung makan di pasar.'), ['Dinkes Ngawi/ORG/Dinas Kesehatan Kabupaten Ngawi']);
    assert.deepEqual(actors('Warga meminta bantuan dari distan dan dinas lain.'), []);
  });
});
