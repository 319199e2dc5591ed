// code49 item 1: the rules that read a description or a fronted topic up to its sentence's
// end ask sentence-end.ts where that end is, so an abbreviation's dot ("dr.", "H.", an
// initial "S.") ends no description there, as it ends no sentence anywhere else; a real
// sentence end still closes it. Own sentences about fictional people.
import assert from 'node:assert/strict';
import { descriptionQualifier, introducedWith } from '../../../src/core/recognize/description-qualifier';
import { describedSexAfter } from '../../../src/core/recognize/described-gender';
import { namedAsObject } from '../../../src/core/recognize/narration-subject';
import type { ActorMention } from '../../../src/core/recognize/types';

/** One person mention of `name` in `text`. */
function person(text: string, name: string): ActorMention[] {
  const start = text.indexOf(name);
  return [{ start, end: start + name.length, text: name, type: 'PER', canonical: name }];
}

describe('descriptions and topics end where sentence-end.ts ends the sentence (code49)', () => {
  it('descriptionQualifier reads past "dr." to the closing "tersebut", and stops at a real end', () => {
    const q = '"Pasien sudah stabil," ujar perawat RSUP dr. Kariadi tersebut.';
    assert.deepEqual(descriptionQualifier(q, q.indexOf(' ujar'), true), ['rsup', 'kariadi']);
    const r = '"Pasien sudah stabil," ujar perawat senior. Pasien RSUP Kariadi tersebut pulang.';
    assert.deepEqual(descriptionQualifier(r, r.indexOf(' ujar'), true), []);
  });

  it('describedSexAfter reads past "dr." and an initial, and stops at a real end', () => {
    const a = '"Kami lapar," kata ibu lulusan Universitas dr. Soetomo itu.';
    assert.equal(describedSexAfter(a, a.indexOf(' kata')), 'f');
    const b = '"Kami lapar," kata pria pemilik Toko Hasan S. Lubis itu.';
    assert.equal(describedSexAfter(b, b.indexOf(' kata')), 'm');
    const c = '"Kami lapar," kata ibu Rina. Anak itu menangis.';
    assert.equal(describedSexAfter(c, c.indexOf(' kata')), undefined);
  });

  it('introducedWith looks back past "dr." and on past "H." for the words the person was introduced with', () => {
    const a = 'Perawat RSUP dr. Kariadi, Ratna Sari, memeriksa pasien itu.';
    assert.equal(introducedWith(a, person(a, 'Ratna Sari'), 0, ['rsup']), true);
    const b = 'Ratna Sari, perawat RSUD H. Damanhuri Barabai, memeriksa pasien itu.';
    assert.equal(introducedWith(b, person(b, 'Ratna Sari'), 0, ['barabai']), true);
    // a real end before or after the name bounds the introduction
    const c = 'Pasien itu dirujuk ke RSUP. Ratna Sari memeriksanya.';
    assert.equal(introducedWith(c, person(c, 'Ratna Sari'), 0, ['rsup']), false);
    const d = 'Ratna Sari memeriksanya. Pasien itu dirujuk ke Barabai.';
    assert.equal(introducedWith(d, person(d, 'Ratna Sari'), 0, ['barabai']), false);
  });

  it('namedAsObject reads "Bagi X S. Y," as a fronted topic, and "Untuk X." as no topic', () => {
    const a = 'Bagi Ratna S. Dewi, jalur itu sepi.';
    assert.equal(namedAsObject(a, 0, a.indexOf('Ratna')), false);
    // (the comma after "itu" is within reach, past the sentence's end)
    const b = 'Untuk Rudi Gunawan. Begitu bunyi tulisan pada karangan bunga itu, kata dia.';
    assert.equal(namedAsObject(b, 0, b.indexOf('Rudi')), true);
  });
});
