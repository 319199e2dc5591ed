// Session 47 (misreads47): a band named once after "grup musik" was typed PER, and "Gitaris
// Slank Abdee Negara" read as one person (band-name.ts). Own invented sentences; the bands
// and members are made up except where a well-known band shows the shape.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('a band named after its noun', () => {
  it('is an organisation', () => {
    assert.deepEqual(actors('Konser grup musik Senja Rimba digelar di Bandung.'), ['Senja Rimba/ORG', 'Bandung/GPE']);
    assert.deepEqual(actors('Konser band rock Senja Rimba digelar di Bandung.'), ['Senja Rimba/ORG', 'Bandung/GPE']);
    assert.deepEqual(actors('Grup band Senja Rimba tampil di festival itu.'), ['Senja Rimba/ORG']);
  });
  it('leaves people near the noun people', () => {
    assert.deepEqual(actors('Ia membentuk band bersama Rudi Hartono pada 2010.'), ['Rudi Hartono/PER']);
    assert.deepEqual(actors('Anggota band itu, Rudi Hartono, mengatakan album baru rampung.'), ['Rudi Hartono/PER']);
    assert.deepEqual(actors('Lagu itu dinyanyikan band Senja Rimba dan Rudi Hartono.'), ['Senja Rimba/ORG', 'Rudi Hartono/PER']);
  });
});

describe('a band member\'s role, the band and the member', () => {
  it('are role, organisation and person', () => {
    assert.deepEqual(actors('Gitaris Slank Abdee Negara mengatakan konser itu spesial.'), ['Slank/ORG', 'Abdee Negara/PER']);
    assert.deepEqual(actors('Vokalis Gigi Armand Maulana mengatakan konser itu spesial.'), ['Gigi/ORG', 'Armand Maulana/PER']);
  });
  it('leave a member named alone whole', () => {
    assert.deepEqual(actors('Gitaris Eross Candra mengatakan konser itu spesial.'), ['Eross Candra/PER']);
    assert.deepEqual(actors('Gitaris Rudi Hartono Putra mengatakan konser itu spesial.'), ['Rudi Hartono Putra/PER']);
    assert.deepEqual(actors('Vokalis Dewi Sartika Lestari mengatakan konser itu spesial.'), ['Dewi Sartika Lestari/PER']);
  });
});
