// Session 48 (names48): "Kontributor Sragen, Budi Santoso" as a line of its own is a byline (the
// contributor's town, then the name), as "Penulis: Kontributor Sragen, Budi Santoso" is; read
// as a Title Case headline only KB names were kept and the contributor was lost
// (line-mode.ts). Own invented names.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: a byline with no colon, "Kontributor <town>, <name>"', () => {
  it('reads the town and the contributor', () => {
    assert.deepEqual(actors('Kontributor Sragen, Budi Santoso'), ['Sragen/GPE', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Koresponden Klaten, Rina Wulandari Putri'), ['Klaten/GPE', 'Rina Wulandari Putri/PER']);
  });
  it('leaves headlines and bylines with a colon as they were', () => {
    assert.deepEqual(actors('Penulis: Kontributor Sragen, Budi Santoso | Editor: Rina Wulandari'), ['Sragen/GPE', 'Budi Santoso/PER', 'Rina Wulandari/PER']);
    assert.deepEqual(actors('Wartawan Senior Sragen, Kini Jadi Petani Melon'), ['Sragen/GPE']);
    assert.deepEqual(actors('Wartawan Sragen Raih Penghargaan Jurnalistik Nasional'), ['Sragen/GPE']);
  });
});

describe('names48: a line opening with a credit label and no place before its comma', () => {
  it('is no byline', () => {
    assert.deepEqual(actors('Editor Senior Tempo, Budi Santoso'), ['Tempo/ORG']);
  });
});
