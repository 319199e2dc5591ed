// Review of session 43's trailing attribution (reported/trailing-verb.ts): "<clause>, X
// melaporkan." reads the clause before the comma as X's words only when that clause is a
// sentence of its own. Invented sentences (fictional ministers and meetings).
import assert from 'node:assert/strict';
import { statementPairs as statements } from '../helpers';
import { trailingVerbContent } from '../../../../src/core/recognize/reported/trailing-verb';

const at = (t: string, verb: string) => trailingVerbContent(t, t.indexOf(verb), t.indexOf(verb) + verb.length, 0, []);

describe('a trailing "…, X melaporkan." takes no clause it does not report (reported/trailing-verb.ts)', () => {
  it('a coordinator after the comma ("…, lalu X melaporkan") joins two events: no content', () => {
    const t = 'Rapat kabinet berlangsung tertutup selama tiga jam, lalu Menteri Budi Santoso melaporkan pada Senin malam.';
    assert.equal(at(t, 'melaporkan'), null);
    assert.deepEqual(statements(`Rapat Kabinet\n\n${t}`), []);
    assert.equal(at('Harga cabai naik lagi, kemudian Badan Pangan Daerah menyatakan pada Selasa.', 'menyatakan'), null);
  });
  it('a fronted subordinate clause ("Setelah …, X melaporkan") is no content', () => {
    const t = 'Setelah rapat itu selesai pada sore hari, Menteri Budi Santoso melaporkan pada Selasa (4/3).';
    assert.equal(at(t, 'melaporkan'), null);
    assert.deepEqual(statements(`Rapat Kabinet\n\n${t}`), []);
    assert.equal(at('Ketika banjir datang ke desa itu, kepala desa melaporkan pada pagi hari.', 'melaporkan'), null);
  });
  it('still reads a clause of its own before the comma', () => {
    const t = 'Harga cabai naik lagi di pasar induk, Badan Pangan Daerah menyatakan pada Selasa.';
    assert.deepEqual(at(t, 'menyatakan'), { start: 0, end: t.indexOf(','), subjectFrom: t.indexOf(',') + 1 });
  });
});
