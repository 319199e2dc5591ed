// A list of places after a preposition of place inside a clause ("… terjadi di Suva, Lautoka
// dan Nadi sejak pagi"): the unknown members after a known place are places too, though the
// list does not end the clause. Fresh-batch kind (issue 13, actors53b): foreign towns listed
// after a known one typed as persons or missed (d422's Fiji towns, d397's South African ports).
// People listed after a town ("Tiga pemuda dari Medan, Rudi dan Andi ditangkap") and a fronted
// place before the clause's subjects ("Di Medan, Rudi dan Andi hadir") stay no places. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { typedActors as typed } from './helpers';

describe('a list of places inside a clause (actors53b)', () => {
  it('the unknown members after a known place are places', () => {
    const got = typed('Pemadaman listrik terjadi di Suva, Lautoka dan Nadi sejak pagi.');
    assert.ok(got.includes('Lautoka/GPE'), got.join(' '));
    assert.ok(got.includes('Nadi/GPE'), got.join(' '));
  });
  it('a list of three unknown towns after a known capital', () => {
    const got = typed('Kantor cabang di Nairobi, Kalonga dan Mbeya tetap buka selama libur.');
    assert.ok(got.includes('Kalonga/GPE') && got.includes('Mbeya/GPE'), got.join(' '));
  });
  it('(guard) people listed after a town stay no places', () => {
    for (const text of ['Tiga pemuda dari Medan, Rudi dan Andi ditangkap polisi.', 'Rapat digelar di Medan, Rudi dan Andi hadir lebih awal.']) {
      const got = typed(text);
      assert.ok(!got.includes('Rudi/GPE') && !got.includes('Andi/GPE'), got.join(' '));
    }
  });
  it('(guard) a fronted place before the subjects is no list', () => {
    const got = typed('Di Medan, Rudi dan Andi hadir lebih awal.');
    assert.ok(!got.includes('Rudi/GPE') && !got.includes('Andi/GPE'), got.join(' '));
  });
});
