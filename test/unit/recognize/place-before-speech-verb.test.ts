import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Dev d263: an unknown city after "di" right before a speech verb was read as the speaker.
describe('an unknown place after "di" before a speech verb', () => {
  it('stays a place', () => {
    assert.deepEqual(actors('Juru bicara itu, lewat siaran radio negara di Bamako menyatakan izin tambang dicabut.'), ['Bamako/GPE']);
  });
  it('a name after a title before the verb is still a person', () => {
    assert.deepEqual(actors('Menteri Energi Oumar Traore menyatakan izin itu dicabut.'), ['Oumar Traore/PER']);
  });
});

// Dev d265: unknown towns in a list after a known one ("di Thessaloniki, Patras, dan …").
describe('a list of places after a known one', () => {
  it('reads the unknown members as places', () => {
    assert.deepEqual(actors('Protes juga pecah di Bamako, Kayes, dan Sikasso.'), ['Bamako/GPE', 'Kayes/GPE', 'Sikasso/GPE']);
  });
  it('leaves the subjects after a fronted place alone', () => {
    assert.deepEqual(actors('Di Bamako, Oumar dan Awa menunggu kabar.').filter((a) => a.endsWith('/GPE')), ['Bamako/GPE']);
  });
  it('reads a member as a place only when the list closes with a place the KB knows', () => {
    assert.deepEqual(actors('Banjir melanda Medan, Binjai, Tebingkarta dan Padang.'), ['Medan/GPE', 'Binjai/GPE', 'Tebingkarta/GPE', 'Padang/GPE']);
    // (review of the list rule: people named in apposition after a place)
    assert.deepEqual(actors('Dua warga dari Medan, Rudi dan Andi, ditangkap polisi.').filter((a) => a.endsWith('/GPE')), ['Medan/GPE']);
    assert.deepEqual(actors('Korban berasal dari Bogor, Siti dan Rahmat, keduanya pelajar.').filter((a) => a.endsWith('/GPE')), ['Bogor/GPE']);
  });
});
