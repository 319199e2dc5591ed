// Session 47 (misreads47): "Sebanyak 40 RT terendam banjir" gave the Russian TV network RT:
// a number or a counting word before RT counts neighbourhood units; a body is not counted
// (neighbourhood-unit.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('RT counted is a neighbourhood unit', () => {
  it('after a number or a counting word', () => {
    assert.deepEqual(actors('Sebanyak 40 RT terendam banjir.'), []);
    assert.deepEqual(actors('Banjir merendam tiga RT di kelurahan itu.'), []);
    assert.deepEqual(actors('Bantuan dibagikan ke setiap RT.'), []);
  });
  it('the network stays elsewhere, after a year too', () => {
    assert.deepEqual(actors('RT melaporkan bahwa Moskow menolak tawaran itu.'), ['RT/ORG', 'Moskow/GPE']);
    assert.deepEqual(actors('Menurut RT, serangan itu menewaskan 12 orang.'), ['RT/ORG']);
    assert.deepEqual(actors('Pada 2024 RT melaporkan kenaikan jumlah penonton.'), ['RT/ORG']);
    assert.deepEqual(actors('Saluran RT dan Sputnik dilarang di Uni Eropa.'), ['RT/ORG', 'Sputnik/ORG', 'Uni Eropa/ORG']);
  });
});
