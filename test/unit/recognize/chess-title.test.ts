import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// "GM", "IM", "WGM", "WIM": chess titles written before a player's name, like an honorific;
// read alone they were taken for organisations' initials and the name after "GM" was lost.
describe('a chess title before a name ("GM Sari Wulandari")', () => {
  it('stays outside the name, which is a person', () => {
    assert.deepEqual(actors('Pada babak ketiga, GM Teguh Prasetyo menahan imbang GM Viktor Sokolenko.'),
      ['Teguh Prasetyo/PER', 'Viktor Sokolenko/PER']);
    assert.deepEqual(actors('WGM Sari Wulandari menang atas WIM Elena Marchetti, sedangkan IM Dimas Pratama kalah.'),
      ['Sari Wulandari/PER', 'Elena Marchetti/PER', 'Dimas Pratama/PER']);
  });
});
