// "<body> (<acronym>) Kota <city>": the city after the brackets makes the body and its
// acronym the city's office (actors/extents.ts regionInBrackets), also for a city whose KB
// entry lists no "Kota …" alias (indonesianRegionAt then reads "Kota" with the city, as it
// reads "Provinsi" with a province). Sentences written for this test; the first case failed
// before the change, the guard did not.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';

describe('a body, its acronym in brackets, then "Kota" and a city', () => {
  it('is the city\'s office, and so is the acronym later', () => {
    assert.deepEqual(orgs('Dinas Perhubungan (Dishub) Kota Surabaya menertibkan parkir liar. Petugas Dishub menderek dua mobil.'), [
      'Dinas Perhubungan/Dinas Perhubungan Kota Surabaya', 'Dishub/Dinas Perhubungan Kota Surabaya', 'Dishub/Dinas Perhubungan Kota Surabaya']);
  });
  it('(guard) a city the KB lists with its prefix keeps reading so', () => {
    assert.deepEqual(orgs('Dinas Perhubungan (Dishub) Kota Malang menertibkan parkir liar.'), [
      'Dinas Perhubungan/Dinas Perhubungan Kota Malang', 'Dishub/Dinas Perhubungan Kota Malang']);
  });
});
