import assert from 'node:assert/strict';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { sha256Hex, sha256HexInSlices, utf8WithSha256InSlices } from '../../../src/core/text/sha256';

/** A clock that moves 1 ms a reading, a budget of 1 ms: a pause after every chunk. */
function counted(): { slices: TimeSlices; pauses: () => number } {
  let t = 0;
  let pauses = 0;
  return { slices: new TimeSlices(async () => void pauses++, 1, () => t++, 1), pauses: () => pauses };
}

describe('UTF-8 and SHA-256 in slices (issue 19: the export writes a 100 MB file)', () => {
  // Emoji (surrogate pairs) and lone surrogates where small chunks cut, CR LF, Indonesian text.
  const text = 'Warga 😀 menolak rencana itu.\r\n\ud83dx lone \udc00 — “kutipan” 🇮🇩 akhir 😀';

  for (const chunk of [1, 2, 3, 5, 7, 64, 1 << 16]) {
    it(`gives TextEncoder's bytes and their hash in chunks of ${chunk}`, async () => {
      const { slices, pauses } = counted();
      const whole = new TextEncoder().encode(text);
      const got = await utf8WithSha256InSlices(text, slices, chunk);
      assert.deepEqual(got.bytes, whole);
      assert.equal(got.hash, sha256Hex(whole));
      if (chunk < text.length) assert.ok(pauses() >= Math.floor(text.length / chunk) - 1, `${pauses()} pauses`);
    });
  }

  it('hashes bytes in chunks as in one go', async () => {
    const bytes = new TextEncoder().encode(text.repeat(300));
    for (const chunk of [1, 100, 4096, 1 << 18]) {
      const { slices } = counted();
      assert.equal(await sha256HexInSlices(bytes, slices, chunk), sha256Hex(bytes), `chunk ${chunk}`);
    }
    assert.equal(await sha256HexInSlices(new Uint8Array(0), counted().slices), sha256Hex(new Uint8Array(0)));
  });
});
