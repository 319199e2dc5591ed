// Session 46 (actors46, issue 13): "Menurut Radio Prambors, …" typed the outlet a person
// ("menurut" cites persons and outlets alike). A name opened by a medium's noun is an
// outlet (media-cue.ts opensWithMediaNoun). Own invented sentences and names.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('an outlet named with its medium\'s noun', () => {
  it('is an organisation after a cue that reads as a person\'s', () => {
    assert.deepEqual(actors('Menurut Radio Prambors, acara itu batal.'), ['Radio Prambors/ORG']);
    assert.deepEqual(actors('Menurut Harian Rakyat Merdeka, acara itu batal.'), ['Harian Rakyat Merdeka/ORG']);
    assert.deepEqual(actors('Menurut Radar Madura, acara itu batal.'), ['Radar Madura/ORG']);
    assert.deepEqual(actors('Berita itu dimuat Koran Sindo dan dikutip Tabloid Bola.'), ['Koran Sindo/ORG', 'Tabloid Bola/ORG']);
  });
  it('does not fire on a person, a lone medium word or a title before the outlet', () => {
    assert.deepEqual(actors('Pak Radar Santoso mengatakan hal itu.'), ['Radar Santoso/PER']);
    assert.deepEqual(actors('Penyiar Radio Prambors, Desta Mahendra, membuka acara itu.'), ['Radio Prambors/ORG', 'Desta Mahendra/PER']);
    assert.deepEqual(actors('Menurut Budi Santoso, acara itu batal.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menurut Rina, radio itu sudah rusak.'), ['Rina/PER']);
  });
});
