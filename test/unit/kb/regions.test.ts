import assert from 'node:assert/strict';
import { BUILTIN_KB_FILES, KbIndex, loadBuiltinKb } from '../../../src/core/kb';
import { IDN_REGIONS, IDN_SEATS, NATIONAL_INSTITUTIONS, WORLD_CITIES, WORLD_REGIONS } from '../../../src/core/kb/builtin';
import { seatEntities } from '../../../src/core/kb/seats';
import { worldCityEntities } from '../../../src/core/kb/world-cities';
import { worldRegionEntities } from '../../../src/core/kb/world-regions';
import { nationalInstitutionEntities } from '../../../src/core/kb/national-institutions';
import { regionEntities, SHORT_NAMES, type RegionGazetteer } from '../../../src/core/kb/regions';
import type { KbEntity } from '../../../src/core/kb';
import { analyze } from '../../../src/core/recognize/analyze';
import { wordCollisions } from './word-collisions';

const bareOf = (name: string) => name.replace(/^(Kabupaten|Kota)( Administrasi)? /, '');

describe('gazetteer of Indonesian regions (data/kb/generated/idn-regions.json)', () => {
  const bekasi: KbEntity = { id: 'bekasi', canonical: 'Bekasi', type: 'GPE', aliases: ['Bekasi', 'Kota Bekasi'], description: { en: 'City', id: 'Kota' } };
  const fixture: RegionGazetteer = {
    provinces: [['32', 'Jawa Barat'], ['35', 'Jawa Timur'], ['31', 'Daerah Khusus Ibukota Jakarta']],
    regencies: [['32.16', 'Kabupaten Bekasi', 1], ['32.75', 'Kota Bekasi', 1], ['35.10', 'Kabupaten Banyuwangi', 1], ['35.79', 'Kota Batu', 0], ['35.07', 'Kabupaten Malang', 1], ['35.73', 'Kota Malang', 1]],
  };

  it('gives every short name regional news writes ("Kukar", "Sitaro", "Jaksel") to its region, none lost to another entity', () => {
    assert.ok(SHORT_NAMES.size >= 55, `${SHORT_NAMES.size} regions with short names`);
    const kb = new KbIndex(loadBuiltinKb());
    const regions = new Map(IDN_REGIONS.regencies.map(([, name]) => [bareOf(name), name]));
    for (const [bare, shorts] of SHORT_NAMES) {
      assert.ok(regions.has(bare), `${bare} is a region of the gazetteer`);
      const region = kb.lookup(regions.get(bare)!) ?? kb.lookup(bare);
      assert.ok(region, bare);
      for (const short of shorts) assert.equal(kb.lookup(short)?.id, region.id, `${short} is ${bare}`);
      if (regions.get(bare)!.startsWith('Kabupaten')) for (const short of shorts) assert.equal(kb.lookup(`Kabupaten ${short}`)?.id, region.id, `Kabupaten ${short}`);
    }
    const r = analyze('Kepala BPBD Sitaro mengatakan warga Kukar dan Halsel siaga.');
    assert.deepEqual(r.actors.filter((a) => a.type === 'GPE').map((a) => a.canonical),
      ['Kabupaten Kutai Kartanegara', 'Kabupaten Halmahera Selatan']);
    assert.ok(r.actors.some((a) => a.type === 'ORG' && a.text.startsWith('BPBD')), JSON.stringify(r.actors));
  });

  it('gives no region a short name that is also a word or slang (a Title Case headline would make it a regency)', () => {
    for (const headline of ['Warga Mengungsi ke Loteng Saat Banjir', 'Presiden Ajak Atlet Esports Mabar di Istana', 'Api Kobar Lagi, Gudang Kayu Ludes',
      'Lambar Seng Beterbangan Diterjang Angin', 'Luka Dibalut Barut, Korban Dirawat']) {
      assert.deepEqual(analyze(headline).actors.filter((a) => a.type === 'GPE' && a.canonical.startsWith('Kabupaten')).map((a) => a.text), [], headline);
    }
  });

  it("keeps a city's id when its canonical spelling differs from the gazetteer's (ids are stored in corrections)", () => {
    const palangka = loadBuiltinKb().entities.find((e) => e.canonical === 'Palangka Raya');
    assert.ok(palangka, 'Palangka Raya is a city of the built-in KB');
    // The id of every Sorot before the official spelling became the canonical one.
    assert.equal(palangka.id, 'palangkaraya');
    assert.ok(palangka.aliases.includes('Palangkaraya') && palangka.aliases.includes('Kota Palangka Raya'));
  });

  it('adds regencies as "Kabupaten X" and cities as X, and leaves what the KB knows to the KB', () => {
    const jakarta: KbEntity = { id: 'jakarta', canonical: 'Jakarta', type: 'GPE', aliases: ['Jakarta', 'DKI Jakarta'], description: { en: 'Capital', id: 'Ibu kota' } };
    const out = regionEntities(fixture, [bekasi, jakarta]);
    const byCanonical = new Map(out.map((e) => [e.canonical, e.aliases]));
    // Kota Bekasi is the KB's Bekasi: no second entity; the regency does not get its bare name.
    assert.equal(byCanonical.get('Bekasi'), undefined);
    assert.deepEqual(byCanonical.get('Kabupaten Bekasi'), ['Kabupaten Bekasi']);
    assert.deepEqual(byCanonical.get('Kabupaten Banyuwangi'), ['Kabupaten Banyuwangi', 'Banyuwangi']);
    // An excluded bare name ("batu", stone) is only an alias with its prefix.
    assert.deepEqual(byCanonical.get('Batu'), ['Kota Batu']);
    // A city and a regency of the same name: the bare name is the city's, as in the KB.
    assert.deepEqual(byCanonical.get('Malang'), ['Kota Malang', 'Malang']);
    assert.deepEqual(byCanonical.get('Kabupaten Malang'), ['Kabupaten Malang']);
    assert.deepEqual(byCanonical.get('Jawa Timur'), ['Jawa Timur', 'Provinsi Jawa Timur']);
    // DKI Jakarta is the KB's Jakarta.
    assert.equal(byCanonical.get('Daerah Khusus Ibukota Jakarta'), undefined);
    for (const e of out) assert.equal(e.type, 'GPE');
  });

  it('is part of the built-in KB: 38 provinces and 514 regencies and cities, none repeated', () => {
    assert.equal(IDN_REGIONS.provinces.length, 38);
    assert.equal(IDN_REGIONS.regencies.length, 514);
    const handWritten = Object.values(BUILTIN_KB_FILES).flatMap((f) => f.entities as KbEntity[]);
    const added = loadBuiltinKb().entities.length - handWritten.length;
    const regions = regionEntities(IDN_REGIONS, handWritten);
    // (then the regencies' seats, kb/seats.ts, the foreign cities, kb/world-cities.ts, and the
    // foreign subdivisions, kb/world-regions.ts, and the foreign national institutions,
    // kb/national-institutions.ts)
    const seats = seatEntities(IDN_SEATS, [...handWritten, ...regions]);
    const cities = worldCityEntities(WORLD_CITIES, [...handWritten, ...regions, ...seats]);
    const abroad = worldRegionEntities(WORLD_REGIONS, [...handWritten, ...regions, ...seats, ...cities]);
    const institutions = nationalInstitutionEntities(NATIONAL_INSTITUTIONS, [...handWritten, ...regions, ...seats, ...cities, ...abroad]);
    assert.equal(added, regions.length + seats.length + cities.length + abroad.length + institutions.length);
    assert.ok(added > 450, `only ${added} regions added`);
  });

  it('reads a regency the KB did not know as a place, not as a person (pattern: "Tana Toraja" as a person)', () => {
    const text = 'Pelari kelahiran Banyuwangi itu menang. Dinas pariwisata menyebut Tana Toraja sebagai tujuan utama.';
    const actors = analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
    assert.deepEqual(actors, ['Banyuwangi/GPE/Kabupaten Banyuwangi', 'Tana Toraja/GPE/Kabupaten Tana Toraja']);
  });

  it('keeps the prefix conventions: "Kabupaten X" and "Kota X" with their prefix, the bare name of a city as the city', () => {
    const text = 'Banjir melanda Kabupaten Sumenep dan Kota Batu. Warga Sampang mengungsi.';
    const actors = analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
    assert.deepEqual(actors, ['Kabupaten Sumenep/GPE/Kabupaten Sumenep', 'Kota Batu/GPE/Batu', 'Sampang/GPE/Kabupaten Sampang']);
  });

  it('gives no excluded bare name (ordinary words, peoples, islands, given names) to a region', () => {
    const handWritten = Object.values(BUILTIN_KB_FILES).flatMap((f) => f.entities as KbEntity[]);
    const added = new Set(regionEntities(IDN_REGIONS, handWritten).map((e) => e.id));
    const index = new KbIndex(loadBuiltinKb());
    for (const [, name, bare] of IDN_REGIONS.regencies) {
      if (bare) continue;
      const hit = index.lookup(bareOf(name));
      // "Malang" stays the hand-written KB's city; the gazetteer adds no such alias.
      assert.ok(!hit || !added.has(hit.id), `${bareOf(name)} is an alias of ${hit?.canonical}`);
    }
    assert.equal(index.lookup('Kota Batu')?.canonical, 'Batu');
  });

  // The measure behind the exclusions (word-collisions.ts).
  it('uses no bare name that is a lexicon word, part of a KB person name, or a lower-case word of the texts', () => {
    const bare = IDN_REGIONS.regencies.filter(([, , b]) => b).map(([, name]) => bareOf(name));
    assert.deepEqual(wordCollisions(bare), []);
  });
});
