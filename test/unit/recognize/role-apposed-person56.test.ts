// A name in apposition to a person's role is that person (session 56, issue 13; the three
// cases of dev d480, d482 and d483, in sentences written for this test): after a role phrase
// opened by "seorang", after a capitalised title whose remit ends in a country, and when the
// name's last word is also a country's name. The name model had read each as a body's name
// before the speech verb, and "<name> <country>" was read as an organisation of that country.
// The three first cases failed before the change (actors/person-apposed-to-role.ts).
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

describe('a name apposed to a person\'s role (session 56)', () => {
  it('after "Seorang <role> … itu," is a person, the demonstrative closing a place inside the role', () => {
    assert.deepEqual(actors('Seorang pembudidaya udang di provinsi itu, Lê Thị Ngọc Hân, mengaku tambaknya kering.'), ['Lê Thị Ngọc Hân/PER']);
  });
  it('ending in a word that is also a country is still the person, not an organisation of that country', () => {
    assert.deepEqual(actors('Seorang penjual ikan, Maria Bere Mali, mengaku omzetnya turun.'), ['Maria Bere Mali/PER']);
  });
  it('after a capitalised title and its remit before a country is a person', () => {
    const found = actors('Menteri Hidrologi dan Energi Peru, Julio Torrico Montenegro, menuding para penambang liar.');
    assert.ok(found.includes('Julio Torrico Montenegro/PER'), found.join(', '));
    assert.ok(found.includes('Peru/GPE'), found.join(', '));
  });
  it('(guards) bodies in apposition stay bodies; a clause closed by a demonstrative without "seorang" is read as before', () => {
    assert.deepEqual(actors('Seorang peternak di desa itu, Koperasi Sapi Makmur, mengaku rugi.'), ['Koperasi Sapi Makmur/ORG']);
    assert.deepEqual(actors('Lembaga yang menaungi para relawan itu, Aksi Cinta Sesama, membenarkan kabar tersebut.'), ['Aksi Cinta Sesama/ORG']);
    assert.deepEqual(actors('Mitra kerja sama mereka, Persatuan Insinyur Mali, menolak usulan itu.'), ['Persatuan Insinyur Mali/ORG']);
    assert.deepEqual(actors('Investor baru, Asosiasi Petani Kakao Ghana, menolak usulan itu.'), ['Asosiasi Petani Kakao Ghana/ORG']);
    // a name ending in a country with no role before it is that country's organisation, as before
    assert.deepEqual(actors('Pengurus Ikatan Nelayan Indonesia menolak kenaikan tarif itu.'), ['Ikatan Nelayan Indonesia/ORG']);
  });
  it('(guards) a headline in Title Case and a capitalised "Seorang" inside a sentence are read as before', () => {
    assert.deepEqual(actors('Seorang Petani Tewas Tertimpa Pohon di Kebun Kopi'), []);
    // "seorang" not opening the phrase in capitals mid-sentence does not count
    assert.deepEqual(actors('Kata Seorang, Budi Santoso, menolak.'), ['Budi Santoso/PER']);
  });
  it('(guards) after "Seorang <role> <body noun> itu," a name ending in a country stays the body\'s (only a place noun before "itu" lets "seorang" through)', () => {
    assert.deepEqual(actors('Seorang pengurus kelompok itu, Harakat Nur Mali, mengatakan serangan berlanjut.'), ['Harakat Nur Mali/ORG']);
    assert.deepEqual(actors('Seorang ekonom di bank itu, Standard Chartered Kenya, menilai inflasi mereda.'), ['Standard Chartered Kenya/ORG']);
    assert.deepEqual(actors('Seorang nelayan di kabupaten itu, Yosef Bere Mali, mengaku hasil tangkapan turun.'), ['Yosef Bere Mali/PER']);
  });
});
