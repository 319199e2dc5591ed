// Session 49 (fix49a): bodies read in parts. A palace court's head ("Keraton", "Kasunanan")
// heads an organisation as "Kesultanan" does (lexicon.ts ORG_HEADS, kingdom-name.ts); "PW" is a
// mass organisation's provincial board ("Pimpinan Wilayah"), read with the organisation
// (board-prefix.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('fix49a: bodies read in parts', () => {
  it('reads a palace court as one organisation', () => {
    assert.deepEqual(actors('Keraton Surakarta Hadiningrat menggelar kirab malam 1 Suro.'), ['Keraton Surakarta Hadiningrat/ORG']);
    assert.deepEqual(actors('Kasunanan Surakarta Hadiningrat menggelar kirab.'), ['Kasunanan Surakarta Hadiningrat/ORG']);
  });
  it('reads "PW" with its organisation', () => {
    assert.deepEqual(actors('Ketua PW Muhammadiyah Jawa Timur Sukadiono mengatakan zakat meningkat.'), ['PW Muhammadiyah Jawa Timur/ORG', 'Sukadiono/PER']);
    assert.deepEqual(actors('PW Muhammadiyah Jawa Timur menggelar musyawarah.'), ['PW Muhammadiyah Jawa Timur/ORG']);
  });
  it('leaves other bodies and persons alone', () => {
    assert.deepEqual(actors('Kesultanan Kutai Kartanegara Ing Martadipura menggelar upacara.'), ['Kesultanan Kutai Kartanegara Ing Martadipura/ORG']);
    assert.deepEqual(actors('Ketua PP Perpani Budi Santoso mengatakan atlet siap.').length, 2);
    assert.deepEqual(actors('Raja Keraton Kasepuhan Cirebon hadir dalam acara itu.'), ['Keraton Kasepuhan Cirebon/ORG']);
  });
});
