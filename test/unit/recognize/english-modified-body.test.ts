import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Issue 13 (dev d266): an English body's modifiers stand before its head ("… Committee",
// "… Council"); they were read as a person and the head onwards as another body.
describe('an English body named by modifiers before its head', () => {
  it('reads the modifiers, the head and its country as one body', () => {
    assert.deepEqual(actors('Dana itu dikelola National Archery Council Malaysia sejak tahun lalu.'), ['National Archery Council Malaysia/ORG']);
  });
  it('after a title, and with its acronym in brackets', () => {
    assert.deepEqual(actors('Ketua National Chess Committee Indonesia (NCCI) Jambi, Yosef Ade, membenarkan hal itu.'),
      ['National Chess Committee Indonesia/ORG', 'NCCI/ORG', 'Jambi/GPE', 'Yosef Ade/PER']);
  });
  it('does not start the modifiers at a person\'s name after a title', () => {
    assert.deepEqual(actors('Menurut Ketua Budi Santoso Committee for Justice, acara batal.').filter((a) => a.endsWith('/PER')), ['Budi Santoso/PER']);
  });
});
