// The curated layer leaves Sorot through the CLI: `sorot analyze --curated` and every
// export of recognized actors and quotes carry the corrections stored in the annotation
// files (issue 12), with their provenance; CoNLL training data holds none of the
// machine's mistakes the researcher fixed.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { exportCommand } from '../../../src/cli/commands/export';
import { validateCommand } from '../../../src/cli/commands/validate';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';
import { decide } from '../../../src/core/curation/decide';
import { analyze } from '../../../src/core/recognize/analyze';
import { runCaptured } from '../export/cli-run';

// Written for this test.
const TEXT =
  'Banjir Rendam Ratusan Rumah di Sleman\n\n' +
  'SLEMAN, Sorotan.id - Bupati Sleman, Hendra Wijaya, meninjau lokasi banjir pada Senin.\n\n' +
  '"Warga yang rumahnya terendam boleh mengungsi ke balai desa," kata Hendra.\n';

const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

describe('sorot analyze --curated and export of the curated layer', function () {
  this.timeout(60_000);
  let root: string;
  const article = () => join(root, 'banjir.txt');

  before(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-curated-'));
    await fsp.writeFile(article(), TEXT);
    const machine = analyze(TEXT);
    const mention = (surface: string) => machine.actors.find((m) => m.text === surface);
    // The premises: what the recognizer says about this text.
    const senin = mention('Senin');
    const hendra = mention('Hendra Wijaya');
    assert.ok(hendra, 'the recognizer finds Hendra Wijaya');
    assert.equal(machine.quotes.length, 1);
    const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
    const corrections = [
      decide({ text: TEXT, ...at('Hendra Wijaya'), annotator: 'ani', decision: 'set', values: { layer: 'actor', type: 'PER', canonical: 'Hendra Wijaya Kusuma' }, now: 1 }, []).correction,
      decide({ text: TEXT, ...at('balai desa'), annotator: 'ani', decision: 'set', values: { layer: 'actor', type: 'ORG', canonical: 'Balai Desa Sleman' }, now: 2 }, []).correction,
      decide({ text: TEXT, ...at(machine.quotes[0].text), annotator: 'ani', decision: 'set', values: { layer: 'quote', speaker: 'Hendra Wijaya Kusuma' }, now: 3 }, []).correction,
      ...(senin ? [decide({ text: TEXT, ...at('Senin'), annotator: 'ani', decision: 'reject', values: { layer: 'actor' }, now: 4 }, []).correction] : []),
    ];
    await fsp.writeFile(join(root, 'banjir.ani.sorot.json'), serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'banjir.txt', annotator: 'ani', textHash: articleTextHash(TEXT), annotations: [], corrections }));
  });

  after(() => fsp.rm(root, { recursive: true, force: true }));

  it('analyze --curated prints the corrected layer with provenance; without it, the machine\'s', async () => {
    const plain = JSON.parse((await run(analyzeCommand, [article()])).out) as { actors: { text: string; canonical: string }[] };
    assert.equal(plain.actors.find((m) => m.text === 'Hendra Wijaya')?.canonical, 'Hendra Wijaya');
    const r = await run(analyzeCommand, [article(), '--curated']);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as { actors: { text: string; canonical: string; provenance: string; by?: string }[]; quotes: { speaker: string; provenance: string }[]; rejected: { actors: { text: string }[] } };
    const hendra = out.actors.find((m) => m.text === 'Hendra Wijaya');
    assert.deepEqual([hendra?.canonical, hendra?.provenance, hendra?.by], ['Hendra Wijaya Kusuma', 'corrected', 'ani']);
    assert.equal(out.actors.find((m) => m.text === 'balai desa')?.provenance, 'added');
    assert.equal(out.quotes[0].speaker, 'Hendra Wijaya Kusuma');
    assert.ok(out.actors.every((m) => m.text !== 'Senin'), 'a rejected mention is gone');
    assert.ok(out.actors.filter((m) => m.provenance === 'machine').length > 0, 'untouched mentions stay the machine\'s');
    assert.ok(Array.isArray((out as { reported?: unknown }).reported), 'reported statements are part of the curated layer too');
  });

  it('JSONL and CoNLL exports of recognized actors carry the corrections', async () => {
    const jsonlDir = join(root, 'out-jsonl');
    const j = await run(exportCommand, ['--format', 'jsonl', '--recognized', '--out', jsonlDir, article()]);
    assert.equal(j.code, 0, j.err);
    const files = await fsp.readdir(jsonlDir);
    const jsonl = await fsp.readFile(join(jsonlDir, files.find((f) => f.endsWith('.jsonl'))!), 'utf8');
    const records = jsonl.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const hendra = records.find((r) => r.kind === 'actor' && r.exact === 'Hendra Wijaya');
    assert.deepEqual([hendra?.canonical, hendra?.provenance, hendra?.by], ['Hendra Wijaya Kusuma', 'corrected', 'ani']);
    assert.ok(records.some((r) => r.kind === 'actor' && r.exact === 'balai desa' && r.provenance === 'added'));
    assert.ok(!records.some((r) => r.kind === 'actor' && r.exact === 'Senin'));

    const conllDir = join(root, 'out-conll');
    const c = await run(exportCommand, ['--format', 'conll', '--out', conllDir, article()]);
    assert.equal(c.code, 0, c.err);
    const conllFile = (await fsp.readdir(conllDir)).find((f) => f.endsWith('.conll'))!;
    const conll = await fsp.readFile(join(conllDir, conllFile), 'utf8');
    const tag = (token: string) => conll.split('\n').find((l) => l.startsWith(`${token} `))?.split(' ').pop();
    assert.equal(tag('balai'), 'B-ORG', 'the added mention is training data');
    assert.equal(tag('desa'), 'I-ORG');
    assert.equal(tag('Senin'), 'O', 'the rejected mention is not');
  });

  it('validate reports a correction whose words changed as needing review, like an annotation', async () => {
    const dir = join(root, 'validate');
    await fsp.mkdir(dir);
    await fsp.writeFile(join(dir, 'banjir.txt'), TEXT);
    const sidecar = await fsp.readFile(join(root, 'banjir.ani.sorot.json'), 'utf8');
    await fsp.writeFile(join(dir, 'banjir.ani.sorot.json'), sidecar);
    const clean = await run(validateCommand, [dir]);
    assert.equal(clean.code, 0, clean.out + clean.err);
    // The name the correction is about is rewritten outside Sorot.
    await fsp.writeFile(join(dir, 'banjir.txt'), TEXT.replace('Hendra Wijaya,', 'Hendro Wijoyo,'));
    const changed = await run(validateCommand, [dir]);
    assert.notEqual(changed.code, 0);
    assert.match(changed.out, /needs-review\s+\S+ actor correction \[\d+, \d+\) "Hendra Wijaya"/);
  });

  it('validate notes a correction the recognizer now agrees with as redundant, and keeps the file valid', async () => {
    const dir = join(root, 'redundant');
    await fsp.mkdir(dir);
    await fsp.writeFile(join(dir, 'banjir.txt'), TEXT);
    const machine = analyze(TEXT);
    const hendra = machine.actors.find((m) => m.text === 'Hendra Wijaya')!;
    const quote = machine.quotes[0];
    const at = (surface: string, from = 0) => ({ start: TEXT.indexOf(surface, from), end: TEXT.indexOf(surface, from) + surface.length });
    // What a re-analysis that learned the researcher's answers looks like: a speaker set
    // to the one the recognizer finds anyway, a reject of words it does not mark; and two
    // corrections of overlapping spans, of which the later decides.
    const corrections = [
      decide({ text: TEXT, start: quote.start, end: quote.end, annotator: 'ani', decision: 'set', values: { layer: 'quote', speaker: quote.speaker! }, now: 1 }, []).correction,
      decide({ text: TEXT, ...at('balai desa'), annotator: 'ani', decision: 'reject', values: { layer: 'actor' }, now: 2 }, []).correction,
      decide({ text: TEXT, start: hendra.start, end: hendra.end, annotator: 'ani', decision: 'set', values: { layer: 'actor', type: 'PER', canonical: 'Hendra Wijaya Kusuma' }, now: 3 }, []).correction,
      decide({ text: TEXT, ...at('Wijaya', hendra.start), annotator: 'ani', decision: 'reject', values: { layer: 'actor' }, now: 4 }, []).correction,
    ];
    await fsp.writeFile(join(dir, 'banjir.ani.sorot.json'), serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'banjir.txt', annotator: 'ani', textHash: articleTextHash(TEXT), annotations: [], corrections }));
    const r = await run(validateCommand, [dir]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /redundant\s+\S+ quote correction .*: the recognizer now says the same/);
    assert.match(r.out, /redundant\s+\S+ actor correction \[\d+, \d+\) "balai desa": the recognizer now says the same/);
    assert.match(r.out, /superseded\s+\S+ actor correction \[\d+, \d+\) "Hendra Wijaya": a later correction of an overlapping span decides instead/);
    assert.match(r.out, /unmatched\s+\S+ actor correction \[\d+, \d+\) "Wijaya": the recognizer marks other words here now/);
    const json = JSON.parse((await run(validateCommand, ['--json', dir])).out) as { curation?: { outcome: string }[] }[];
    assert.deepEqual(json[0].curation?.map((n) => n.outcome).sort(), ['redundant', 'redundant', 'superseded', 'unmatched']);
  });
});
