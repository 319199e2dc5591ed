// Session 46 (fix46a, review46): "Wakapolres mengatakan …" after "Wakapolres Semarang Kompol
// Agus Hartono" gave no statement: the deputy police chiefs' titles were titles (lexicon) but
// no office a bare title subject stands for (title-subject.ts OFFICE_TITLE_WORDS), as
// "Kapolsek" is. Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const reported = (t: string) => (analyze(t).reported ?? []).map((r) => `${r.text}=${r.speaker}`);

describe('a deputy police chief\'s bare title as the subject', () => {
  it('points back to the deputy the article named', () => {
    assert.deepEqual(
      reported('Wakapolres Semarang Kompol Agus Hartono menyebut jalur mudik padat. Wakapolres mengatakan pos pengamanan ditambah.'),
      ['pos pengamanan ditambah=Agus Hartono'],
    );
    assert.deepEqual(
      analyze('Wakapolda Jawa Tengah Brigjen Pol Rahmat Hidayat meninjau jalur mudik. "Pos ditambah," kata Wakapolda.').quotes.map((q) => q.speaker),
      ['Rahmat Hidayat'],
    );
  });
  it('keeps the chief and the deputy apart', () => {
    const both = 'Kapolres Semarang AKBP Budi Santoso dan Wakapolres Semarang Kompol Agus Hartono meninjau jalur mudik. ';
    assert.deepEqual(reported(both + 'Wakapolres mengatakan pos pengamanan ditambah.'), ['pos pengamanan ditambah=Agus Hartono']);
    assert.deepEqual(reported(both + 'Kapolres mengatakan pos pengamanan ditambah.'), ['pos pengamanan ditambah=Budi Santoso']);
    assert.deepEqual(reported('Kapolres Semarang AKBP Budi Santoso meninjau jalur mudik. Wakapolres mengatakan pos pengamanan ditambah.'), []);
  });
});
