// speakers44: "…," kata Kepala Negara. after "Presiden X …": the head of state is the
// president introduced (title-subject.ts, SAME_OFFICE); the description found nobody with
// that title, so the quote had no speaker. Own sentences.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';
import { longFormOf } from '../../../src/core/recognize/title-subject';

describe('an office described instead of titled ("Kepala Negara")', () => {
  it('gives "kata Kepala Negara" to the president introduced before', () => {
    const t = 'Presiden Bambang Wiratmo meresmikan bendungan itu pada Senin. Dalam sambutannya, Bambang meminta petani memakai air secara hemat.\n\n' +
      '"Air ini untuk rakyat. Jangan ada yang memonopoli," kata Kepala Negara.';
    assert.deepEqual(speakers(t), ['Bambang Wiratmo']);
  });

  it('gives nobody when no president was introduced', () => {
    const t = 'Menteri Pertanian Rudi Santosa meninjau bendungan itu pada Senin.\n\n"Air ini untuk rakyat," kata Kepala Negara.';
    assert.deepEqual(speakers(t), [null]);
  });

  it('writes "kepala negara" out as "presiden", and short titles by their first word as before', () => {
    assert.equal(longFormOf('kepala negara'), 'presiden');
    assert.equal(longFormOf('kapolres bogor'), 'kepala kepolisian resor bogor');
    assert.equal(longFormOf('kepala dinas'), undefined);
  });
});
