// Foreign countries' national institutions named in Indonesian translation (issue 13): the
// generated table (data/kb/generated/national-institutions.json) names a real one by its
// English Wikipedia title; an invented body keeps the name the article gives it, and the
// hand-written files keep their entries. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { orgsWithBuiltinKb as orgs } from '../recognize/helpers';
import { loadBuiltinKb } from '../../../src/core/kb/builtin';

describe('foreign national institutions (generated KB table)', () => {
  it("names a country's central bank in Indonesian by its English title", () => {
    assert.deepEqual(orgs('Gubernur Bank Nasional Rwanda menahan suku bunga acuan pekan ini.'), ['Bank Nasional Rwanda/National Bank of Rwanda']);
    assert.deepEqual(orgs('Bank Sentral Chile memangkas bunga untuk ketiga kalinya.'), ['Bank Sentral Chile/Central Bank of Chile']);
  });

  it('names a national police force and a university by their English titles', () => {
    assert.deepEqual(orgs('Kepolisian Nasional Kamboja menggerebek sebuah kasino di Bavet.'), ['Kepolisian Nasional Kamboja/Cambodian National Police']);
    assert.deepEqual(orgs('Seorang peneliti Universitas Makerere memimpin survei itu.'), ['Universitas Makerere/Makerere University']);
    assert.deepEqual(orgs('Mahasiswa Universitas Khartoum berunjuk rasa.'), ['Universitas Khartoum/University of Khartoum']);
  });

  it("names a ministry whose field no composed title reads by the table's title", () => {
    assert.deepEqual(orgs('Kementerian Pertambangan dan Energi Brasil menunda lelang blok minyak.'), ['Kementerian Pertambangan dan Energi Brasil/Ministry of Mines and Energy (Brazil)']);
  });

  it('names a stock exchange and a state university by the shape of their titles', () => {
    assert.deepEqual(orgs('Bursa Efek Colombo menghentikan perdagangan selama satu jam.'), ['Bursa Efek Colombo/Colombo Stock Exchange']);
    assert.deepEqual(orgs('Dosen Universitas Negeri Mindanao meneliti terumbu itu.'), ['Universitas Negeri Mindanao/Mindanao State University']);
  });

  it('leaves an invented foreign body with the name the article gives it', () => {
    const found = orgs('Badan Pengawas Irigasi Kenya menegur tiga perusahaan bunga.');
    assert.ok(!found.some((o) => /\/(?!Badan)[^/]*\b(?:Authority|Agency|Board|of Kenya)\b/.test(o)), found.join(', '));
  });

  it('keeps the hand-written entries and Indonesian bodies as they were', () => {
    assert.deepEqual(orgs('Bank Sentral Jepang mempertahankan kebijakannya.'), ['Bank Sentral Jepang/Bank of Japan']);
    assert.ok(!orgs('Rektor Universitas Nasional di Jakarta hadir.').some((o) => /University of|National University/.test(o)));
  });

  it('adds no institution twice and no alias another entity has', () => {
    const kb = loadBuiltinKb();
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    for (const e of kb.entities) {
      assert.ok(!ids.has(e.id) || e.type !== 'ORG', `duplicate id ${e.id}`);
      ids.add(e.id);
      for (const a of e.aliases) {
        if (e.type === 'ORG' && owner.has(a) && /^(Bank|Kepolisian|Polisi|Universitas|Komisi) /.test(a)) assert.equal(owner.get(a), e.id, `alias ${a}`);
        if (!owner.has(a)) owner.set(a, e.id);
      }
    }
    const bank = kb.entities.find((e) => e.canonical === 'National Bank of Ethiopia');
    assert.deepEqual(bank?.description, { en: 'Central bank of Ethiopia', id: 'Bank sentral Etiopia' });
  });
});
