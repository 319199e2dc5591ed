// "Kedutaan Besar Republik Indonesia di Paramaribo": one of Indonesia's own missions and the
// foreign city it sits in are one organisation even where the KB does not know the city
// (diplomatic-mission.ts missionsWithTheirPlace).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}=${a.canonical}`);

describe('Indonesia\'s mission in a city the KB does not know', () => {
  it('is one organisation with its city', () => {
    assert.deepEqual(actors('Menurut Kedutaan Besar Republik Indonesia di Paramaribo, beasiswa dibuka.'),
      ['Kedutaan Besar Republik Indonesia di Paramaribo/ORG=Kedutaan Besar Republik Indonesia di Paramaribo']);
    assert.deepEqual(actors('KBRI di Paramaribo membuka pendaftaran.'), ['KBRI di Paramaribo/ORG=Kedutaan Besar Republik Indonesia di Paramaribo']);
    // (Indonesia's name written out in the identity; the city named again alone is no short form of the mission)
    assert.deepEqual(actors('Menurut Kedutaan Besar RI di Paramaribo, beasiswa dibuka.'),
      ['Kedutaan Besar RI di Paramaribo/ORG=Kedutaan Besar Republik Indonesia di Paramaribo']);
    assert.equal(actors('Kedutaan Besar Republik Indonesia di Paramaribo membuka beasiswa. Warga kota Paramaribo menyambutnya.')
      .some((a) => a.startsWith('Paramaribo/ORG')), false);
  });
  it('foreign missions and a country after "di" are read as before', () => {
    assert.deepEqual(actors('Kedutaan Besar Prancis di Jakarta menutup layanan.'), ['Kedutaan Besar Prancis/ORG=Embassy of France, Jakarta', 'Jakarta/GPE=Jakarta']);
    assert.deepEqual(actors('Konsulat Jenderal Filipina di Manado membantu nelayan.'),
      ['Konsulat Jenderal Filipina di Manado/ORG=Consulate General of the Philippines in Manado']);
    assert.deepEqual(actors('Kedutaan Besar Republik Indonesia di Indonesia tidak ada.'),
      ['Kedutaan Besar Republik Indonesia/ORG=Kedutaan Besar Republik Indonesia', 'Indonesia/GPE=Indonesia']);
  });
});
