// Guards from an outside review of session 35's actor rules: sentences of ordinary news that
// the place, medium, leader's office, title field, prefecture and English body rules
// misread, each failing before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';

describe('guards on the actor rules (outside review, session 35)', () => {
  it('"asal" meaning "as long as" before a person is no place cue; "pelatih asal" still is', () => {
    assert.deepEqual(linked('Dana desa cair asal Rahmat Hidayat menandatangani surat itu.'), ['Rahmat Hidayat/PER/Rahmat Hidayat']);
    assert.ok(linked('Pemain asal Brasil Marcos Silva mencetak gol.').includes('Brasil/GPE/Brazil'));
  });
  it('"televisi", "radio" or "pelaksana harian" before a name make no outlet of a person', () => {
    assert.ok(linked('Acara itu dipandu presenter televisi Rina Kusumawati dari Jakarta.').includes('Rina Kusumawati/PER/Rina Kusumawati'));
    assert.deepEqual(linked('Penyiar radio Joko Prasetyo mengatakan siaran tetap berjalan.'), ['Joko Prasetyo/PER/Joko Prasetyo']);
    assert.deepEqual(linked('Surat itu diteken pelaksana harian Ahmad Fauzi pekan lalu.'), ['Ahmad Fauzi/PER/Ahmad Fauzi']);
    // (a medium's full noun phrase still names an outlet)
    assert.deepEqual(linked('Siaran itu ditayangkan stasiun televisi Cahaya Nusantara kemarin.'), ['Cahaya Nusantara/ORG/Cahaya Nusantara']);
  });
  it('a leader\'s office the KB knows as a body is that body, and its statement is its own', () => {
    const r = analyze('Kantor Presiden Ukraina menyatakan serangan itu melukai warga sipil.');
    assert.deepEqual(r.actors.map((a) => `${a.text}/${a.type}/${a.canonical}`), ['Kantor Presiden Ukraina/ORG/Office of the President of Ukraine']);
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), ['Office of the President of Ukraine']);
  });
  it('a title\'s field is no run the name model reads as the holder\'s name', () => {
    assert.deepEqual(linked('Ketua Umum Rudi Hartono Partai Buruh Sejahtera menyatakan mogok batal.'),
      ['Rudi Hartono/PER/Rudi Hartono', 'Partai Buruh Sejahtera/ORG/Partai Buruh Sejahtera']);
  });
  it('a prefecture\'s name is one word: the governor\'s name after it is a person', () => {
    assert.deepEqual(linked('Gubernur Prefektur Aichi Hideaki Omura mengatakan jalan ditutup.'),
      ['Prefektur Aichi/GPE/Aichi Prefecture', 'Hideaki Omura/PER/Hideaki Omura']);
  });
  it('an English document\'s name and acronym are no actor; a body\'s still are', () => {
    assert.deepEqual(linked('Indonesia meratifikasi Treaty on the Prohibition of Nuclear Weapons (TPNW) tahun lalu.'), ['Indonesia/GPE/Indonesia']);
    assert.deepEqual(linked('Indonesia mendukung Declaration on the Rights of Indigenous Peoples (DRIP) sejak lama.'), ['Indonesia/GPE/Indonesia']);
    assert.deepEqual(linked('Menurut Committee to Protect Journalists (CPJ), dua wartawan ditahan.'),
      ['Committee to Protect Journalists/ORG/Committee to Protect Journalists', 'CPJ/ORG/Committee to Protect Journalists']);
  });
});
