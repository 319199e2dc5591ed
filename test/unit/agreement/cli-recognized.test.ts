// `sorot agreement` also compares the annotators' curated actors and quote speakers
// (issue 12): two annotators' sidecars with corrections in a temporary folder, the real
// recognizer, and the figures worked out by hand below.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import type { AgreementReport } from '../../../src/core/agreement';
import type { Correction } from '../../../src/core/annotations/corrections';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';
import { decide, type DecisionValues } from '../../../src/core/curation/decide';
import { analyze } from '../../../src/core/recognize/analyze';
import { runCaptured } from '../export/cli-run';

// Written for this test.
const TEXT =
  'Harga Cabai Naik di Bandung\n\n' +
  'BANDUNG, Kabarkita.id - Kepala Dinas Pertanian Kota Bandung, Rudi Hartanto, mengatakan harga cabai naik sejak Senin.\n\n' +
  '"Pasokan dari petani berkurang karena hujan," kata Rudi.\n\n' +
  'Pedagang Pasar Kosambi, Lina Marlina, mengeluh pembeli sepi. "Kami rugi setiap hari," ujarnya.\n';
const QUOTE_RUDI = '"Pasokan dari petani berkurang karena hujan,"';
const QUOTE_LINA = '"Kami rugi setiap hari,"';
const STATEMENT = 'harga cabai naik sejak Senin';

const run = (args: string[]) => runCaptured(() => agreementCommand.run(args));

function at(surface: string): { start: number; end: number } {
  const start = TEXT.indexOf(surface);
  assert.ok(start >= 0, `"${surface}" is in the test text`);
  return { start, end: start + surface.length };
}

let clock = 0;
function correction(annotator: string, surface: string, decision: 'accept' | 'reject' | 'set', values: DecisionValues | { layer: 'actor' | 'quote' | 'reported' }): Correction {
  return decide({ text: TEXT, ...at(surface), annotator, decision, values, now: Date.UTC(2026, 11, 2) + ++clock }, []).correction;
}

