// The curated analysis of an article read from its annotation file (core/curation/
// article-layer.ts): what the corpus index, the Actors view and the Articles view count
// for articles that are not open. Before it, the index counted the recognizer's own
// findings and a rejected mention still counted.
import assert from 'node:assert/strict';
import type { Correction } from '../../../src/core/annotations/corrections';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Sidecar } from '../../../src/core/annotations/types';
import { curate } from '../../../src/core/curation/apply';
import { articleOfOwnCorrections, correctionsKey, ownCorrectionsPath, readOwnCorrections, summarizeCurated } from '../../../src/core/curation/article-layer';
import { decide } from '../../../src/core/curation/decide';
import { reviewQueue } from '../../../src/core/curation/review';
import { analyze } from '../../../src/core/recognize/analyze';
import { MemoryFileSystem } from '../annotations/memory-fs';

// Written for these tests (not from any real article).
const TEXT =
  'Bupati Klaten Sri Mulyani meninjau pasar pada Selasa. ' +
  '"Harga beras mulai turun," kata Sri Mulyani. ' +
  'Ketua DPRD Klaten Hamenang Wajar Ismoyo meminta pengawasan diperketat.';
const ARTICLE = '/korpus/klaten.txt';

function write(fs: MemoryFileSystem, path: string, text: string, corrections: Correction[]): void {
  const sidecar: Sidecar = { schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'klaten.txt', textHash: articleTextHash(text), annotations: [], corrections };
  fs.files.set(path, new TextEncoder().encode(serializeSidecar(sidecar)));
}

/** A reject of the first machine mention of `surface`, as the editor's command records it. */
function rejectMention(text: string, surface: string, annotator = 'ani', now = Date.UTC(2026, 11, 2)): Correction {
  const m = analyze(text).actors.find((a) => a.text === surface);
  assert.ok(m, `the recognizer finds "${surface}"`);
  return decide({ text, start: m.start, end: m.end, annotator, decision: 'reject', values: { layer: 'actor' }, now }, []).correction;
}

function countOf(summary: ReturnType<typeof summarizeCurated>, canonical: string): number {
  return summary.actors.find((a) => a.canonical === canonical)?.count ?? 0;
}

