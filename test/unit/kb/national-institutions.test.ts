// Foreign countries' national institutions named in Indonesian translation (issue 13): the
// generated table (data/kb/generated/national-institutions.json) names a real one by its
// English Wikipedia title; an invented body keeps the name the article gives it, and the
// hand-written files keep their entries. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { orgsWithBuiltinKb as orgs } from '../recognize/helpers';
import { loadBuiltinKb } from '../../../src/core/kb/builtin';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const readJson = (...parts: string[]) => JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8'));

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
  it('makes no alias of an English adjective, an inverted long form or a name two countries share (review of session 55)', () => {
    const countries: { canonical: string; aliases: string[] }[] = readJson('data', 'kb', 'gpe-countries.json').entities;
    // "Mexican", "Egyptian", "Korean", "Japanese", "Russian" from each country's English name
    // (not a word of a country's own name: "Chili" is Chile in Indonesian).
    const countryWords = new Set(countries.flatMap((c) => c.aliases.flatMap((a) => a.split(' '))));
    const adjectives = new Set<string>();
    for (const { canonical } of countries) {
      const last = canonical.split(' ').pop() as string;
      const stem = last.replace(/[aeiouy]+$/, '');
      for (const w of [`${stem}an`, `${stem}ian`, `${stem}ese`, `${stem}ish`, `${stem}i`, `${last}n`]) if (!countryWords.has(w)) adjectives.add(w);
    }
    const rows: string[][] = readJson('data', 'kb', 'generated', 'national-institutions.json').institutions;
    const bad: string[] = [];
    for (const [title, , , , ...aliases] of rows) {
      for (const a of aliases) {
        if (a === title) continue;
        if (a.split(' ').some((w) => adjectives.has(w)) || /\b(?:Rusia Federasi|Russian Federation)\b/.test(a) || /^(?:Kepolisian|Polisi)(?: Nasional)? Korea$/.test(a) || a === 'NERC') bad.push(a);
      }
    }
    assert.deepEqual(bad, []);
    // The Indonesian forms stay.
    assert.deepEqual(orgs('Bursa Efek Meksiko ditutup menguat tipis sore ini.'), ['Bursa Efek Meksiko/Mexican Stock Exchange']);
    assert.deepEqual(orgs('Kepolisian Nasional Korea Selatan menahan dua tersangka.'), ['Kepolisian Nasional Korea Selatan/Korean National Police Agency']);
    assert.ok(!orgs('Kepolisian Korea menahan dua tersangka.').some((o) => o.endsWith('/Korean National Police Agency')));
  });
});
