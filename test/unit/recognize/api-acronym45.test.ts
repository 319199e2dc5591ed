// "API" in capitals is an acronym, not the "api" of "kereta api" before a train's name
// (speakers45b; own sentences about fictional people).
import assert from 'node:assert/strict';
import { personTexts as persons } from './helpers';

describe('speakers45b: a name after "(API)" (unknown-name.ts vehicleWordAt)', () => {
  it('keeps the person named after the acronym', () => {
    assert.deepEqual(persons('Wakil Ketua Asosiasi Pertekstilan Indonesia (API) Bagus Hartanto memperkirakan pesanan naik.'), ['Bagus Hartanto']);
    assert.deepEqual(persons('Ketua API Rudi Santoso mengatakan stok kain aman.'), ['Rudi Santoso']);
  });

  it('still reads a train\'s name after "kereta api" as no person', () => {
    assert.deepEqual(persons('Penumpang kereta api Argo Cahaya tertahan dua jam.'), []);
    assert.deepEqual(persons('Kereta Api Sinar Bahari tiba terlambat.'), []);
  });
});
