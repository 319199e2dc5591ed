// "A, kata X, B.": the statement runs on past the attribution when a clause follows its
// closing comma (reported/trailing.ts medialEnd), and stops there when what follows goes on
// with the attribution ("…, kata X, kepada wartawan"). Invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

const statements = (t: string): [string, string | null][] => (analyze(`Harga Beras\n\n${t}`).reported ?? []).map((r) => [r.text, r.speaker]);

describe('"A, kata X, B." runs on into B only when B is a clause (reported/trailing.ts)', () => {
  it('"lalu" after the attribution opens the statement\'s next clause, no tail of the saying', () => {
    assert.deepEqual(statements('Harga beras naik lagi, kata Budi Santoso, lalu pemerintah harus segera turun tangan.'),
      [['Harga beras naik lagi, kata Budi Santoso, lalu pemerintah harus segera turun tangan', 'Budi Santoso']]);
  });
  it('a day or an addressee after the attribution goes on with the saying', () => {
    assert.deepEqual(statements('Harga beras naik lagi, kata Budi Santoso, kepada wartawan di pasar induk.'), [['Harga beras naik lagi', 'Budi Santoso']]);
    assert.deepEqual(statements('Harga beras naik lagi, kata Budi Santoso, Senin pagi di pasar induk.'), [['Harga beras naik lagi', 'Budi Santoso']]);
  });
});
