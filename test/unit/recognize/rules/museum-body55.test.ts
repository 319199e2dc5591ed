// A named museum is an organisation in every use (eval/README.md, canon54): as the actor,
// as the body of a post and as the place where something happens. Its name takes the
// country closing it (maximal name) and ends before a city (as a university or hospital).
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { mentions } from './trace';

/** Actors of a text with the built-in KB (which knows Indonesia as a country). */
const actors = (text: string): string[] => analyze(text).actors.map((a) => `${a.text}/${a.type}`);

describe('a named museum is an organisation (orgs55)', () => {
  it('swallows the country that closes its name, also after "di" and after a title', () => {
    assert.deepEqual(actors('Naskah kuno itu kini disimpan di Museum Nasional Indonesia sejak pekan lalu.'), ['Museum Nasional Indonesia/ORG']);
    assert.deepEqual(actors('Kepala Museum Nasional Indonesia, Wulan Sarasvati, membuka pameran itu.'),
      ['Museum Nasional Indonesia/ORG', 'Wulan Sarasvati/PER']);
  });
  it('a museum named after a person is no mention of the person, and ends before its city', () => {
    assert.deepEqual(mentions('Lukisan itu dipinjam dari Museum Tirtakusuma Jakarta untuk dua bulan.'), ['Museum Tirtakusuma/ORG', 'Jakarta/GPE']);
  });
  it('guards: other facilities stay no actors, a body inside a building is still found', () => {
    assert.deepEqual(mentions('Warga berkumpul di Monumen Tirtakusuma sebelum pawai.'), []);
    assert.deepEqual(mentions('Massa berorasi di Stadion Tirtakusuma Jakarta.').filter((m) => m.endsWith('/ORG') || m.endsWith('/PER')), []);
    assert.deepEqual(mentions('Rapat digelar di Gedung NATO pekan ini.'), ['NATO/ORG']);
    // (a lower-case museum is no name)
    assert.deepEqual(mentions('Pengunjung museum itu naik dua kali lipat.'), []);
  });
});
