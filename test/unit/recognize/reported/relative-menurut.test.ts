// "menurut" / "menurutnya" right after "yang" attributes the relative clause it opens, not the
// sentence: "memuji lini serang lawan yang menurutnya paling berbahaya" reports no statement
// of the words before it (the trailing "<content> menurut X" form must not fire), and in
// "menunjukkan karung garam yang menurutnya ditolak petugas" the verb after the insert is
// still the relative clause's, the content a noun object (spec). (speakers51: dev d331 and
// d417 false statements.) Sentences written for this test.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: "menurut" inside a relative clause', () => {
  it('is no trailing attribution of the words before it', () => {
    const text = 'Pelatih tim tamu, Hendra Gunawan, mengatakan timnya kehabisan tenaga di babak kedua. ' +
      'Pelatih tuan rumah, Bambang Sutejo, memuji lini serang lawan yang menurutnya paling berbahaya di grup ini.';
    assert.deepEqual(statementsOf(text), ['timnya kehabisan tenaga di babak kedua => Hendra Gunawan']);
  });
  it('keeps the verb after it inside the relative clause', () => {
    assert.deepEqual(statementsOf('Seorang petambak, Haji Sarmadi, menunjukkan karung garam yang menurutnya ditolak petugas gudang.'), []);
    assert.equal(clause('karung gabah yang menurut dia ditolak petugas'), false);
  });
  it('guard: a main predicate after the relative clause still makes a clause', () => {
    assert.equal(clause('dua pemain yang menurutnya paling berbahaya sudah cedera'), true);
  });
  it('guard: a trailing "menurut X" after a clause still attributes it', () => {
    assert.deepEqual(statementsOf('Sebelumnya, Kepala Dinas Pertanian Bogor, Rina Wati, hadir di lokasi. Harga gabah turun tajam menurut Rina Wati.'),
      ['Harga gabah turun tajam => Rina Wati']);
  });
});
