import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule named-place', () => {
  it('keeps Kabupaten/Kota/Provinsi inside the place name', () => {
    assert.deepEqual(steps('Banjir melanda Kabupaten Konawe Utara.').slice(1), ['named-place: Kabupaten Konawe Utara']);
    assert.deepEqual(mentions('Banjir melanda Kabupaten Konawe Utara.'), ['Kabupaten Konawe Utara/GPE']);
  });
});