describe('sorot agreement (CLI): the curated recognized layer', function () {
  this.timeout(60000);
  let root: string;

  const write = (article: string, annotator: string, corrections: Correction[]) =>
    fsp.writeFile(
      join(root, `${article}.${annotator}.sorot.json`),
      serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: `${article}.txt`, annotator, textHash: articleTextHash(TEXT), annotations: [], corrections }),
    );

  before(() => {
    // The premises: what the recognizer finds in this text (7 mentions, 2 quotes).
    const machine = analyze(TEXT);
    assert.deepEqual(
      machine.actors.map((m) => `${m.text}/${m.type}`),
      ['Bandung/GPE', 'BANDUNG/GPE', 'Kabarkita.id/ORG', 'Dinas Pertanian Kota Bandung/ORG', 'Rudi Hartanto/PER', 'Rudi/PER', 'Lina Marlina/PER'],
    );
    assert.deepEqual(machine.quotes.map((q) => [q.text, q.speaker]), [[QUOTE_RUDI, 'Rudi Hartanto'], [QUOTE_LINA, 'Lina Marlina']]);
    assert.deepEqual(machine.reported?.map((s) => [s.text, s.speaker]), [[STATEMENT, 'Rudi Hartanto']]);
  });

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-agreement-recognized-'));
    await fsp.writeFile(join(root, 'cabai.txt'), TEXT);
    await fsp.writeFile(join(root, 'pasar.txt'), TEXT);
    // cabai: both reviewed it.
    await write('cabai', 'ani', [
      correction('ani', 'BANDUNG', 'reject', { layer: 'actor' }), // a dateline, not an actor
      correction('ani', 'Pasar Kosambi', 'set', { layer: 'actor', type: 'ORG', canonical: 'Pasar Kosambi' }), // missed
      correction('ani', QUOTE_RUDI, 'accept', { layer: 'quote', speaker: 'Rudi Hartanto' }),
    ]);
    await write('cabai', 'budi', [
      correction('budi', 'Bandung', 'set', { layer: 'actor', type: 'ORG', canonical: 'Bandung' }), // retyped
      correction('budi', 'Dinas Pertanian Kota Bandung', 'set', { layer: 'actor', type: 'ORG', canonical: 'Distan Kota Bandung' }), // relinked
      correction('budi', QUOTE_LINA, 'set', { layer: 'quote', speaker: 'Rudi Hartanto' }), // another speaker
    ]);
    // pasar: budi has a file but decided nothing on the recognized layer.
    await write('pasar', 'ani', [correction('ani', 'BANDUNG', 'reject', { layer: 'actor' })]);
    await write('pasar', 'budi', []);
    // kopi: annotated by both, curated by neither: counted as skipped, not listed.
    await fsp.writeFile(join(root, 'kopi.txt'), TEXT);
    await write('kopi', 'ani', []);
    await write('kopi', 'budi', []);
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('prints the actor-layer and speaker figures of the pair, on the article both reviewed', async () => {
    const r = await run([root]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Recognized layer, curated by each annotator: 1 article compared; 2 skipped because fewer than two of their annotators reviewed them \(listed: the articles someone reviewed\)$/m);
    assert.match(r.out, /pasar\.txt\s+ani\s+budi\s+no: fewer than two reviewed it$/m);
    assert.doesNotMatch(r.out, /kopi\.txt\s+—/);
    // Actors. ani: 7 − BANDUNG + Pasar Kosambi = 7; budi: 7. Same span: the 6 both have;
    // same type too: 5 ("Bandung" GPE / ORG). P = R = F1 = 5/7 = 0.714.
    // Type κ on the 6: ani GPE 1, ORG 2, PER 3; budi ORG 3, PER 3; po = 5/6,
    // pe = 2/6·3/6 + 3/6·3/6 = 15/36, κ = (30/36 − 15/36) / (21/36) = 5/7 = 0.714.
    // Same actor on the 5 matched: all but the Dinas budi relinked, 4/5 = 0.800; the
    // other 4 are the machine's in both layers.
    assert.match(r.out, /^ani\s+budi\s+1\s+7\s+7\s+6\s+5\s+0\.714\s+0\.714\s+0\.714\s+0\.714\s+4\s+0\.800\s+4$/m);
    // Speakers: 2 quotes each, both matched; Rudi's quote agrees, Lina's does not (budi
    // set Rudi Hartanto): 1/2. κ: ani RH 1, LM 1; budi RH 2; pe = 1/2·2/2 = 1/2, so
    // κ = (1/2 − 1/2) / (1 − 1/2) = 0. Neither quote is the machine's in both layers.
    assert.match(r.out, /^ani\s+budi\s+1\s+2\s+2\s+2\s+1\s+0\.500\s+0\.000\s+0$/m);
  });

  it('gives the same figures in the JSON report and as Markdown', async () => {
    const json = JSON.parse((await run(['--json', root])).out) as AgreementReport;
    const rec = json.recognized!;
    assert.deepEqual([rec.compared, rec.skipped], [1, 2]);
    assert.deepEqual(rec.articles.map((a) => [a.path, a.reviewed, a.notReviewed]), [
      [`${basename(root)}/cabai.txt`, ['ani', 'budi'], []],
      [`${basename(root)}/kopi.txt`, [], ['ani', 'budi']],
      [`${basename(root)}/pasar.txt`, ['ani'], ['budi']],
    ]);
    const actors = rec.actors[0];
    assert.deepEqual([actors.mentionsA, actors.mentionsB, actors.sameSpan, actors.matched, actors.sameActor, actors.untouched], [7, 7, 6, 5, 4, 4]);
    assert.equal(actors.f1, 5 / 7);
    assert.ok(Math.abs(actors.typeKappa! - 5 / 7) < 1e-12);
    assert.deepEqual([rec.speakers[0].matched, rec.speakers[0].sameSpeaker, rec.speakers[0].agreement, rec.speakers[0].kappa], [2, 1, 0.5, 0]);
    assert.equal(rec.mean.actorF1, 5 / 7);
    const md = (await run(['--markdown', root])).out;
    assert.match(md, /^## Recognized layer: quote speakers \(quotes matched by exact span\)$/m);
    assert.match(md, /^\| ani \| budi \| 1 \| 2 \| 2 \| 2 \| 1 \| 0\.500 \| 0\.000 \| 0 \|$/m);
  });

  it('compares the reported statements and their speakers', async () => {
    // ani accepts Rudi's statement; budi widens it to take in the verb and removes its speaker.
    await write('cabai', 'ani', [correction('ani', STATEMENT, 'accept', { layer: 'reported', speaker: 'Rudi Hartanto' })]);
    await write('cabai', 'budi', [correction('budi', `mengatakan ${STATEMENT}`, 'set', { layer: 'reported', speaker: null })]);
    const r = await run([root]);
    assert.equal(r.code, 0, r.err);
    // One statement each; 28 characters inside 39 overlap more than half: matched (P = R =
    // F1 = 1), not on the same span (exact F1 0). Speakers: Rudi Hartanto / none, 0 of 1;
    // κ: pe = 1·0 = 0, so (0 − 0) / (1 − 0) = 0. Neither is the machine's in both.
    assert.match(r.out, /^Recognized layer: reported statements \(match: overlap of at least half the longer span\) and their speakers$/m);
    assert.match(r.out, /^ani\s+budi\s+1\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000\s+0\s+0\.000\s+0\s+0\.000\s+0\.000\s+0$/m);
    const rec = (JSON.parse((await run(['--json', root])).out) as AgreementReport).recognized!;
    const row = rec.statements[0];
    assert.deepEqual([row.statementsA, row.statementsB, row.matched, row.f1, row.sameSpan, row.exactF1, row.sameSpeaker, row.speakerKappa], [1, 1, 1, 1, 0, 0, 0, 0]);
  });

  it('leaves the recognized layer out of the tables when nobody corrected it', async () => {
    await write('cabai', 'ani', []);
    await write('cabai', 'budi', []);
    await write('pasar', 'ani', []);
    const r = await run([root]);
    // Three articles annotated by both, none curated: no section at all.
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Recognized layer/);
  });
});
