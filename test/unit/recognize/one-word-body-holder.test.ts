import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Dev d226: after "Ketua Senat" the holder's name was read as part of the body ("Senat Ramon").
describe('a chamber named by its head alone ("Ketua Senat <name>")', () => {
  it('keeps the holder\'s name apart from "Senat"', () => {
    assert.deepEqual(actors('Ketua Senat Marco Villanueva Reyes menunda sidang itu.'), ['Senat/ORG', 'Marco Villanueva Reyes/PER']);
  });
  it('keeps the chamber\'s kind ("Senat Akademik", "Senat Mahasiswa") in the body', () => {
    assert.deepEqual(actors('Ketua Senat Akademik Wulan Pratiwi menolak usul itu.'), ['Senat Akademik/ORG', 'Wulan Pratiwi/PER']);
    assert.deepEqual(actors('Ketua Senat Mahasiswa Wulan Pratiwi menolak usul itu.'), ['Senat Mahasiswa/ORG', 'Wulan Pratiwi/PER']);
  });
});

// Dev d263: the name model read the employer after "Serikat Pekerja" as the holder's name.
describe('an association and its members\' word ("Serikat Pekerja <employer>")', () => {
  it('keeps the words right after the members\' word in the body', () => {
    assert.deepEqual(actors('Ketua Serikat Pekerja Borneo Alumina, Wulan Pratiwi, menolak rencana itu.'),
      ['Serikat Pekerja Borneo Alumina/ORG', 'Wulan Pratiwi/PER']);
  });
});
