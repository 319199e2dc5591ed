// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers, statementPairs as statements } from '../helpers';
import { titleQualifierEnd } from '../../../../src/core/recognize/title-qualifier';

describe('speakers38: a bare title with a place qualifier (title-qualifier.ts)', () => {
  it('reads "setempat", "dinas tersebut" and "di dinas itu" as qualifiers', () => {
    const p = 'Kepala Dinas setempat menyebut';
    assert.equal(titleQualifierEnd(p, p.indexOf('setempat')), p.indexOf(' menyebut'));
    const q = 'Kepala Seksi dinas tersebut menyebut';
    assert.equal(titleQualifierEnd(q, q.indexOf('dinas')), q.indexOf(' menyebut'));
    const r = 'Kepala bidang di dinas itu mengatakan';
    assert.equal(titleQualifierEnd(r, r.indexOf('di ')), r.indexOf(' mengatakan'));
    assert.equal(titleQualifierEnd('Kepala Dinas mengatakan', 13), -1);
  });

  it('gives a "katanya" after such a title nobody, not the speaker before it', () => {
    const t = 'Wali Kota Madiun Bayu Santoso mengatakan sampah akan diangkut dua kali sehari. "Truk kami tambah," ujarnya.\n\n' +
      'Kepala Dinas Lingkungan Hidup setempat menyebut armada tinggal delapan truk. "Kami butuh tambahan," katanya.\n';
    assert.deepEqual(speakers(t), ['Bayu Santoso', null]);
    assert.notEqual(statements(t).find(([c]) => c.startsWith('armada'))?.[1], 'Bayu Santoso');
  });
});
