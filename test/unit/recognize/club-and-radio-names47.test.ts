// Session 47 (misreads47): "PS Meureudu Raya" (a football club) was split into "PS" and a
// person, and "Radio Suara Surabaya" into an outlet and the city (ps-club.ts, unknown-name.ts).
// Own invented sentences; the clubs and stations are made up or shaped like real ones.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('a "PS" football club', () => {
  it('is one organisation, its holder a person after it', () => {
    assert.deepEqual(actors('Pemain PS Meureudu Raya berlatih di stadion.'), ['PS Meureudu Raya/ORG']);
    assert.deepEqual(actors('PS Meureudu Raya menang 2-1 atas PSBL Langsa.'), ['PS Meureudu Raya/ORG', 'PSBL Langsa/ORG']);
    assert.deepEqual(actors('Pelatih PS Barito Putera Rahmad Darmawan mengatakan timnya siap.'), ['PS Barito Putera/ORG', 'Rahmad Darmawan/PER']);
  });
  it('leaves "PS" with no name after it alone', () => {
    assert.deepEqual(actors('Harga PS 5 turun.'), []);
    assert.deepEqual(actors('Skor akhir PS 2, Persib 1.'), ['Persib/ORG']);
  });
});

describe('an outlet named with its medium and a known place', () => {
  it('keeps the place closing its name', () => {
    assert.deepEqual(actors('Radio Suara Surabaya melaporkan kemacetan di tol.'), ['Radio Suara Surabaya/ORG']);
    assert.deepEqual(actors('Menurut Radio Suara Surabaya, kemacetan terjadi di tol.'), ['Radio Suara Surabaya/ORG']);
  });
  it('leaves other outlets as they were', () => {
    assert.deepEqual(actors('Harian Suara Merdeka menulis bahwa harga naik.'), ['Harian Suara Merdeka/ORG']);
    assert.deepEqual(actors('Menurut Radio New Zealand, kapal itu tenggelam.'), ['Radio New Zealand/ORG']);
    assert.deepEqual(actors('Majalah Tempo Jakarta melaporkan kasus itu.'), ['Majalah Tempo/ORG', 'Jakarta/GPE']);
    assert.deepEqual(actors('Radio Elshinta Jakarta Selatan melaporkan banjir.'), ['Radio Elshinta/ORG', 'Jakarta Selatan/GPE']);
  });
  // review47 item 7: only a regional paper's word ("Suara", as "Suara Surabaya") takes the
  // town after it into the name; an outlet named on its own keeps the place apart.
  it('leaves the place apart after an outlet named on its own', () => {
    assert.deepEqual(actors('Harian Asahi Jepang menulis bahwa kabinet akan dirombak.'), ['Harian Asahi/ORG', 'Jepang/GPE']);
    assert.deepEqual(actors('Majalah Forbes Amerika merilis daftar orang terkaya.'), ['Majalah Forbes/ORG', 'Amerika/GPE']);
    assert.deepEqual(actors('Radio Elshinta Jakarta melaporkan kemacetan di tol dalam kota.'), ['Radio Elshinta/ORG', 'Jakarta/GPE']);
    assert.deepEqual(actors('Menurut Radio Prambors Jakarta, konser itu ditunda.'), ['Radio Prambors/ORG', 'Jakarta/GPE']);
    assert.deepEqual(actors('Televisi Kirana Medan menayangkan debat itu.'), ['Televisi Kirana/ORG', 'Medan/GPE']);
  });
  it('keeps a regional paper\'s word and its town one name', () => {
    assert.deepEqual(actors('Kemacetan itu dilaporkan Radio Suara Surabaya sejak pagi.'), ['Radio Suara Surabaya/ORG']);
    assert.deepEqual(actors('Menurut Radio Suara Semarang, banjir surut.'), ['Radio Suara Semarang/ORG']);
  });
});
