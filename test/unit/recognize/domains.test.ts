import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import { paragraphActors } from '../../../src/core/recognize/paragraph-actors';

const outlet = (id: string, canonical: string, aliases: string[]): KbEntity =>
  ({ id, canonical, type: 'ORG', aliases, description: { en: '', id: '' } });
const kb = new KbIndex({
  entities: [outlet('kompas-com', 'Kompas.com', ['Kompas.com', 'KOMPAS.com']), outlet('kumparan', 'Kumparan', ['Kumparan', 'kumparan.com']), outlet('tempo', 'Tempo', ['Tempo', 'Tempo.co'])],
  suppress: [],
});
const found = (p: string) => paragraphActors(p, kb).map((m) => `${p.slice(m.start, m.end)}/${m.type}/${m.canonical}`);

describe('lower-case outlet domains (issue 13, pattern 9)', () => {
  it('finds an outlet written as its lower-case domain, whatever the case of its KB alias', () => {
    assert.deepEqual(found('Hal itu ia sampaikan kepada kompas.com, Senin.'), ['kompas.com/ORG/Kompas.com']);
    assert.deepEqual(found('Ia mundur, seperti dikutip kumparan.com dan tempo.co.'), ['kumparan.com/ORG/Kumparan', 'tempo.co/ORG/Tempo']);
  });
  it('keeps the mentions in order with the capitalised ones', () => {
    assert.deepEqual(found('Kumparan menulis, seperti dikutip kompas.com, bahwa Tempo.co keliru.'),
      ['Kumparan/ORG/Kumparan', 'kompas.com/ORG/Kompas.com', 'Tempo.co/ORG/Tempo']);
  });
  it('leaves URLs, e-mail addresses, unknown domains and decimals alone', () => {
    assert.deepEqual(found('kirim ke redaksi@kompas.com atau buka https://www.kompas.com/berita.'), []);
    assert.deepEqual(found('baca contoh.com, inflasi 2.5 persen.'), []);
  });
});
