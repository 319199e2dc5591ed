// `sorot export` and `sorot agreement` read the workspace KB (.sorot/actors.json) like
// the editor: an actor renamed or merged there is exported under its current name and
// id, two annotators who picked it agree, and the sidecars are left as they were.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { exportCommand } from '../../../src/cli/commands/export';
import type { AgreementReport } from '../../../src/core/agreement';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation } from '../../../src/core/annotations/types';
import { runCaptured } from '../export/cli-run';
import { ARTICLE, claim } from '../export/fixtures';

const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

const claimBy = (annotator: string, claimant: string, claimantId: string): Annotation =>
  claim(ARTICLE, 'subsidi akan ditambah', annotator, { claim: { claimant, claimantId } } as Partial<Annotation>);

describe('CLI: actors resolved with the workspace KB', function () {
  this.timeout(60000);
  let root: string;
  const corpus = () => join(root, 'korpus');
  const sidecars = () => ['beras.ani.sorot.json', 'beras.budi.sorot.json'].map((n) => join(corpus(), n));

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-kb-'));
    await fsp.mkdir(join(corpus(), '.sorot'), { recursive: true });
    await fsp.writeFile(join(corpus(), 'beras.txt'), ARTICLE);
    // ani picked a workspace entity that was later merged into the built-in one budi picked.
    await fsp.writeFile(sidecars()[0], serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator: 'ani', annotations: [claimBy('ani', 'Bu Menkeu', 'bu-menkeu')] }));
    await fsp.writeFile(sidecars()[1], serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator: 'budi', annotations: [claimBy('budi', 'Sri Mulyani', 'sri-mulyani-indrawati')] }));
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  const writeKb = (entities: unknown[]) => fsp.writeFile(join(corpus(), '.sorot', 'actors.json'), JSON.stringify({ version: 1, entities }));

  it('agreement follows a merge in .sorot/actors.json; without it the two ids disagree', async () => {
    await writeKb([{ id: 'bu-menkeu', canonical: 'Bu Menkeu', type: 'PER' }]);
    const before = await run(agreementCommand, ['--json', corpus()]);
    assert.equal(before.code, 0, before.err);
    assert.equal((JSON.parse(before.out) as AgreementReport).disagreements.length, 1);

    await writeKb([{ id: 'bu-menkeu', mergeInto: 'sri-mulyani-indrawati' }]);
    const after = await run(agreementCommand, ['--json', corpus()]);
    assert.equal(after.code, 0, after.err);
    assert.deepEqual((JSON.parse(after.out) as AgreementReport).disagreements, []);
  });

  it('export shows the current canonical and id after a rename and a merge, and leaves the sidecars as they were', async () => {
    await writeKb([{ id: 'sri-mulyani-indrawati', canonical: 'Sri Mulyani (Menteri Keuangan)' }, { id: 'bu-menkeu', mergeInto: 'sri-mulyani-indrawati' }]);
    const stored = await Promise.all(sidecars().map((f) => fsp.readFile(f, 'utf8')));
    const r = await run(exportCommand, ['--format', 'csv', '--out', join(root, 'out'), corpus()]);
    assert.equal(r.code, 0, r.err);
    const rows = parse(await fsp.readFile(join(root, 'out', 'annotations.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(rows.map((x) => [x.annotator, x.claimant, x.claimant_id]), [
      ['ani', 'Sri Mulyani (Menteri Keuangan)', 'sri-mulyani-indrawati'],
      ['budi', 'Sri Mulyani (Menteri Keuangan)', 'sri-mulyani-indrawati'],
    ]);
    assert.deepEqual(await Promise.all(sidecars().map((f) => fsp.readFile(f, 'utf8'))), stored);
  });

  it('--kb names the file; a broken KB file is named in a warning and the export still runs', async () => {
    const elsewhere = join(root, 'kb.json');
    await fsp.writeFile(elsewhere, JSON.stringify({ version: 1, entities: [{ id: 'sri-mulyani-indrawati', canonical: 'SMI' }] }));
    const named = await run(exportCommand, ['--format', 'jsonl', '--kb', elsewhere, '--out', join(root, 'a'), corpus()]);
    assert.equal(named.code, 0, named.err);
    assert.match(await fsp.readFile(join(root, 'a', 'annotations.jsonl'), 'utf8'), /"claimant":"SMI","claimantId":"sri-mulyani-indrawati"/);

    await fsp.writeFile(join(corpus(), '.sorot', 'actors.json'), '{ "version": 1, ');
    const broken = await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'b'), corpus()]);
    assert.equal(broken.code, 0, broken.err);
    assert.match(broken.err, /warning: .*\.sorot[/\\]actors\.json: not valid JSON/);
    assert.match(await fsp.readFile(join(root, 'b', 'annotations.jsonl'), 'utf8'), /"claimant":"Sri Mulyani Indrawati","claimantId":"sri-mulyani-indrawati"/);
  });

  it('names an empty KB file and the parts of a KB file it did not apply, as the editor does (newcomer run)', async () => {
    const kbFile = join(corpus(), '.sorot', 'actors.json');
    await fsp.writeFile(kbFile, '');
    const empty = await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'c'), corpus()]);
    assert.equal(empty.code, 0, empty.err);
    assert.match(empty.err, /warning: .*\.sorot[/\\]actors\.json: the file is empty; nothing was applied/);

    // "entity" for "entities": the file parses, but nothing of it is applied
    await fsp.writeFile(kbFile, JSON.stringify({ version: 1, entity: [{ id: 'bu-menkeu', canonical: 'Bu Menkeu', type: 'PER' }] }));
    const misspelt = await run(agreementCommand, ['--json', corpus()]);
    assert.equal(misspelt.code, 0, misspelt.err);
    assert.match(misspelt.err, /warning: .*actors\.json: entity: unknown property "entity" is ignored/);
    assert.match(misspelt.err, /warning: .*actors\.json: entities: missing "entities": no entity was added/);
  });

  it('names the actor ids the KB does not know, with their articles, and exports them as stored', async () => {
    // No .sorot/actors.json defines bu-menkeu: the id is unknown.
    const r = await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'out'), corpus()]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: actor ids not in the built-in knowledge base \(no \.sorot\/actors\.json found\), kept as stored: bu-menkeu \([^)]*beras\.txt\)/);
    assert.match(await fsp.readFile(join(root, 'out', 'annotations.jsonl'), 'utf8'), /"claimant":"Bu Menkeu","claimantId":"bu-menkeu"/);
  });
});
