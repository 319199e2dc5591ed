// "Bupati Pati Sudewo meninjau …": a regency or city the KB names only with its prefix,
// right after a regent's or a mayor's title, is the region, and the one word after it is
// the title holder (issue 13: the unknown-name rule read the region and cleared the title's
// cue, so a holder named by one word was lost). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { linkedActors as actors } from '../helpers';
import { paragraphActors } from '../../../../src/core/recognize/paragraph-actors';
import { defaultKbIndex } from '../../../../src/core/recognize/default-kb';

const steps = (p: string) => {
  const out: string[] = [];
  paragraphActors(p, defaultKbIndex(), (rule, s, e) => out.push(`${rule}: ${p.slice(s, e)}`));
  return out;
};

describe('actor rule region-after-title', () => {
  it('reads the bare regency after a regent\'s title, and a one-word name after it as the regent', () => {
    assert.deepEqual(steps('Bupati Pati Sudewo meninjau tanggul itu.').slice(0, 2), ['title: Bupati', 'region-after-title: Pati']);
    assert.deepEqual(actors('Bupati Pati Sudewo meninjau tanggul itu.'), ['Pati/GPE/Kabupaten Pati', 'Sudewo/PER/Sudewo']);
    assert.deepEqual(actors('Wakil Bupati Lembata Thomas meninjau lokasi longsor.'), ['Lembata/GPE/Kabupaten Lembata', 'Thomas/PER/Thomas']);
  });

  it('reads the bare city after a mayor\'s title, and a one-word name after it as the mayor', () => {
    assert.deepEqual(actors('Wali Kota Tegal Dedy membuka pasar malam itu.'), ['Tegal/GPE/Tegal', 'Dedy/PER/Dedy']);
  });

  it('keeps what the regency rule read before: full names, a comma, a lower-case title', () => {
    assert.deepEqual(actors('Bupati Lembata Yohanes Bala Wutun meninjau lokasi.'), ['Lembata/GPE/Kabupaten Lembata', 'Yohanes Bala Wutun/PER/Yohanes Bala Wutun']);
    assert.deepEqual(actors('Bupati Pati, Sudewo, meninjau tanggul itu.'), ['Pati/GPE/Kabupaten Pati', 'Sudewo/PER/Sudewo']);
    assert.deepEqual(actors('Bupati Pati meninjau tanggul itu.'), ['Pati/GPE/Kabupaten Pati']);
  });

  it('leaves a word that is no such region to the rules after it', () => {
    assert.equal(steps('Bupati Sudewo meninjau tanggul itu.').some((s) => s.startsWith('region-after-title')), false);
    assert.equal(steps('Kepala Pati Sudewo hadir.').some((s) => s.startsWith('region-after-title')), false);
  });
});
