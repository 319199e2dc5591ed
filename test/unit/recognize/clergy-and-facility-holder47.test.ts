// Session 47 (misreads47): "Romo Benny Susetyo" kept the priest's honorific in the name
// (courtesy-titles.ts), and "Imam Besar Masjid Istiqlal Nasaruddin Umar" emitted nothing: the
// mosque's name ran over its imam's (non-actor-head.ts). A mosque is a building, no actor.
// Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('Romo and Pastor before a priest\'s name', () => {
  it('stay outside the name', () => {
    assert.deepEqual(actors('Romo Benny Susetyo mengatakan umat harus tenang.'), ['Benny Susetyo/PER']);
    assert.deepEqual(actors('Pastor Yohanes Sutrisno mengatakan misa berjalan lancar.'), ['Yohanes Sutrisno/PER']);
    assert.deepEqual(actors('"Kita harus menjaga persatuan," kata Romo Magnis.'), ['Magnis/PER']);
  });
  it('stay a surname after a given name, and Habib stays in the name', () => {
    assert.deepEqual(actors('Tony Romo mengatakan Cowboys akan menang.'), ['Tony Romo/PER']);
    assert.deepEqual(actors('Ketua Kongres Spanyol Ana Pastor membuka sidang.'), ['Kongres Spanyol/ORG', 'Ana Pastor/PER']);
    assert.deepEqual(actors('Gelandang Habib Diallo mencetak gol kedua.'), ['Habib Diallo/PER']);
  });
});

describe('a facility\'s holder named right after it', () => {
  it('is the person, the facility no actor', () => {
    assert.deepEqual(actors('Imam Besar Masjid Istiqlal Nasaruddin Umar mengatakan salat Id digelar pukul 07.00.'), ['Nasaruddin Umar/PER']);
    assert.deepEqual(actors('Menurut Imam Besar Masjid Istiqlal Nasaruddin Umar, salat Id digelar pukul 07.00.'), ['Nasaruddin Umar/PER']);
    assert.deepEqual(actors('Pendeta Gereja Santo Yosef Markus Tan mengatakan misa digelar.'), ['Markus Tan/PER']);
  });
  it('leaves a facility with no holder, or named after a known person, whole', () => {
    assert.deepEqual(actors('Pengurus Masjid Agung Baitul Makmur menyiapkan tenda.'), []);
    assert.deepEqual(actors('Kepala Stadion Gelora Bung Karno mengatakan lapangan siap.'), []);
    assert.deepEqual(actors('Salat Id digelar di Masjid Istiqlal.'), []);
    assert.deepEqual(actors('Pengelola Gedung Sate Bandung mengatakan gedung dibuka.'), ['Bandung/GPE']);
  });
});
