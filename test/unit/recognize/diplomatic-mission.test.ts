import assert from 'node:assert/strict';
import { missionCanonical } from '../../../src/core/recognize/diplomatic-mission';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';

describe('diplomatic-mission (KBRI, KJRI and foreign embassies written short)', () => {
  const kb = defaultKbIndex();
  it('names Indonesia\'s missions by their official names and a foreign embassy by its English title in Jakarta', () => {
    assert.equal(missionCanonical('KBRI Khartoum', kb), 'Kedutaan Besar Republik Indonesia di Khartoum');
    assert.equal(missionCanonical('KJRI Jeddah', kb), 'Konsulat Jenderal Republik Indonesia di Jeddah');
    assert.equal(missionCanonical('Kedutaan Besar Vietnam', kb), 'Embassy of Vietnam, Jakarta');
    // Countries the KB describes otherwise than "Country in …" (kb/country.ts: one reading of a country).
    assert.equal(missionCanonical('Kedutaan Besar Singapura', kb), 'Embassy of Singapore, Jakarta');
    assert.equal(missionCanonical('Kedutaan Besar Selandia Baru', kb), 'Embassy of New Zealand, Jakarta');
  });
  it('leaves other names alone (no place, a city for a country, Indonesia itself)', () => {
    assert.equal(missionCanonical('KBRI Baru', kb), undefined);
    assert.equal(missionCanonical('Kedutaan Besar Jakarta', kb), undefined);
    assert.equal(missionCanonical('Kedutaan Besar Indonesia', kb), undefined);
    assert.equal(missionCanonical('Komisi Nasional', kb), undefined);
  });
  it('gives the mission its identity in an article, and its statement with it', () => {
    const text = 'Pihak Kedutaan Besar Vietnam di Jakarta meminta Indonesia memperlakukan nelayan secara manusiawi. KJRI Jeddah menyewa hotel.';
    assert.deepEqual(linked(text).filter((s) => s.includes('Embassy') || s.includes('Konsulat')), [
      'Kedutaan Besar Vietnam/ORG/Embassy of Vietnam, Jakarta', 'KJRI Jeddah/ORG/Konsulat Jenderal Republik Indonesia di Jeddah',
    ]);
    assert.deepEqual((analyze(text).reported ?? []).map((s) => s.speaker), ['Embassy of Vietnam, Jakarta']);
  });
});
