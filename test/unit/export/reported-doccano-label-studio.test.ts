// Reported statements in the doccano and Label Studio exports (issue 14, "every export
// format"): a `reported` label like `quote`, a speaker relation from each quote and
// statement to the mention naming its speaker, offsets in code points (an emoji before
// them), and an import that reads them back through the label map.
import assert from 'node:assert/strict';
import type { Correction } from '../../../src/core/annotations/corrections';
import { curate } from '../../../src/core/curation/apply';
import { exportAs } from '../../../src/core/export';
import { readDoccano } from '../../../src/core/export/doccano';
import { importForeignSpans } from '../../../src/core/export/foreign';
import { parseImportMap, proposeImportMap } from '../../../src/core/export/import-map';
import { readLabelStudio } from '../../../src/core/export/label-studio';
import { ArticleMatcher } from '../../../src/core/export/match-article';
import type { ExportInput } from '../../../src/core/export/types';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests (not from any real article); an emoji first, so code points
// and UTF-16 units differ before every span.
const TEXT =
  '🌶️ Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli.\n\n' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.\n' +
  '"Pembeli tinggal separuh," kata Siti.\n';
const STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';
const PATH = 'pasar.txt';

function input(): ExportInput {
  const c = curate(analyze(TEXT), []);
  assert.ok(c.reported.some((r) => r.text === STATEMENT && r.speaker === 'Siti Rahayu'), 'the recognizer finds the statement and its speaker');
  assert.ok(c.quotes.some((q) => q.speaker === 'Siti Rahayu'), 'and the quote');
  return { articles: [{ path: PATH, text: TEXT, annotations: [], actors: c.actors, quotes: c.quotes, reported: c.reported }] };
}

/** What Python's `text[start:end]` gives (offsets in code points). */
const pySlice = (start: number, end: number) => [...TEXT].slice(start, end).join('');
const cp = (utf16: number) => [...TEXT.slice(0, utf16)].length;

const MAP = parseImportMap(JSON.stringify({ labels: { PER: 'PER', ORG: 'ORG', GPE: 'GPE', quote: 'quote', reported: 'reported' } }), 'map');

function readBack(format: 'doccano' | 'labelstudio', contents: string) {
  assert.ok('map' in MAP, JSON.stringify(MAP));
  const matcher = new ArticleMatcher(new Map([[PATH, TEXT]]));
  const read = format === 'doccano' ? readDoccano(contents, 'x', matcher) : readLabelStudio(contents, 'x', matcher);
  importForeignSpans(read.spans, MAP.map, { newId: () => '01J00000000000000000000000', now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'imported' }, read.result);
  return read.result;
}

function statementCorrection(corrections: readonly Correction[] | undefined): Correction | undefined {
  return corrections?.find((c) => c.layer === 'reported');
}

type DoccanoRecord = {
  text: string;
  label: Array<[number, number, string]>;
  entities: Array<{ id: number; start_offset: number; end_offset: number; label: string }>;
  relations: Array<{ id: number; from_id: number; to_id: number; type: string }>;
} & Record<string, unknown>;