describe('the curated layer of an article that is not open', () => {
  it('a rejected mention no longer counts for its actor', async () => {
    const machine = analyze(TEXT);
    const target = machine.actors.find((a) => a.text === 'Sri Mulyani')!;
    const fs = new MemoryFileSystem();
    write(fs, '/korpus/klaten.sorot.json', TEXT, [rejectMention(TEXT, 'Sri Mulyani')]);
    const own = await readOwnCorrections(fs, ARTICLE, TEXT);
    assert.equal(own.problem, undefined);
    assert.equal(own.corrections.length, 1);
    const before = summarizeCurated(curate(machine, []), 'h');
    const after = summarizeCurated(curate(machine, own.corrections), 'h');
    assert.equal(countOf(after, target.canonical), countOf(before, target.canonical) - 1);
    assert.equal(after.mentionCount, before.mentionCount - 1);
  });

  it('reads the annotator\'s own file when per-annotator files are on, and never a colleague\'s', async () => {
    const fs = new MemoryFileSystem();
    write(fs, '/korpus/klaten.budi.sorot.json', TEXT, [rejectMention(TEXT, 'Sri Mulyani', 'budi')]);
    assert.equal(ownCorrectionsPath(ARTICLE, 'ani'), '/korpus/klaten.ani.sorot.json');
    assert.deepEqual((await readOwnCorrections(fs, ARTICLE, TEXT, 'ani')).corrections, []);
    assert.deepEqual((await readOwnCorrections(fs, ARTICLE, TEXT)).corrections, [], 'the shared file is not budi\'s');
    assert.equal((await readOwnCorrections(fs, ARTICLE, TEXT, 'budi')).corrections.length, 1);
  });

  it('places the corrections on the text as it is now (edited outside since they were written)', async () => {
    const fs = new MemoryFileSystem();
    // "DPRD Klaten" is one organisation since the KB knows Klaten (the regions gazetteer).
    const reject = rejectMention(TEXT, 'DPRD Klaten');
    write(fs, '/korpus/klaten.sorot.json', TEXT, [reject]);
    const edited = 'KLATEN - ' + TEXT;
    const own = await readOwnCorrections(fs, ARTICLE, edited);
    assert.equal(own.corrections[0]!.target.start, reject.target.start + 'KLATEN - '.length);
    assert.ok(!own.corrections[0]!.needsReview);
    const curated = curate(analyze(edited), own.corrections);
    assert.ok(!curated.actors.some((a) => a.text === 'DPRD Klaten'), 'the reject still applies on the moved words');
  });

  it('an invalid file is a problem naming it, and the machine layer stands', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set('/korpus/klaten.sorot.json', new TextEncoder().encode('{ not json'));
    const own = await readOwnCorrections(fs, ARTICLE, TEXT);
    assert.deepEqual(own.corrections, []);
    assert.match(own.problem ?? '', /klaten\.sorot\.json/);
  });

  it('finds the article whose own corrections an annotation file holds (a changed file re-counts it)', () => {
    const articles = new Set(['/korpus/klaten.txt', '/korpus/catatan.md']);
    const known = (p: string) => articles.has(p);
    assert.equal(articleOfOwnCorrections('/korpus/klaten.sorot.json', undefined, known), '/korpus/klaten.txt');
    assert.equal(articleOfOwnCorrections('/korpus/catatan.md.sorot.json', undefined, known), '/korpus/catatan.md');
    assert.equal(articleOfOwnCorrections('/korpus/klaten.ani.sorot.json', 'ani', known), '/korpus/klaten.txt');
    assert.equal(articleOfOwnCorrections('/korpus/klaten.budi.sorot.json', 'ani', known), undefined, 'a colleague\'s file');
    assert.equal(articleOfOwnCorrections('/korpus/klaten.ani.sorot.json', undefined, known), undefined, 'per-annotator files off: the shared file counts');
    assert.equal(articleOfOwnCorrections('/korpus/lain.sorot.json', undefined, known), undefined, 'no such article');
  });

  it('the key of a list of corrections changes with every change that curates differently', () => {
    const a = rejectMention(TEXT, 'Sri Mulyani');
    assert.equal(correctionsKey([]), '');
    assert.equal(correctionsKey([a]), correctionsKey([{ ...a }]));
    assert.notEqual(correctionsKey([a]), correctionsKey([{ ...a, modified: '2026-12-03T00:00:00.000Z' }]));
    assert.notEqual(correctionsKey([a]), correctionsKey([{ ...a, needsReview: true }]));
    assert.notEqual(correctionsKey([a]), correctionsKey([{ ...a, target: { ...a.target, start: a.target.start + 1 } }]));
  });
});

describe('an article\'s review progress in the corpus index ("reviewed")', () => {
  /** Every item of review mode's list decided: accepted as it is, or rejected. */
  function decideAll(text: string): Correction[] {
    const out: Correction[] = [];
    const queue = reviewQueue(curate(analyze(text), []));
    queue.forEach((item, i) => {
      const values = item.layer === 'actor'
        ? (() => {
          const m = analyze(text).actors.find((a) => a.start === item.start && a.end === item.end)!;
          return { layer: 'actor' as const, type: m.type, canonical: m.canonical };
        })()
        : { layer: item.layer === 'reported' ? ('reported' as const) : ('quote' as const), speaker: item.value };
      out.push(decide({ text, start: item.start, end: item.end, annotator: 'ani', decision: i === 0 ? 'reject' : 'accept', values, now: Date.UTC(2026, 11, 2) + i }, []).correction);
    });
    return out;
  }

  it('counts decided items of all, and all of them once every item is decided', () => {
    const machine = analyze(TEXT);
    const none = summarizeCurated(curate(machine, []), 'h').review!;
    assert.ok(none.total >= 4, `items to review (${none.total})`);
    assert.equal(none.decided, 0);
    const all = summarizeCurated(curate(machine, decideAll(TEXT)), 'h').review!;
    assert.deepEqual([all.decided, all.total], [none.total, none.total], 'a rejected item stays in the list, decided');
  });

  it('drops back when a new analysis finds an item nobody decided', () => {
    const corrections = decideAll(TEXT);
    const added = TEXT + ' Wakil Bupati Benny Indra Ardhianto hadir.';
    // The corrections follow the unchanged words; the new name is the machine's, undecided.
    const review = summarizeCurated(curate(analyze(added), corrections), 'h').review!;
    assert.ok(review.decided < review.total, `not reviewed any more: ${review.decided} of ${review.total}`);
  });
});
