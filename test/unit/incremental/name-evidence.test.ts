import assert from 'node:assert/strict';
import { NameEvidence, changedEvidence, nameEvidenceOf } from '../../../src/core/recognize/name-evidence';

describe('name-evidence (where one paragraph\'s names may decide another\'s identity)', () => {
  it('reads the first evidence anywhere without a reach, and only within the reach with one', () => {
    const whole = new NameEvidence<string>(undefined);
    whole.add('Retno', 2, 'Retno Wulandari');
    whole.add('Retno', 40, 'Retno Anggraini');
    assert.equal(whole.near('Retno', 90), 'Retno Wulandari');
    const windowed = new NameEvidence<string>({ before: 32, after: 8 });
    windowed.add('Retno', 2, 'Retno Wulandari');
    windowed.add('Retno', 40, 'Retno Anggraini');
    assert.equal(windowed.near('Retno', 10), 'Retno Wulandari');
    assert.equal(windowed.near('Retno', 35), 'Retno Anggraini', 'the first is 33 paragraphs before: out of reach; the second 5 after: in it');
    assert.equal(windowed.near('Retno', 72), 'Retno Anggraini');
    assert.equal(windowed.near('Retno', 73), undefined);
    assert.equal(windowed.near('Sari', 10), undefined);
  });

  it('tells which words an edit changed the evidence of', () => {
    const before = nameEvidenceOf('Menteri Luar Negeri Rusia bertemu Prabowo.', undefined);
    const after = nameEvidenceOf('Menteri Luar Negeri Rusia Kata Prabowo bertemu.', undefined);
    assert.ok(changedEvidence(before, after).has('Prabowo'), 'the bare word now ends a longer name');
    // Typing elsewhere in the paragraph leaves its names' evidence as it was.
    assert.equal(changedEvidence(before, nameEvidenceOf('Menteri Luar Negeri Rusia kemarin bertemu Prabowo.', undefined)).size, 0);
  });
});
