// Issue 13 (recog26): an Indonesian district (kecamatan) the KB does not know is a region,
// no actor (annotation spec), where the unknown-name rule read it as a person ("warga
// Sungai Kunjang dan Loa Janan Ilir", dev d93) or, after "di", as a place (dev d75). The
// names come from the gazetteer data/kb/generated/idn-districts.json (districts.ts).
// Sentences written for this test, built-in KB.
import assert from 'node:assert/strict';
import gazetteer from '../../../data/kb/generated/idn-districts.json';
import { typedActorsWithBuiltinKb as linked } from './helpers';
import { isDistrictName } from '../../../src/core/recognize/districts';

describe('district names from the gazetteer (issue 13)', () => {
  it('a district joined to another by "dan" is no person', () => {
    assert.deepEqual(linked('Menurut Sapto, banyak penduduk Sungai Kunjang dan Loa Janan Ilir kini harus membeli air galon.'), ['Sapto/PER']);
  });
  it('a district after "di" is no place actor ("di Telukjambe Timur")', () => {
    assert.deepEqual(linked('Buruh berkumpul di depan gerbang pabrik di Telukjambe Timur pada Senin.'), []);
  });
  it('regions the KB knows still win: a regency or city that shares the list\'s words is matched first', () => {
    assert.deepEqual(linked('Warga Kapuas Hulu dan Jakarta Selatan hadir.'), ['Kapuas Hulu/GPE', 'Jakarta Selatan/GPE']);
  });
  it('the gazetteer holds names of two words or more only, none a province\'s, regency\'s or city\'s', () => {
    assert.ok(gazetteer.districts.length > 2000);
    for (const n of gazetteer.districts) assert.ok(n.includes(' '), n);
    assert.ok(isDistrictName('Loa Janan Ilir'));
    assert.ok(!isDistrictName('Kapuas Hulu') && !isDistrictName('Jakarta Selatan') && !isDistrictName('Loa'));
  });
});
