// A diplomatic mission written with the place it sits in ("Konsulat Jenderal Filipina di
// Manado", "Kedutaan Besar Republik Indonesia di Port Moresby") is one organisation, place
// and all (diplomatic-mission.ts missionsWithTheirPlace). Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedActors as named } from './helpers';

describe('a diplomatic mission with its place ("… di <city>")', () => {
  it('is one organisation: Indonesia\'s named as written, a foreign consulate by its English title', () => {
    assert.deepEqual(named('Staf Kedutaan Besar Republik Indonesia di Port Moresby menyambut delegasi.'),
      ['Kedutaan Besar Republik Indonesia di Port Moresby/ORG/Kedutaan Besar Republik Indonesia di Port Moresby']);
    assert.deepEqual(named('Pejabat Konsulat Jenderal Filipina di Manado mendampingi para nelayan.'),
      ['Konsulat Jenderal Filipina di Manado/ORG/Consulate General of the Philippines in Manado']);
  });
  it('(guard) leaves a foreign embassy and a place that is no seat of a mission apart', () => {
    // (the sets annotate a foreign embassy and its capital apart: one embassy a country)
    assert.ok(named('Juru bicara Kedutaan Besar Rusia di Washington mengecam sanksi baru itu.').includes('Washington/GPE/Washington, D.C.'));
    // "di" after a verb or a time word: the place is where something happened.
    assert.ok(named('Kedutaan Besar Rusia menggelar resepsi di Jakarta pada Senin.').includes('Jakarta/GPE/Jakarta'));
    assert.ok(named('Konsulat Jenderal Filipina di Manado, Sulawesi Utara, membuka layanan.').includes('Sulawesi Utara/GPE/Sulawesi Utara'));
    assert.ok(named('Kedutaan Besar Prancis di tengah kota ditutup.').includes('Kedutaan Besar Prancis/ORG/Embassy of France, Jakarta'));
  });
});
