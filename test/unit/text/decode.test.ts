import * as assert from 'node:assert/strict';
import { decodeText, encodeUtf8, firstInvalidUtf8Byte } from '../../../src/core/text/decode';
import { DECODE_CASES, REFUSAL_WORDS } from './decode-cases';

describe('decodeText (the one decoder)', () => {
  for (const c of DECODE_CASES) {
    it(c.name, () => {
      const r = decodeText(c.bytes);
      if ('text' in c.expect) {
        assert.deepEqual(r, { ok: true, ...c.expect });
      } else {
        assert.ok(!r.ok, `refused: ${JSON.stringify(r)}`);
        assert.equal(r.reason, c.expect.reason);
        assert.equal(r.byteOffset, c.expect.byteOffset);
        assert.match(r.message, REFUSAL_WORDS[c.expect.reason]);
        assert.ok(r.message.includes(`byte offset ${c.expect.byteOffset}`) || c.expect.reason === 'utf16-bom', r.message);
      }
    });
  }

  it('says how to fix each refusal', () => {
    const hints = DECODE_CASES.flatMap((c) => {
      const r = decodeText(c.bytes);
      return r.ok ? [] : [[c.file, r.message]];
    });
    for (const [file, message] of hints) assert.match(message, /save it as UTF-8|expected UTF-8 text/, file);
    const m = (file: string) => hints.find(([f]) => f === file)![1];
    assert.match(m('latin1'), /byte 0xE9 at byte offset 3, perhaps Latin-1 or Windows-1252/);
    assert.match(m('utf16-nobom'), /looks like UTF-16 without a byte order mark/);
    assert.match(m('png'), /expected UTF-8 text/);
    assert.match(m('utf16le'), /byte order mark FF FE/);
  });

  it('round-trips every valid case through encodeUtf8 (BOM aside)', () => {
    for (const c of DECODE_CASES) {
      const r = decodeText(c.bytes);
      if (!r.ok) continue;
      const again = encodeUtf8(r.text);
      assert.deepEqual(Array.from(again), Array.from(r.hadBom ? c.bytes.subarray(3) : c.bytes), c.name);
    }
  });

  it('firstInvalidUtf8Byte agrees with the strict TextDecoder on every 1- to 3-byte input', function () {
    this.timeout(60_000);
    // Exhaustive over the lead bytes that matter, with continuation bytes around the
    // edges of each valid range: the validator must accept exactly what the decoder accepts.
    const strict = new TextDecoder('utf-8', { fatal: true });
    const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    const inputs: number[][] = [];
    for (let a = 0; a < 256; a++) {
      inputs.push([a]);
      for (const b of edges) {
        inputs.push([a, b]);
        for (const c of edges) inputs.push([a, b, c]);
      }
    }
    for (const input of inputs) {
      const b = new Uint8Array(input);
      let valid = true;
      try {
        strict.decode(b);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8Byte(b) === b.length, valid, `bytes ${input.map((x) => x.toString(16)).join(' ')}`);
    }
  });
});
