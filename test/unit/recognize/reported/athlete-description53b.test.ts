// A definite description headed by an athlete's trade ("Pelari asal Kupang itu menyebut …")
// is the subject of its reporting verb and points back to the runner the article named, as
// "Pemain itu" and "Pelatih itu" do (ANNOTATION-SPEC speaker rules: anaphoric speakers are
// resolved to their referent). Sentences written for this test.
import assert from 'node:assert/strict';
import { quotesOf } from '../helpers';
import { statementsOf } from './helpers';

describe('an athlete\'s trade heads a definite description (session 53b)', () => {
  it('"Pelari asal <Place> itu menyebut C": C is the runner\'s named before', () => {
    assert.deepEqual(statementsOf('Markus Bili Tana hadir di kantor lembaga antidoping. Pelari asal Nusa Tenggara Timur itu menyebut sirup tersebut dibeli ibunya di apotek.'),
      ['sirup tersebut dibeli ibunya di apotek => Markus Bili Tana']);
  });
  it('"Perenang muda itu mengatakan C" after the swimmer\'s own statement: two statements', () => {
    assert.deepEqual(statementsOf('Dewi Anggraini mengakui ia kurang tidur sebelum final. Perenang muda itu mengatakan kolam latihan ditutup sejak pekan lalu.'),
      ['ia kurang tidur sebelum final => Dewi Anggraini', 'kolam latihan ditutup sejak pekan lalu => Dewi Anggraini']);
  });
  it('a quote\'s "kata pelari … itu" keeps its runner (guard)', () => {
    assert.deepEqual(quotesOf('Markus Bili Tana hadir di kantor lembaga antidoping. "Saya lelah sekali," kata pelari asal Nusa Tenggara Timur itu.'),
      ['"Saya lelah sekali," => Markus Bili Tana']);
  });
  it('runners as a group ("Para pelari itu") name nobody (guard)', () => {
    assert.deepEqual(statementsOf('Markus Bili Tana hadir di kantor lembaga antidoping.\n\nPara pelari itu menyebut harga sirup naik.'), []);
  });
});
