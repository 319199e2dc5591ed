// Review 45: "Kota" kept in a body's name (regional-names.ts) split one hospital in two:
// "RSUD Kota X" and a later "RSUD X" had two identities. Within one article the form without
// the prefix is the body named with it (bare-regional-body.ts unprefixedToPrefixedBodies).
// (Identities with the hospital's type written out: hospital-names.ts, session 48.)
// Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithTestKb } from './helpers';

const canonicalsOf = (text: string, start: string): string[] => actorsWithTestKb(text).filter((a) => a.startsWith(start)).map((a) => a.split('/')[2]);

describe('a regional body named with and without its region\'s prefix', () => {
  it('is one body', () => {
    assert.deepEqual(canonicalsOf('RSUD Kota Mataram kewalahan menampung pasien. RSUD Mataram menambah tempat tidur.', 'RSUD'),
      ['Rumah Sakit Umum Daerah Kota Mataram', 'Rumah Sakit Umum Daerah Kota Mataram']);
  });

  it('but two bodies with the prefix leave the bare form as written', () => {
    assert.deepEqual(canonicalsOf('RSUD Kota Bima dan RSUD Kabupaten Bima penuh. RSUD Bima menambah tempat tidur.', 'RSUD').at(-1), 'Rumah Sakit Umum Daerah Bima');
  });
});
