// Single-file exports in memory are held as chunks and encoded and hashed chunk by chunk
// (issue 19: no step joins or encodes a 100 MB string). The bytes written and the
// manifest's SHA-256 must be those of the text written as one string.
import assert from 'node:assert/strict';
import { exportAs } from '../../../src/core/export';
import { ChunkedExportFile } from '../../../src/core/export/chunked-file';
import { EXPORT_MANIFEST, writeExportFiles, type FileToWrite } from '../../../src/core/export/write-files';
import { inOneGo, TimeSlices } from '../../../src/core/incremental/time-slices';
import { sha256Hex, utf8WithSha256InSlices } from '../../../src/core/text/sha256';
import type { CoreFileSystem, FileStat } from '../../../src/core/fs/types';
import { MemoryFileSystem } from '../annotations/memory-fs';

/** A memory file system with the destination folder /out in it. */
function destination(files: MemoryFileSystem): CoreFileSystem {
  return {
    readFile: (p) => files.readFile(p),
    writeFile: (p, data) => files.writeFile(p, data),
    rename: (from, to, options) => files.rename(from, to, options),
    delete: (p) => files.delete(p),
    readDirectory: (p) => files.readDirectory(p),
    stat: async (p): Promise<FileStat | undefined> => (p === '/out' ? { kind: 'directory', size: 0, mtime: 0 } : files.stat(p)),
  };
}

/** A clock that moves 1 ms a reading, a budget of 1 ms: a pause after every step. */
const pausing = () => {
  let t = 0;
  return new TimeSlices(async () => undefined, 1, () => t++, 1);
};

// Emoji (surrogate pairs), a flag, a lone high and a lone low surrogate, CR LF.
const LINES = ['{"text":"Warga 😀 menolak"}', '😀😀', '\ud83d', '\udc00 sisa', 'baris “kutipan”\r', '🇮🇩', '', 'akhir 😀'];

describe('chunked export files (issue 19)', () => {
  it('encodes pieces cut inside surrogate pairs as TextEncoder encodes their join', async () => {
    const text = LINES.join('\n');
    // Every cut of the text into two pieces, and pieces of one unit each (a pair split
    // across pieces), with empty pieces in between.
    const cuts = [...Array.from({ length: text.length + 1 }, (_, i) => [text.slice(0, i), text.slice(i)]), [...text].flatMap((c) => [...c.split(''), ''])];
    for (const pieces of cuts) {
      for (const chunk of [1, 2, 7, 1 << 16]) {
        const whole = new TextEncoder().encode(pieces.join(''));
        const got = await utf8WithSha256InSlices(pieces, pausing(), chunk);
        assert.deepEqual(got.bytes, whole, JSON.stringify(pieces));
        assert.equal(got.hash, sha256Hex(whole));
      }
    }
  });

  for (const [name, slices] of [['in slices', pausing], ['in one go', inOneGo]] as const) {
    it(`writes a chunked file's bytes and manifest hash as the joined string's (${name})`, async () => {
      const chunked = new ChunkedExportFile('a.jsonl', ['😀x\ud83d', '\ude00\n', '', 'akhir\n'], 0);
      const asString: FileToWrite = { path: 'b.jsonl', contents: chunked.contents, annotations: 0 };
      const empty = exportAs('jsonl', { articles: [] }).files[0] as FileToWrite;
      assert.deepEqual(empty.chunks, [], 'an empty export has no chunk');
      const fs = new MemoryFileSystem();
      const outcome = await writeExportFiles(destination(fs), '/out', [chunked, asString, { ...empty, path: 'c.jsonl' }], { isInput: () => false, slices: slices() });
      assert.equal(outcome.written.length, 3);
      const expected = new TextEncoder().encode('😀x😀\nakhir\n');
      assert.deepEqual(fs.files.get('/out/a.jsonl'), expected);
      assert.deepEqual(fs.files.get('/out/b.jsonl'), expected);
      assert.deepEqual(fs.files.get('/out/c.jsonl'), new Uint8Array(0));
      const manifest = JSON.parse(new TextDecoder().decode(fs.files.get(`/out/${EXPORT_MANIFEST}`))) as { files: Record<string, string> };
      assert.deepEqual(manifest.files, { 'a.jsonl': sha256Hex(expected), 'b.jsonl': sha256Hex(expected), 'c.jsonl': sha256Hex(new Uint8Array(0)) });
    });
  }

  it('JSONL, CSV and doccano files are chunked, and their contents is the chunks joined', () => {
    const text = 'Warga 😀 menolak rencana itu.\n';
    const input = { articles: [{ path: 'a.txt', text, annotations: [] }] };
    for (const format of ['jsonl', 'csv', 'doccano'] as const) {
      const file = exportAs(format, input).files[0]!;
      assert.ok(file.chunks, format);
      assert.equal(file.chunks.join(''), file.contents, format);
    }
  });
});
