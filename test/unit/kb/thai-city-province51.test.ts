// Issue 13 (actors51b): a Thai city that shares its name with its province is the city when
// written bare (a dateline, "di Korat"), as Chiang Mai is; the province only with its word
// ("Provinsi Nakhon Ratchasima"). Korat is the city's other name (dev gold d417 gives the
// dateline "Nakhon Ratchasima" the city). Sentences written for this test, built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const places = (text: string) => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}=${a.canonical}`);

describe('Nakhon Ratchasima, city and province (actors51b)', () => {
  it('bare, and by its other name Korat, it is the city', () => {
    assert.deepEqual(places('Nakhon Ratchasima - Ribuan penonton memadati gelanggang olahraga di Korat.'),
      ['Nakhon Ratchasima=Nakhon Ratchasima', 'Korat=Nakhon Ratchasima']);
  });
  it('with the word for a province, it is the province', () => {
    assert.deepEqual(places('Banjir melanda Provinsi Nakhon Ratchasima sejak Senin.'), ['Provinsi Nakhon Ratchasima=Nakhon Ratchasima province']);
  });
});
