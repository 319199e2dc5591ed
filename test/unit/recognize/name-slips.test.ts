import assert from 'node:assert/strict';
import { MAX_NAMES, nameSlips, withinOneEdit } from '../../../src/core/recognize/name-slips';

describe('name slips (issue 13, pattern 10)', () => {
  it('one edit: insertion, deletion, substitution, swap of neighbours', () => {
    assert.ok(withinOneEdit('Pongpanich', 'Phongpanich'));
    assert.ok(withinOneEdit('Phongpanich', 'Pongpanich'));
    assert.ok(withinOneEdit('Wibisono', 'Wibisana') === false);
    assert.ok(withinOneEdit('Santoso', 'Santosa'));
    assert.ok(withinOneEdit('Hartanto', 'Hatranto'));
    assert.ok(!withinOneEdit('Hartanto', 'Hartono'));
  });

  it('maps the less written spelling to the other; as often: the later to the first', () => {
    assert.deepEqual([...nameSlips(new Map([['Surasak Pongpanich', 1], ['Surasak Phongpanich', 1]]))], [['Surasak Phongpanich', 'Surasak Pongpanich']]);
    assert.deepEqual([...nameSlips(new Map([['Muhamad Rizal', 1], ['Muhammad Rizal', 3]]))], [['Muhamad Rizal', 'Muhammad Rizal']]);
  });

  it('leaves different people apart: two words differ, a short word, another first letter', () => {
    assert.equal(nameSlips(new Map([['Budi Santoso', 1], ['Bima Santosa', 1]])).size, 0);
    assert.equal(nameSlips(new Map([['Andi Wijaya', 1], ['Andri Wijaya', 1]])).size, 0);
    assert.equal(nameSlips(new Map([['Ahmad Kamal', 1], ['Ahmad Jamal', 1]])).size, 0);
  });

  it('compares nothing in a text with more names than one article holds', () => {
    const many = new Map<string, number>([['Surasak Pongpanich', 1], ['Surasak Phongpanich', 1]]);
    for (let k = 0; many.size <= MAX_NAMES; k++) many.set(`Nama${k} Orang${k}`, 1);
    assert.equal(nameSlips(many).size, 0);
  });
});
