// Session 49 (probe49): foreign-titles.ts foreignPlaceTitle composed "<Compass> <own>" for a
// place whose own name holds a body's word: "Puskesmas Arso Timur" (a clinic the rules typed
// as a place) became "East Puskesmas Arso" in a report from Keerom that names Papua Nugini more
// than anything Indonesian, and so did the statement it spoke. A body's word (Puskesmas,
// Polsek, Gereja, SD) in the name says it is no place with an English title. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { foreignPlaceTitle } from '../../../src/core/recognize/foreign-titles';

const unknown = (): boolean => false;

describe('probe49: a body\'s word in a compass place keeps it as written', () => {
  it('composes no English title for a name with a body\'s word', () => {
    assert.equal(foreignPlaceTitle('Puskesmas Arso Timur', 'Papua New Guinea', unknown), undefined);
    assert.equal(foreignPlaceTitle('Gereja Vanimo Utara', 'Papua New Guinea', unknown), undefined);
  });
  it('keeps the clinic\'s identity and the statement\'s speaker in a report naming a neighbour often', () => {
    const t = 'Keerom - Kasus malaria meningkat di perbatasan Papua Nugini. Warga Papua Nugini yang melintas ikut terinfeksi. ' +
      'Kementerian Kesehatan Papua Nugini menyatakan akan bekerja sama. Puskesmas Arso Timur menyatakan obat cukup.';
    const r = analyze(t);
    assert.ok(!r.actors.some((a) => a.canonical === 'East Puskesmas Arso'), r.actors.map((a) => a.canonical).join(', '));
    assert.ok(!(r.reported ?? []).some((s) => s.speaker === 'East Puskesmas Arso'));
  });
  it('still composes a foreign place\'s title', () => {
    assert.equal(foreignPlaceTitle('Kordofan Selatan', 'Sudan', unknown), 'South Kordofan');
    assert.equal(foreignPlaceTitle('Tarawa Selatan', 'Kiribati', unknown), 'South Tarawa');
  });
});
