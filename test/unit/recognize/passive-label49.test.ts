// Session 49 (fix49a): 'Awak Kapal Ditahan Maladewa: "Kami Ingin Pulang"': in a Title Case
// headline label with a passive di- verb, the name after the verb is its agent (who held the
// crew), never who speaks after the colon; the speaker is the label's subject, when that is
// a named person or body, else nobody (passive-label.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const speakers = (t: string) => analyze(t).quotes.map((q) => `${t.slice(q.start, q.end)}<${q.speaker ?? ''}`);

describe('fix49a: the agent of a passive verb in a headline label', () => {
  it('does not speak after the colon', () => {
    assert.deepEqual(speakers('Awak Kapal Ditahan Maladewa: "Kami Ingin Pulang"'), ['"Kami Ingin Pulang"<']);
    assert.deepEqual(speakers('Nelayan Aceh Ditahan India: "Kami Ingin Pulang"'), ['"Kami Ingin Pulang"<']);
    assert.deepEqual(speakers('Nelayan Aceh Diusir Polisi Malaysia: "Kami Takut"'), ['"Kami Takut"<']);
  });
  it('leaves the speaking subject of the label to speak', () => {
    const t = 'Budi Santoso Diperiksa KPK: "Saya Kooperatif"\n\nBudi Santoso diperiksa KPK pada Senin. "Saya kooperatif," kata Budi.';
    assert.deepEqual(speakers(t), ['"Saya Kooperatif"<Budi Santoso', '"Saya kooperatif,"<Budi Santoso']);
  });
  it('leaves labels whose Di- words are nouns or names alone', () => {
    assert.deepEqual(speakers('Direktur Pertamina: "Stok Aman"'), ['"Stok Aman"<Pertamina']);
    assert.deepEqual(speakers('Dikritik Warga, Anies: "Kami Siap"'), ['"Kami Siap"<Anies Baswedan']);
    assert.deepEqual(speakers('Dian Sastrowardoyo: "Film Ini Penting"'), ['"Film Ini Penting"<Dian Sastrowardoyo']);
    const u = 'Dimas Anggara: "Film Ini Penting"\n\nAktor Dimas Anggara hadir di Jakarta. "Film ini penting," kata Dimas.';
    assert.deepEqual(speakers(u), ['"Film Ini Penting"<Dimas Anggara', '"Film ini penting,"<Dimas Anggara']);
    assert.deepEqual(speakers('Disampaikan Jokowi: "Kami Tidak Mundur"'), ['"Kami Tidak Mundur"<Joko Widodo']);
  });
});
