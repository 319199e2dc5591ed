// Issue 17, bugs 1, 2 and 4: brat splits .ann lines and JSONL readers (Python's
// str.splitlines) split records on NEL (U+0085), U+2028 and U+2029 too; brat splits only
// the first two tabs of a T line.
import assert from 'node:assert/strict';
import { exportAs } from '../../../src/core/export';
import { importBrat } from '../../../src/core/export/brat-import';
import { importJsonl } from '../../../src/core/export/jsonl-import';
import { ARTICLE, claim } from './fixtures';

/** What Python's str.splitlines() breaks on. */
// eslint-disable-next-line no-control-regex -- exactly the separators Python splits on
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

describe('records survive Unicode line splitting (issue 17)', () => {
  const a = claim(ARTICLE, 'subsidi akan ditambah', 'ani', { note: 'satu\u0085dua\u2028tiga' });
  const input = { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: [a] }] };

  it('JSONL: a NEL in a note is escaped, one record per line for splitlines(), and reads back', () => {
    const out = exportAs('jsonl', input).files[0].contents;
    assert.equal(out.trimEnd().split(PY_LINE_BREAK).length, 1);
    const back = importJsonl(out);
    assert.equal([...back.articles.values()][0][0].note, 'satu\u0085dua\u2028tiga');
  });

  it('brat: a NEL in a note does not break the .ann line, and the note reads back', () => {
    const ann = exportAs('brat', input).files.find((f) => f.path.endsWith('.ann'))!.contents;
    for (const line of ann.trimEnd().split(PY_LINE_BREAK)) assert.match(line, /^[T#A]\d+\t/);
    const back = importBrat(ann, ARTICLE, 'beras.txt', ARTICLE);
    assert.equal([...back.articles.values()][0][0].note, 'satu\u0085dua\u2028tiga');
  });

  it('brat: a span whose text holds a tab is read (only the first two tabs separate fields)', () => {
    const text = 'Kata\tpisah di sini.';
    const back = importBrat(`T1\tClaim 0 10\tKata\tpisah\n`, text, 'a.txt', text, { newId: () => '01J00000000000000000000000', now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'ani' });
    assert.deepEqual(back.errors, []);
    assert.equal([...back.articles.values()][0][0].target.exact, 'Kata\tpisah');
  });
});
