// speakers43b (issue 13): a one-word name given an age in apposition is a person's.
// Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { personTexts as persons } from './helpers';
import { personOfAge } from '../../../src/core/recognize/actors/person-of-age';

describe('speakers43b: "Name, <person noun> berusia N tahun" (person-of-age.ts)', () => {
  it('reads the apposition after the word', () => {
    const p = 'dipacu Rizki, joki cilik berusia 12 tahun.';
    assert.equal(personOfAge(p, p.indexOf(',')), true);
    const q = 'Perahu Citra, kapal berusia 20 tahun.';
    assert.equal(personOfAge(q, q.indexOf(',')), false);
    const r = 'warga Bukit, pria yang berusia lanjut.';
    assert.equal(personOfAge(r, r.indexOf(',')), false);
  });

  it('keeps the one-word name as a person', () => {
    const t = 'Perahu itu didayung Rizki, pedayung berusia 12 tahun.\n';
    assert.ok(persons(t).includes('Rizki'));
  });

  it('gives the quote a description points to that person, not a name before it', () => {
    const t = 'Lomba perahu digelar di Danau Toba pada Minggu. Perahu bernama Naga Sakti milik Darwin Siregar ' +
      'keluar sebagai juara. Perahu itu didayung Rizki, joki berusia 12 tahun.\n\n' +
      '"Tangan saya pegal sekali, tapi saya senang," ujar bocah kelas enam SD itu.\n';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Rizki']);
  });
});
