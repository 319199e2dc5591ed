// A body's branch named by the branch word and its place ("… Cabang Balikpapan") is one
// organisation, whether the KB knows the body or its head made it one (body-branch.ts).
// Sentences written for this test; the second failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const orgs = (text: string) => analyze(text).actors.filter((a) => a.type !== 'PER').map((a) => `${a.text}/${a.type}`);

describe('a body\'s branch with its place (body-branch.ts)', () => {
  it('joins a known body\'s branch, as before', () => {
    assert.deepEqual(orgs('Kantor BPJS Kesehatan Cabang Waingapu ditutup sementara.'), ['BPJS Kesehatan Cabang Waingapu/ORG']);
  });
  it('joins the branch of a body its head names', () => {
    assert.deepEqual(orgs('Ketua Ikatan Dokter Indonesia Cabang Balikpapan, Andi Rahman, menolak berkomentar.'),
      ['Ikatan Dokter Indonesia Cabang Balikpapan/ORG']);
  });
  it('(guard) leaves a branch word with no place after it alone', () => {
    assert.deepEqual(orgs('Persatuan Guru Republik Indonesia membuka cabang baru di Sleman.'), ['Persatuan Guru Republik Indonesia/ORG', 'Sleman/GPE']);
  });
});
