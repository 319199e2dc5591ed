import assert from 'node:assert/strict';
import type { ActorCorrection, Correction, ReportedCorrection } from '../../../src/core/annotations/corrections';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { makeTarget } from '../../../src/core/annotations/target';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Sidecar } from '../../../src/core/annotations/types';
import { curate } from '../../../src/core/curation/apply';
import { summarizeCurated } from '../../../src/core/curation/article-layer';
import { decide } from '../../../src/core/curation/decide';
import { reviewProgress, reviewQueue } from '../../../src/core/curation/review';
import { cursorContext, itemAt, speakerItemAt } from '../../../src/extension/curation/item-at';
import { CorpusIndex } from '../../../src/core/incremental/corpus-index';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests (not from any real article).
const TEXT =
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli. ' +
  '"Sudah dua minggu begini," kata Siti. ' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.';

const STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';

function rejectSecondSiti(): ActorCorrection {
  const start = TEXT.lastIndexOf('Siti,');
  const stamp = '2026-12-02T00:00:01.000Z';
  return { id: 'C0000000000000000000000001', layer: 'actor', decision: 'reject', target: makeTarget(TEXT, start, start + 4), annotator: 'ani', created: stamp, modified: stamp };
}

describe('curated layer: reported statements', () => {
  it('carries the machine statements with their speaker, cue and provenance', () => {
    const curated = curate(analyze(TEXT), []);
    assert.deepEqual(
      curated.reported.map((r) => [r.text, r.speaker, r.cue, r.provenance]),
      [[STATEMENT, 'Siti Rahayu', 'menurut', 'machine']],
    );
  });

  it('a statement whose speaker mention is rejected loses its speaker, like a quote', () => {
    const curated = curate(analyze(TEXT), [rejectSecondSiti()]);
    const r = curated.reported.find((s) => s.text === STATEMENT);
    assert.ok(r, 'the statement is still there');
    assert.equal(r.speaker, null);
    assert.equal(r.provenance, 'followed');
    assert.equal(r.speakerMention, undefined);
  });

  it('the corpus index counts quotes and statements per speaker and lists statements by speaker', () => {
    const index = new CorpusIndex();
    index.put('a.txt', summarizeCurated(curate(analyze(TEXT), []), 'h'));
    const total = index.total('Siti Rahayu');
    assert.ok(total);
    assert.equal(total.quotes, 1);
    assert.equal(total.reported, 1);
    assert.deepEqual(index.statementsBy('Siti Rahayu').map((s) => [s.articleId, s.statement.cue, s.statement.snippet]), [['a.txt', 'menurut', 'harga cabai naik dua kali lipat sejak pekan…']]);
    index.remove('a.txt');
    assert.equal(index.total('Siti Rahayu'), undefined, 'removing the article takes its statements out of the totals');
  });
});

const STAMP = (n: number) => `2026-12-02T00:00:0${n}.000Z`;

function statementCorrection(n: number, surface: string, decision: ReportedCorrection['decision'], values: Partial<ReportedCorrection> = {}): ReportedCorrection {
  const start = TEXT.indexOf(surface);
  assert.ok(start >= 0, surface);
  return { id: `0${String(n).padStart(25, '0')}`, layer: 'reported', decision, target: makeTarget(TEXT, start, start + surface.length), annotator: 'ani', created: STAMP(n), modified: STAMP(n), ...values };
}

