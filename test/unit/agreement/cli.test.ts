// `sorot agreement` on sidecars written to a temporary folder: suggestions are left out,
// pairs without a shared article are not printed, differing fields show both values, and
// the messages use real plural forms.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import type { AgreementReport } from '../../../src/core/agreement';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation } from '../../../src/core/annotations/types';
import { ARTICLE, claim, source, stance } from '../export/fixtures';
import { runCaptured } from '../export/cli-run';

const run = (args: string[]) => runCaptured(() => agreementCommand.run(args));

describe('sorot agreement (CLI): what is compared and how differences read', function () {
  this.timeout(60000);
  let root: string;

  const write = (article: string, annotator: string, annotations: Annotation[]) =>
    fsp.writeFile(
      join(root, `${article}.${annotator}.sorot.json`),
      serializeSidecar({ schemaVersion: 3, article: `${article}.txt`, annotator, annotations }),
    );

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-agreement-'));
    await fsp.writeFile(join(root, 'beras.txt'), ARTICLE);
    await fsp.writeFile(join(root, 'sawit.txt'), ARTICLE);
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  async function twoArticles(): Promise<void> {
    await write('beras', 'ani', [
      stance(ARTICLE, 'menolak rencana itu', 'against', 'ani'),
      { ...source(ARTICLE, 'ANTARA', 'news agency', 'ani'), status: 'rejected' },
      source(ARTICLE, 'Sri Mulyani', 'official', 'ani'),
    ]);
    await write('beras', 'budi', [stance(ARTICLE, 'menolak rencana itu', 'favor', 'budi'), claim(ARTICLE, 'Pemerintah belum menjawab', 'budi')]);
    // cici annotated another article alone; dedi only has a pending suggestion.
    await write('sawit', 'cici', [claim(ARTICLE, 'subsidi akan ditambah', 'cici')]);
    await write('sawit', 'dedi', [source(ARTICLE, 'ANTARA', 'media', 'dedi')]);
  }

  it('prints the pair that shares an article, without suggestions, with both values of each difference', async () => {
    await twoArticles();
    const r = await run([root]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^ani\s+budi\s+all\s+1\s+2\s+1\s+0\.500\s+1\.000\s+0\.667$/m);
    assert.doesNotMatch(r.out, /^(ani|budi)\s+(cici|dedi)\b/m);
    assert.doesNotMatch(r.out, /cici|dedi/);
    assert.match(r.out, /^Per article \(articles with two or more annotators: 1 of 2\)$/m);
    assert.match(r.out, /^Disagreements \(2\)$/m);
    assert.match(r.out, /polarity: against \(ani\) ≠ favor \(budi\)/);
    assert.match(r.out, /not marked by ani/);
  });

  it('gives both values in the JSON report', async () => {
    await twoArticles();
    const r = await run(['--json', root]);
    const report = JSON.parse(r.out) as AgreementReport;
    assert.deepEqual(report.pairs, [['ani', 'budi']]);
    assert.deepEqual(report.annotators, ['ani', 'budi', 'cici']);
    const polarity = report.disagreements.find((d) => d.aspects.includes('polarity'))!;
    assert.deepEqual(polarity.differences, [{ field: 'polarity', a: 'against', b: 'favor' }]);
  });

  it('says when there is one annotator, or when no two annotators share an article', async () => {
    await write('beras', 'ani', [stance(ARTICLE, 'menolak rencana itu', 'against', 'ani')]);
    const one = await run([root]);
    assert.match(one.err, /^sorot agreement: found 1 annotator; agreement needs at least two$/m);
    await write('sawit', 'budi', [stance(ARTICLE, 'menolak rencana itu', 'against', 'budi')]);
    const apart = await run([root]);
    assert.match(apart.err, /^sorot agreement: no two annotators annotated the same article \(2 annotators, 2 articles\)$/m);
    assert.match(apart.out, /^Disagreements \(0\)$/m);
  });
});
