import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { curate } from '../../../src/core/curation/apply';
import { exportAs } from '../../../src/core/export';
import { importBrat } from '../../../src/core/export/brat-import';
import { importForeignSpans } from '../../../src/core/export/foreign';
import { ArticleMatcher } from '../../../src/core/export/match-article';
import { readWebannoTsvFile } from '../../../src/core/export/webanno-tsv-import';
import { importJsonl } from '../../../src/core/export/jsonl-import';
import type { ExportInput } from '../../../src/core/export/types';
import { analyze } from '../../../src/core/recognize/analyze';

// Written for these tests (not from any real article).
const TEXT =
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli.\n\n' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.\n';
const STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';

function input(withStatements = true): ExportInput {
  const c = curate(analyze(TEXT), []);
  assert.ok(c.reported.some((r) => r.text === STATEMENT), 'the recognizer finds the statement');
  return { articles: [{ path: 'pasar.txt', text: TEXT, annotations: [], actors: c.actors, quotes: c.quotes, ...(withStatements ? { reported: c.reported } : {}) }] };
}

describe('export: reported statements next to quotes', () => {
  it('JSONL: a "reported" line with speaker, its mention, cue, attribution and provenance; import skips it', () => {
    const contents = exportAs('jsonl', input()).files[0]!.contents;
    const lines = contents.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const r = lines.find((l) => l.kind === 'reported');
    assert.ok(r, contents);
    assert.deepEqual([r.exact, r.speaker, r.cue, r.attribution, r.provenance], [STATEMENT, 'Siti Rahayu', 'menurut', 'explicit', 'machine']);
    assert.equal(TEXT.slice(r.speakerStart as number, r.speakerEnd as number), 'Siti');
    const back = importJsonl(contents);
    assert.deepEqual(back.errors, []);
    // Counted under its reason in the import's "skipped K (why)" line, not refused.
    assert.ok([...back.skipped].some(([why, n]) => why.startsWith('recognized') && n >= 2), 'recognized lines are skipped on import, not refused');
  });

  it('CSV: a row of kind "reported" with speaker, cue, attribution and provenance', () => {
    const rows = parse(exportAs('csv', input()).files[0]!.contents, { columns: true, bom: true }) as Array<Record<string, string>>;
    const r = rows.find((x) => x.kind === 'reported');
    assert.ok(r);
    assert.deepEqual([r.exact, r.speaker, r.cue, r.attribution, r.provenance], [STATEMENT, 'Siti Rahayu', 'menurut', 'explicit', 'machine']);
    assert.ok(rows.filter((x) => x.kind !== 'reported').every((x) => x.attribution === ''), 'other rows leave the column empty');
  });

  it('W3C: an identifying annotation classified "reported", with its speaker and the speaker mention', () => {
    const file = exportAs('w3c', input()).files.find((f) => f.path.endsWith('.json') || f.path.endsWith('.jsonld'))!;
    const text = file.contents;
    const json = JSON.parse(text) as unknown;
    const all: Array<Record<string, unknown>> = [];
    (function walk(x: unknown): void {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (o.type === 'Annotation') all.push(o);
        Object.values(o).forEach(walk);
      }
    })(json);
    const r = all.find((a) => String(a.id).includes('#reported-'));
    assert.ok(r, text.slice(0, 400));
    const body = r.body as Array<Record<string, unknown>>;
    assert.deepEqual(body.map((b) => [b.purpose, b.value]), [['classifying', 'reported'], ['identifying', 'Siti Rahayu'], ['describing', 'menurut'], ['describing', 'explicit']]);
    assert.equal(r['sorot:recognized'], true);
    assert.equal(r['sorot:provenance'], 'machine');
    assert.match(String(r['sorot:speakerMention']), /#actor-\d+-\d+$/);
  });

  it('brat: a "Reported" span with a Speaker relation to the speaker\'s mention; the conf allows it', () => {
    const files = exportAs('brat', input()).files;
    const ann = files.find((f) => f.path.endsWith('pasar.ann'))!.contents;
    const conf = files.find((f) => f.path.endsWith('annotation.conf'))!.contents;
    const reported = ann.split('\n').find((l) => /^T\d+\tReported /.test(l));
    assert.ok(reported, ann);
    assert.ok(reported.endsWith(`\t${STATEMENT}`));
    const id = reported.split('\t')[0]!;
    const relation = ann.split('\n').find((l) => l.includes(`Speaker Arg1:${id} `));
    assert.ok(relation, ann);
    const speakerId = relation.split('Arg2:')[1]!;
    assert.ok(ann.split('\n').some((l) => l.startsWith(`${speakerId}\tPER `) && l.endsWith('\tSiti')), ann);
    assert.ok(conf.includes('Speaker\tArg1:Quote|Reported, Arg2:PER|ORG|GPE'));
    assert.ok(/^Reported$/m.test(conf));
  });

  it('brat: read back through the label map as a reported statement, its Speaker relation naming the speaker', () => {
    for (const native of [false, true]) {
      const files = exportAs('brat', input(), {}, { bratNative: native }).files;
      const ann = files.find((f) => f.path.endsWith('pasar.ann'))!.contents;
      const map = new Map([['Reported', { to: 'reported' } as const], ['Quote', { to: 'quote' } as const], ['PER', { to: 'mention', type: 'PER' } as const]]);
      const back = importBrat(ann, TEXT, 'pasar.txt', TEXT, { labelMap: map, newId: () => '01J00000000000000000000000', now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'imported' });
      assert.deepEqual(back.errors, []);
      const c = back.corrections.get('pasar.txt')?.find((x) => x.layer === 'reported');
      assert.ok(c && c.layer === 'reported', `native ${native}`);
      assert.deepEqual([c.target.exact, c.speaker], [STATEMENT, 'Siti Rahayu'], `native ${native}`);
      assert.ok(![...back.skipped.keys()].some((why) => why.startsWith('brat relations')), `native ${native}: the Speaker relation is read, not skipped`);
    }
  });

  it('WebAnno TSV: read back through the label map as a reported statement, its SorotSpeaker relation naming the speaker', () => {
    const tsv = exportAs('webanno-tsv', input()).files.find((f) => f.path.endsWith('.tsv'))!.contents;
    const read = readWebannoTsvFile(tsv, 'pasar.tsv', new ArticleMatcher(new Map([['pasar.txt', TEXT]])));
    importForeignSpans(read.spans, new Map([['reported', { to: 'reported' } as const]]), { newId: () => '01J00000000000000000000000', now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'imported' }, read.result);
    assert.deepEqual(read.result.errors, []);
    const c = read.result.corrections.get('pasar.txt')?.find((x) => x.layer === 'reported');
    assert.ok(c && c.layer === 'reported', JSON.stringify([...read.result.skipped]));
    assert.deepEqual([c.target.exact, c.speaker], [STATEMENT, 'Siti Rahayu']);
  });

  it('CoNLL is unaffected by statements', () => {
    const conll = (i: ExportInput) => exportAs('conll', i).files.map((f) => f.contents).join('\n');
    assert.equal(conll(input(true)), conll(input(false)));
  });

  it('the includeReported filter leaves them out', () => {
    const contents = exportAs('jsonl', input(), { includeReported: false }).files[0]!.contents;
    assert.ok(!contents.includes('"kind":"reported"'));
  });
});
