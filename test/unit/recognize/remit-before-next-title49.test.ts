// Session 49 (probe49): unknown-name.ts remitGoesOn read a person's name after a title as the
// title's remit when "dan" and another title followed it ("Jaksa Agung Consuelo Porras dan
// Menteri Dalam Negeri …": the name model alone reads "Consuelo Porras" as no name, 0.84), so
// the name became a weak mention and the next person took the quote. A title after "dan" (or
// a weekday after the run) opens the next person's or the sentence's words, no remit. Own sentences.
import assert from 'node:assert/strict';
import { typedActors as actors, quoteSpeakers as speakers } from './helpers';

describe('probe49: a title after "dan" ends the name before it, not a remit', () => {
  it('keeps the name before "dan" and the next title a person', () => {
    assert.deepEqual(actors('Menurut Jaksa Agung Consuelo Porras dan Menteri Dalam Negeri Francisco Jiménez, penyelidikan berlanjut.'),
      ['Consuelo Porras/PER', 'Francisco Jiménez/PER']);
  });
  it('leaves the quote to the sentence\'s subject', () => {
    assert.deepEqual(speakers('Jaksa Agung Consuelo Porras dan Menteri Dalam Negeri Francisco Jiménez menggelar jumpa pers. "Kami menyelidiki semua pihak," ujarnya.\n\nConsuelo Porras juga meminta warga tenang.'),
      ['Consuelo Porras']);
  });
  it('still reads a remit that "dan" carries on as no person', () => {
    assert.deepEqual(actors('Menteri Administrasi Publik dan Pemerintahan Daerah, Budi Santoso, mengatakan pemilu ditunda.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Kepala Unit Pelaksana Teknis Pasar, Rina Wulandari, mengatakan retribusi naik.'), ['Rina Wulandari/PER']);
  });
});
