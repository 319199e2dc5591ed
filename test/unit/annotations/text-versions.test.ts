// Issue 18 points 1 and 3 in the core: a sidecar names the text its offsets count in;
// placing trusts offsets written for the text at hand and finds the others again; the
// store merges versions written for two texts on one; an unsaved buffer's annotations
// are written on the file's text and come back to their exact places.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createAnnotation } from '../../../src/core/annotations/create';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { placeSidecar } from '../../../src/core/annotations/place';
import { applyEditsToAnnotations } from '../../../src/core/annotations/reanchor-live';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { emptySidecar, SidecarStore } from '../../../src/core/annotations/store';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type Sidecar } from '../../../src/core/annotations/types';
import { toBufferText, toFileText } from '../../../src/core/annotations/unsaved-text';
import { fakeUlid } from './arbitraries';
import { MemoryFileSystem } from './memory-fs';

const TEXT = 'Judul berita\n\nMenlu mengatakan Indonesia mendukung perdamaian di kawasan.\n\nDPR meminta pemerintah menambah subsidi pupuk tahun depan.\n\nPenutup.';
let seq = 500;
function claim(text: string, exact: string, note?: string): Annotation {
  const start = text.indexOf(exact);
  const a = createAnnotation({ text, start, end: start + exact.length, annotator: 'ana', now: 1_700_000_000_000, id: fakeUlid(seq++), fields: { kind: 'claim', claim: { claimant: 'x' } } });
  return note === undefined ? a : { ...a, note };
}
const slices = (text: string, list: readonly Annotation[]) => list.every((a) => a.needsReview || text.slice(a.target.start, a.target.end) === a.target.exact);

describe('text versions: textHash, placing, merging across texts, unsaved buffers', () => {
  it('hashes the text as SHA-256 of its UTF-8, which any tool can check', () => {
    const text = 'Jakarta — 😀 berita\r\n';
    assert.equal(articleTextHash(text), 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('reads a version 1 file as the current version without textHash, and writes the current version', () => {
    const v1 = serializeSidecar({ schemaVersion: 3, article: 'a.txt', annotations: [claim(TEXT, 'subsidi pupuk')] }).replace('"schemaVersion": 3', '"schemaVersion": 1');
    const parsed = parseSidecarText(v1);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.schemaVersion, SIDECAR_SCHEMA_VERSION);
    assert.equal(parsed.sidecar.textHash, undefined);
    assert.match(serializeSidecar({ ...parsed.sidecar, textHash: articleTextHash(TEXT) }), /^\{\n {2}"schemaVersion": 3,\n {2}"article": "a.txt",\n {2}"textHash": "sha256:[0-9a-f]{64}",\n/);
  });

  it('trusts offsets written for this text, and finds again those written for another', () => {
    const a = claim(TEXT, 'mendukung perdamaian');
    const same = placeSidecar({ schemaVersion: 3, article: 'a.txt', textHash: articleTextHash(TEXT), annotations: [a] }, TEXT);
    assert.equal(same.stale, false);
    assert.equal(same.results[0].state, 'exact');
    const changed = 'Baris baru.\n' + TEXT;
    const moved = placeSidecar({ schemaVersion: 3, article: 'a.txt', textHash: articleTextHash(TEXT), annotations: [a] }, changed);
    assert.equal(moved.stale, true);
    assert.equal(moved.results[0].state, 'reanchored');
    assert.equal(moved.sidecar.textHash, articleTextHash(changed));
    assert.ok(slices(changed, moved.sidecar.annotations));
  });

  it('merges a file written for the old text with changes made on the new one: no stale offsets, no false conflict', async () => {
    const fs = new MemoryFileSystem();
    const store = new SidecarStore(fs);
    const path = '/d/a.sorot.json';
    const x = claim(TEXT, 'mendukung perdamaian');
    const y = claim(TEXT, 'subsidi pupuk');
    await store.save(path, { ...emptySidecar('a.txt'), annotations: [x, y] }, TEXT);
    const loaded = await store.load(path);
    assert.ok(loaded.status === 'loaded');
    // The article gained a line; mine is placed on the new text and my note is edited...
    const changed = 'Baris baru.\n' + TEXT;
    const mine: Sidecar = placeSidecar(loaded.sidecar, changed).sidecar;
    mine.annotations = mine.annotations.map((a) => (a.id === x.id ? { ...a, note: 'saya' } : a));
    // ...while a colleague, still on the old text, edited the other note.
    const theirs = { ...loaded.sidecar, annotations: loaded.sidecar.annotations.map((a) => (a.id === y.id ? { ...a, note: 'rekan' } : a)) };
    await fs.writeFile(path, new TextEncoder().encode(serializeSidecar(theirs)));
    const saved = await store.save(path, mine, changed);
    assert.ok(saved.status === 'saved' && saved.merged);
    assert.deepEqual(saved.conflicts, []);
    assert.equal(saved.sidecar.textHash, articleTextHash(changed));
    assert.deepEqual(saved.sidecar.annotations.map((a) => a.note).sort(), ['rekan', 'saya']);
    assert.ok(slices(changed, saved.sidecar.annotations), 'every offset counts in the new text');
  });

  it('writes an unsaved buffer\'s annotations on the file\'s text and brings them back to their exact places', () => {
    const fileText = TEXT;
    const onFile = [claim(fileText, 'mendukung perdamaian'), claim(fileText, 'subsidi pupuk')];
    // Unsaved edits: a line above everything, and a new annotation on text only the buffer has.
    const insert = 'Pembaruan. ';
    const buffer = fileText.slice(0, 14) + insert + fileText.slice(14);
    const shown = [...applyEditsToAnnotations(onFile, [{ offset: 14, length: 0, text: insert }], buffer), claim(buffer, 'Pembaruan')];
    const written = toFileText(shown, fileText);
    assert.ok(slices(fileText, written), 'written offsets count in the file');
    assert.equal(written.find((a) => a.target.exact === 'Pembaruan')?.needsReview, true, 'text only the buffer has is written flagged');
    // A colleague's note arrives on one of them; the others are unchanged.
    const fromDisk = written.map((a) => (a.target.exact === 'subsidi pupuk' ? { ...a, note: 'rekan' } : a));
    const back = toBufferText(fromDisk, shown, written, buffer);
    assert.deepEqual(back.map((a) => [a.target.start, a.target.end, a.needsReview ?? false]), shown.map((a) => [a.target.start, a.target.end, false]));
    assert.equal(back.find((a) => a.target.exact === 'subsidi pupuk')?.note, 'rekan');
  });
});
