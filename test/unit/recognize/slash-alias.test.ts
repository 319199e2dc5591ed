// actors/slash-alias.ts: a body written with another of its names after a slash.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('slash-alias (one body, two names joined by "/")', () => {
  it('is one mention of the body (d136)', () => {
    assert.deepEqual(linked('Kementerian Investasi dan Hilirisasi/BKPM menerbitkan izin.'), [
      'Kementerian Investasi dan Hilirisasi/BKPM/ORG/Kementerian Investasi dan Hilirisasi Republik Indonesia',
    ]);
  });
  it('leaves two different bodies or places joined by "/" apart', () => {
    assert.deepEqual(linked('Hubungan Rusia/Ukraina memburuk.'), ['Rusia/GPE/Russia', 'Ukraina/GPE/Ukraine']);
    assert.deepEqual(linked('Laporan KPK/Polri dibahas.').map((m) => m.split('/')[0]), ['KPK', 'Polri']);
  });
});