describe('curated layer: corrections of reported statements', () => {
  it('accept, reject and set work on statements like on quotes, with their outcomes', () => {
    const machine = analyze(TEXT);
    const accepted = curate(machine, [statementCorrection(1, STATEMENT, 'accept', { speaker: 'Siti Rahayu' })]);
    assert.deepEqual(accepted.reported.map((r) => [r.provenance, r.by, r.cue, r.speakerMention !== undefined]), [['accepted', 'ani', 'menurut', true]]);
    assert.equal(accepted.outcomes.get(`0${'1'.padStart(25, '0')}`), 'applied');

    const rejected = curate(machine, [statementCorrection(2, STATEMENT, 'reject')]);
    assert.deepEqual(rejected.reported, []);
    assert.deepEqual(rejected.rejected.reported?.map((r) => r.text), [STATEMENT]);

    const speaker = curate(machine, [statementCorrection(3, STATEMENT, 'set', { speaker: null })]);
    assert.deepEqual(speaker.reported.map((r) => [r.speaker, r.provenance, r.attribution]), [[null, 'corrected', 'none']]);

    const added = curate(machine, [statementCorrection(4, 'mengeluh sepi pembeli', 'set', { speaker: 'Siti Rahayu' })]);
    const mine = added.reported.find((r) => r.text === 'mengeluh sepi pembeli');
    assert.ok(mine);
    assert.deepEqual([mine.provenance, mine.cue], ['added', 'researcher']);
    assert.ok(mine.speakerMention, 'the speaker is tied to the nearest mention of that actor');
  });

  it('a quote correction on the same words does not touch the statement (layers are apart)', () => {
    const c = { ...statementCorrection(5, STATEMENT, 'reject'), layer: 'quote' } as Correction;
    assert.equal(curate(analyze(TEXT), [c]).reported.length, 1);
  });

  it('review mode lists statements; deciding them counts', () => {
    const machine = analyze(TEXT);
    const queue = reviewQueue(curate(machine, []));
    assert.ok(queue.some((i) => i.layer === 'reported' && i.value === 'Siti Rahayu'));
    const before = reviewProgress(queue).decided;
    const after = reviewProgress(reviewQueue(curate(machine, [statementCorrection(6, STATEMENT, 'accept', { speaker: 'Siti Rahayu' })]))).decided;
    assert.equal(after, before + 1);
  });

  it('the cursor in a statement\'s words means the statement; a command about quotes finds none there', () => {
    const curated = curate(analyze(TEXT), []);
    const inside = TEXT.indexOf('cabai');
    assert.equal(itemAt(curated, inside)?.layer, 'reported');
    assert.equal(itemAt(curated, inside, 'quote'), undefined);
    assert.equal(itemAt(curated, inside, 'reported')?.item.text, STATEMENT);
  });

  it('"set the speaker" at the cursor means the quote there, else the reported statement (one key for both)', () => {
    const curated = curate(analyze(TEXT), []);
    assert.equal(speakerItemAt(curated, TEXT.indexOf('cabai'))?.item.text, STATEMENT);
    assert.equal(speakerItemAt(curated, TEXT.indexOf('cabai'))?.layer, 'reported');
    assert.equal(speakerItemAt(curated, TEXT.indexOf('dua minggu'))?.layer, 'quote');
    assert.equal(speakerItemAt(curated, TEXT.indexOf('Pasar')), undefined, 'neither: nothing to set');
  });

  it('the context menu\'s keys: actor items on a mention only, Set Speaker on a quote or statement only', () => {
    const curated = curate(analyze(TEXT), []);
    assert.deepEqual(cursorContext(curated, TEXT.indexOf('Rahayu')), { atActor: true, atSpeakerItem: false });
    assert.deepEqual(cursorContext(curated, TEXT.indexOf('cabai')), { atActor: false, atSpeakerItem: true });
    assert.deepEqual(cursorContext(curated, TEXT.indexOf('mengeluh')), { atActor: false, atSpeakerItem: false }, 'a plain word');
    assert.deepEqual(cursorContext(undefined, 0), { atActor: false, atSpeakerItem: false }, 'not an article');
  });

  it('decide() writes a statement correction with speaker and speakerId, reject without values', () => {
    const set = decide({ text: TEXT, start: TEXT.indexOf(STATEMENT), end: TEXT.indexOf(STATEMENT) + STATEMENT.length, annotator: 'ani', decision: 'set', values: { layer: 'reported', speaker: 'Siti Rahayu', speakerId: 'siti-rahayu' }, now: 0 }, []);
    assert.deepEqual([set.correction.layer, (set.correction as ReportedCorrection).speaker, (set.correction as ReportedCorrection).speakerId], ['reported', 'Siti Rahayu', 'siti-rahayu']);
    const reject = decide({ text: TEXT, start: 0, end: 8, annotator: 'ani', decision: 'reject', values: { layer: 'reported' }, now: 0 }, [set.correction]);
    assert.equal('speaker' in reject.correction, false);
    assert.deepEqual(reject.replaces, [], 'a statement decision replaces only the same layer, overlapping');
  });
});

describe('statement corrections in the sidecar file', () => {
  const sidecar = (corrections: Correction[]): Sidecar => ({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'pasar.txt', textHash: articleTextHash(TEXT), annotations: [], corrections });

  it('round-trip through the file, fields in the quote order', () => {
    const c = statementCorrection(7, STATEMENT, 'set', { speaker: 'Siti Rahayu', speakerId: 'siti-rahayu' });
    const text = serializeSidecar(sidecar([c]));
    const parsed = parseSidecarText(text);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
    assert.deepEqual(parsed.sidecar.corrections, [c]);
    assert.equal(serializeSidecar(parsed.sidecar), text);
  });

  const invalid: Array<[string, (c: Record<string, unknown>) => void, RegExp]> = [
    ['a quote form on a statement', (c) => (c.form = 'direct'), /corrections\/0/],
    ['a set without a speaker', (c) => delete c.speaker, /speaker/],
    ['an actor field on a statement', (c) => (c.canonical = 'X'), /corrections\/0/],
  ];
  for (const [what, spoil, where] of invalid) {
    it(`refuses ${what}, naming the place`, () => {
      const json = JSON.parse(serializeSidecar(sidecar([statementCorrection(8, STATEMENT, 'set', { speaker: 'Siti Rahayu' })])));
      spoil(json.corrections[0]);
      const parsed = parseSidecarText(JSON.stringify(json, null, 2));
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.match(`${parsed.error.pointer} ${parsed.error.message}`, where);
    });
  }
});
