// Session 52 (issue 13): a foreign country's subdivision the KB does not know, written with its
// Indonesian designator ("County Bomi", "Negara Bagian Gombe", "Provinsi Maysan",
// "Kegubernuran Maysan"), is one GPE named by its English title ("Bomi County", "Gombe
// State", "Maysan Governorate"; foreign-titles.ts, rules/named-place.ts), and the article's
// later bare mention of the name is that subdivision (subdivision-mentions.ts), as the sets
// name "Montserrado" after "County Montserrado". Sentences written for this test; the
// guards pin what must not change (Indonesian regions, a designator before a body's words).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { actorsWithBuiltinKb as named } from './helpers';
import { foreignPlaceTitle } from '../../../src/core/recognize/foreign-titles';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

const unknown = (): boolean => false;

describe('a foreign subdivision the KB does not know, with its designator (session 52)', () => {
  it('composes the English title of a county, a federation\'s state and a governorate from the country', () => {
    assert.equal(foreignPlaceTitle('County Bomi', 'Liberia', unknown), 'Bomi County');
    assert.equal(foreignPlaceTitle('County Grand Gedeh', 'Liberia', unknown), 'Grand Gedeh County');
    assert.equal(foreignPlaceTitle('Negara Bagian Gombe', 'Nigeria', unknown), 'Gombe State');
    assert.equal(foreignPlaceTitle('Provinsi Maysan', 'Iraq', unknown), 'Maysan Governorate');
    assert.equal(foreignPlaceTitle('Provinsi Asyut', 'Egypt', unknown), 'Asyut Governorate');
  });
  it('(guard) leaves a designator whose country titles it otherwise as written', () => {
    assert.equal(foreignPlaceTitle('County Cork', 'Ireland', unknown), undefined);
    assert.equal(foreignPlaceTitle('Negara Bagian Victoria', 'Australia', unknown), undefined);
    assert.equal(foreignPlaceTitle('Provinsi Chiang Mai', 'Thailand', unknown), undefined);
  });

  it('names a county of an article about Liberia by its English title, and the bare name after it', () => {
    const text = 'MONROVIA - Partai oposisi Liberia menolak hasil pemilihan di County Bomi pekan ini.\n\n' +
      'Komisi pemilu Liberia berjanji menghitung ulang suara, kata juru bicaranya di Monrovia. Pemilih di Bomi menunggu keputusan itu.';
    const found = named(text);
    assert.ok(found.includes('County Bomi/GPE/Bomi County'), found.join(', '));
    assert.ok(found.includes('Bomi/GPE/Bomi County'), found.join(', '));
  });
  it('names a state of Nigeria "<name> State" where its paragraph does not name the country', () => {
    const text = 'ABUJA - Pemerintah Nigeria membuka gudang pangan baru di Abuja, Nigeria.\n\n' +
      'Sebagian jagung akan dibeli dari petani di Negara Bagian Gombe untuk mengisi gudang itu.';
    const found = named(text);
    assert.ok(found.includes('Negara Bagian Gombe/GPE/Gombe State'), found.join(', '));
  });
  it('names a state of Nigeria "<name> State" in Indonesian news about an Indonesian firm there', () => {
    const text = 'JAKARTA - Produsen pakan ternak asal Indonesia, PT Sinar Ternak Nusantara, membangun pabrik di Lagos, Nigeria.\n\n' +
      'Direktur perusahaan itu mengatakan jagung akan dibeli dari petani di Negara Bagian Gombe.\n\nPabrik itu menyerap 800 pekerja, kata Kementerian Perdagangan.';
    const found = named(text);
    assert.ok(found.includes('Negara Bagian Gombe/GPE/Gombe State'), found.join(', '));
  });
  it('(guard) leaves a state as written where the article names two foreign countries', () => {
    const text = 'JAKARTA - Eksportir Indonesia mengirim kopi ke Nigeria dan Australia tahun ini.\n\n' +
      'Pembeli terbesar berada di Negara Bagian Tasmania.';
    const found = named(text);
    assert.ok(!found.some((s) => s.includes('Tasmania State')), found.join(', '));
  });
  it('names an Iraqi province and a governorate written as such "<name> Governorate", and the bare name after it', () => {
    const text = 'BAGHDAD - Warga Irak memprotes pemadaman listrik di Provinsi Maysan.\n\n' +
      'Pemerintah Irak mengirim generator ke Maysan, kata pejabat di Baghdad.';
    const found = named(text);
    assert.ok(found.includes('Provinsi Maysan/GPE/Maysan Governorate'), found.join(', '));
    assert.ok(found.includes('Maysan/GPE/Maysan Governorate'), found.join(', '));
    const gov = named('BAGHDAD - Kegubernuran Muthanna melaporkan kekurangan air bersih, kata pejabat di Baghdad, Irak.');
    assert.ok(gov.includes('Kegubernuran Muthanna/GPE/Muthanna Governorate'), gov.join(', '));
  });

  it('(guard) keeps Indonesian provinces and regencies by their KB names', () => {
    assert.deepEqual(named('Banjir melanda Provinsi Jawa Tengah dan Kabupaten Demak.'), ['Provinsi Jawa Tengah/GPE/Jawa Tengah', 'Kabupaten Demak/GPE/Kabupaten Demak']);
  });
  it('(guard) leaves a designator before a body\'s words and a governor\'s name as today', () => {
    assert.deepEqual(named('Kepala Distrik Navigasi Kelas I Tanjung Priok, Budi Santoso, memeriksa kapal itu.'), ['Navigasi Kelas I/GPE/Navigasi Kelas I', 'Budi Santoso/PER/Budi Santoso']);
    assert.deepEqual(named('Pesawat itu melanggar Wilayah Udara Indonesia di atas Natuna.'), ['Udara/GPE/Udara', 'Indonesia/GPE/Indonesia', 'Natuna/GPE/Kabupaten Natuna']);
    assert.deepEqual(named('Gubernur Negara Bagian Kano Abba Yusuf meresmikan pabrik itu.'), ['Negara Bagian Kano/GPE/Kano State', 'Abba Yusuf/PER/Abba Yusuf']);
  });
  it('ends a county\'s name before its governor\'s, as a prefecture\'s', () => {
    const governor = named('NAIROBI - Gubernur County Kakamega Fernandes Barasa meresmikan pasar baru di Kenya barat, Kenya.');
    assert.ok(governor.some((s) => s.startsWith('County Kakamega/GPE/')), governor.join(', '));
    assert.ok(governor.includes('Fernandes Barasa/PER/Fernandes Barasa'), governor.join(', '));
  });
  it('(guard) leaves an English "<name> County" and a bare name in an article without the designator', () => {
    const oc = named('Kebakaran hutan melanda Orange County di California, Amerika Serikat.');
    assert.ok(!oc.some((s) => s.startsWith('County ')), oc.join(', '));
    // (a name the gazetteer of subdivisions does not know: "Bomi" it knows as Bomi County, session 55)
    const bare = named('MONROVIA - Pemilih di Zorzor menunggu hasil pemilihan, kata pejabat Liberia di Monrovia, Liberia.');
    assert.ok(!bare.some((s) => s.includes('Zorzor County')), bare.join(', '));
  });
  it('stays linear in an article of many paragraphs of states and bare names', () => {
    const unit = 'Petani di Negara Bagian Gombe menanam jagung.\n\nHarga di Gombe naik, kata pejabat Nigeria di Abuja.\n\n';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 150);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the pass is quadratic`);
  });
});
