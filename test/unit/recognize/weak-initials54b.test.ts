// An unknown acronym with no evidence around it ("ke BANI", weak: acronym-evidence.ts) that spells
// the initials of a body the article names in full is that body, wherever it stands (before the
// body's name: dev d444), as a sure one already was (body-initials.ts).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const orgs = (text: string): string[] => analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

describe('a weak acronym of a body the article names in full (actors54b)', () => {
  it('is that body, even before the body is named', () => {
    const got = orgs('Para nelayan membawa sengketa ke LPKN pekan lalu. Lembaga Perlindungan Konsumen Nusantara menerima berkas mereka.');
    assert.deepEqual(got, ['LPKN/Lembaga Perlindungan Konsumen Nusantara', 'Lembaga Perlindungan Konsumen Nusantara/Lembaga Perlindungan Konsumen Nusantara']);
  });

  it('stays weak where no body of those initials is named, or two are', () => {
    assert.deepEqual(orgs('Para nelayan membawa sengketa ke LPKN pekan lalu.'), []);
    const two = orgs('Mereka mengadu ke LPKN. Lembaga Perlindungan Konsumen Nusantara dan Lembaga Pemantau Kebijakan Negara menolak.');
    assert.ok(!two.some((o) => o.startsWith('LPKN/')), two.join(' | '));
  });
});