describe('reported statements in doccano and Label Studio (issue 14)', () => {
  it('the label map takes "reported", and proposes it for a "reported" label', () => {
    assert.ok('map' in MAP);
    assert.deepEqual(MAP.map.get('reported'), { to: 'reported' });
    assert.equal(proposeImportMap(['reported', 'Reported speech'])['reported'], 'reported');
  });

  it('doccano: a "reported" label and an entity with a speaker relation, in code points', () => {
    const record = JSON.parse(exportAs('doccano', input()).files[0]!.contents) as DoccanoRecord;
    const label = record.label.find((l) => l[2] === 'reported');
    assert.ok(label, JSON.stringify(record.label));
    assert.equal(pySlice(label[0], label[1]), STATEMENT);
    assert.equal(label[0], cp(TEXT.indexOf(STATEMENT)));
    // The relation form holds the same spans, and relations doccano's importer reads.
    assert.deepEqual(record.entities.map((e) => [e.start_offset, e.end_offset, e.label]), record.label);
    const statement = record.entities.find((e) => e.label === 'reported')!;
    const toSpeaker = record.relations.find((r) => r.from_id === statement.id)!;
    assert.equal(toSpeaker.type, 'speaker');
    const speaker = record.entities.find((e) => e.id === toSpeaker.to_id)!;
    assert.deepEqual([pySlice(speaker.start_offset, speaker.end_offset), speaker.label], ['Siti', 'PER']);
    const quote = record.entities.find((e) => e.label === 'quote')!;
    assert.ok(record.relations.some((r) => r.from_id === quote.id && r.type === 'speaker'), 'quotes get their speaker relation too');
  });

  it('doccano: read back as a reported statement with its speaker, also after doccano exports it', () => {
    const contents = exportAs('doccano', input()).files[0]!.contents;
    const direct = readBack('doccano', contents);
    assert.deepEqual(direct.errors, []);
    const c = statementCorrection(direct.corrections.get(PATH));
    assert.ok(c && c.layer === 'reported', JSON.stringify([...direct.corrections]));
    assert.deepEqual([c.decision, c.target.exact, c.speaker], ['set', STATEMENT, 'Siti Rahayu']);
    const quote = direct.corrections.get(PATH)!.find((x) => x.layer === 'quote');
    assert.equal(quote?.layer === 'quote' && quote.speaker, 'Siti Rahayu');

    // doccano's relation export: its own entity ids, our other keys kept as metadata
    // (the stale "label" among them), and the statement moved one word to the right.
    const record = JSON.parse(contents) as DoccanoRecord;
    const ids = new Map(record.entities.map((e, k) => [e.id, 500 + k]));
    const moved = cp(TEXT.indexOf('cabai naik'));
    const relationExport = {
      ...record,
      id: 7,
      entities: record.entities.map((e) => ({ ...e, id: ids.get(e.id)!, ...(e.label === 'reported' ? { start_offset: moved } : {}) })),
      relations: record.relations.map((r, k) => ({ id: 900 + k, from_id: ids.get(r.from_id)!, to_id: ids.get(r.to_id)!, type: r.type })),
    };
    const fromRelations = readBack('doccano', JSON.stringify(relationExport));
    assert.deepEqual(fromRelations.errors, []);
    const m = statementCorrection(fromRelations.corrections.get(PATH));
    assert.ok(m && m.layer === 'reported');
    assert.deepEqual([m.target.exact, m.speaker], [STATEMENT.slice('harga '.length), 'Siti Rahayu']);

    // doccano's sequence-labelling export sorts "label"; the stale relation form stays as metadata.
    const sorted = { ...record, label: [...record.label].sort((a, b) => a[0] - b[0] || a[1] - b[1]) };
    const fromLabels = readBack('doccano', JSON.stringify(sorted));
    const s = statementCorrection(fromLabels.corrections.get(PATH));
    assert.ok(s && s.layer === 'reported');
    assert.deepEqual([s.target.exact, s.speaker], [STATEMENT, 'Siti Rahayu']);
  });

  it('Label Studio: a "reported" prediction and relation results from_id -> to_id, in code points', () => {
    type Result = { id?: string; type: string; value?: { start: number; end: number; text: string; labels: string[] }; from_id?: string; to_id?: string; direction?: string; labels?: string[] };
    const [task] = JSON.parse(exportAs('labelstudio', input()).files[0]!.contents) as Array<{ predictions: Array<{ result: Result[] }> }>;
    const results = task!.predictions[0]!.result;
    const statement = results.find((r) => r.value?.labels[0] === 'reported');
    assert.ok(statement?.value, JSON.stringify(results));
    assert.equal(pySlice(statement.value.start, statement.value.end), STATEMENT);
    assert.equal(statement.value.text, STATEMENT);
    const relation = results.find((r) => r.type === 'relation' && r.from_id === statement.id);
    assert.ok(relation, 'a relation from the statement');
    assert.deepEqual([relation.direction, relation.labels], ['right', ['speaker']]);
    const speaker = results.find((r) => r.id === relation.to_id)!;
    assert.deepEqual([speaker.value!.text, speaker.value!.labels], ['Siti', ['PER']]);
  });

  it('Label Studio: read back as a reported statement with its speaker; a relation drawn the other way round too', () => {
    const contents = exportAs('labelstudio', input()).files[0]!.contents;
    const back = readBack('labelstudio', contents);
    assert.deepEqual(back.errors, []);
    const c = statementCorrection(back.corrections.get(PATH));
    assert.ok(c && c.layer === 'reported');
    assert.deepEqual([c.decision, c.target.exact, c.speaker], ['set', STATEMENT, 'Siti Rahayu']);
    assert.ok(![...back.skipped.keys()].some((why) => /relation/i.test(why)), JSON.stringify([...back.skipped]));

    const tasks = JSON.parse(contents) as Array<{ predictions: Array<{ result: Array<Record<string, unknown>> }> }>;
    for (const r of tasks[0]!.predictions[0]!.result) if (r.type === 'relation') Object.assign(r, { from_id: r.to_id, to_id: r.from_id, direction: 'left' });
    const left = statementCorrection(readBack('labelstudio', JSON.stringify(tasks)).corrections.get(PATH));
    assert.equal(left?.layer === 'reported' && left.speaker, 'Siti Rahayu');
  });
});
