// Issue 13 (anaphor48): "kata peserta termuda, Nabila (12).": the age news gives in brackets
// after a source's name does not hide the name in apposition after the cue's role. Own
// sentences about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as quotes } from './helpers';
import { apposedNameClosed } from '../../../src/core/recognize/apposed-after-clause';

describe('a name in apposition closed after its age (apposed-after-clause.ts)', () => {
  it('reads the name as closed past " (12)" or " (45 tahun)", not past other words', () => {
    const p = 'kata peserta termuda, Salsabila Rahma (12).';
    assert.equal(apposedNameClosed(p, p.indexOf(' (12)')), true);
    const q = 'ujar pedagang, Warsini (45 tahun), di pasar.';
    assert.equal(apposedNameClosed(q, q.indexOf(' (45')), true);
    const r = 'Menurut Majalah Niaga, Budi Hartawan (80) masih orang terkaya.';
    assert.equal(apposedNameClosed(r, r.indexOf(' (80)')), false);
  });

  it('gives the quote to the person named after the role and before the age', () => {
    const t = '"Saya diajari memasak oleh nenek saya," kata peserta termuda, Salsabila Rahma (12).';
    assert.deepEqual(quotes(t), ['Salsabila Rahma']);
  });
});
