// Session 46 (actors46, issue 13): "Ketua RT 05 …" linked the neighbourhood unit (rukun
// tetangga) to RT, the Russian TV network (neighbourhood-unit.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('RT and RW as neighbourhood units', () => {
  it('a number, the other unit or a head\'s title makes RT the neighbourhood', () => {
    assert.deepEqual(actors('Ketua RT 05 Slamet Riyadi mengatakan warga sudah dievakuasi.'), ['Slamet Riyadi/PER/Slamet Riyadi']);
    assert.deepEqual(actors('Warga RT 03/RW 07 mengungsi. Ketua RT setempat, Budi, membenarkan.'), ['Budi/PER/Budi']);
    assert.deepEqual(actors('Banjir merendam rumah di RT.04 sejak pagi.'), []);
  });
  it('the TV network stays where none of these is written', () => {
    assert.deepEqual(actors('RT melaporkan bahwa Moskow menolak usul itu.'), ['RT/ORG/RT (TV network)', 'Moskow/GPE/Moscow']);
    assert.deepEqual(actors('Media pemerintah Rusia RT menyiarkan pidato itu.'), ['Rusia/GPE/Russia', 'RT/ORG/RT (TV network)']);
    assert.deepEqual(actors('Menurut RT, lima orang tewas.'), ['RT/ORG/RT (TV network)']);
  });
});
