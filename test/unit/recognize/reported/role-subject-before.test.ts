// mend44: the sentence before a pronoun is bounded by a sentence end as sentence-end.ts reads
// one, not by any ". " ("Jl. Kenanga", "dr. Rina"). Own sentences about fictional events.
import assert from 'node:assert/strict';
import { roleSubjectBefore } from '../../../../src/core/recognize/reported/role-subject-before';

describe('roleSubjectBefore (reported/role-subject-before.ts)', () => {
  it('reads the role opening the sentence before across an abbreviation\'s dot', () => {
    const p = 'Terdakwa, yang tinggal di Jl. Kenanga sejak kecil, diberi kesempatan menanggapi. Ia mengaku menyesal.';
    assert.equal(roleSubjectBefore(p, p.indexOf('Ia mengaku'), []), 'terdakwa');
  });

  it('stops at a real sentence end', () => {
    const p = 'Terdakwa duduk di depan. Sidang dibuka pukul sembilan. Ia mengaku menyesal.';
    assert.equal(roleSubjectBefore(p, p.indexOf('Ia mengaku'), []), null);
  });

  it('starts the sentence before after a quote that closes one (sentence-end.ts sentenceStartBefore), as in a one-line article', () => {
    const p = 'Ibu korban menangis. "Mereka tidak pernah datang." Terdakwa, yang didampingi pengacara, diberi kesempatan menanggapi. Ia mengaku panik.';
    assert.equal(roleSubjectBefore(p, p.indexOf('Ia mengaku'), []), 'terdakwa');
  });
});
