// An organisation's name does not run on over "dan" into a title (actors/extents.ts), with
// the built-in KB: a sentence written for this test on the format of dev d202 (a talk show
// introducing two guests by title, body and name). Failed before the change: one
// organisation from "Balai" to "Sumatera Utara", and neither guest.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('a title after "dan" inside an organisation\'s run', () => {
  it('ends the organisation and starts the next person\'s title', () => {
    const text = 'Pembawa acara menghadirkan Kepala Balai Wilayah Sungai Kalimantan III Yusak Pardede dan Direktur Eksekutif ' +
      'Walhi Kalimantan Timur Sari Wulandari.\n\nYusak menegaskan normalisasi sungai dimulai bulan depan.';
    const found = actors(text);
    assert.ok(found.includes('Yusak Pardede/PER'), found.join(', '));
    assert.ok(found.includes('Sari Wulandari/PER'), found.join(', '));
    assert.ok(!found.some((a) => a.includes(' dan Direktur')), found.join(', '));
  });
});
