// Issue 19: "Compare Annotators" reads and holds only the articles with an annotation
// file (loadAnnotatedCorpus); the others give it their path alone, counted when their
// folder's listing holds them (core/agreement/counted-articles.ts, the rule `sorot
// agreement` follows too). On this workspace, whose articles are all UTF-8 and all on
// disk, its report is the one computed from every article read in full. Where they differ
// (not here): an article that is not UTF-8 and has no annotation file counts as one
// nobody annotated, where reading every article skipped it with a warning.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import type { AgreementPanel } from '../../../src/extension/agreement/report-panel';
import { compare } from '../../../src/extension/agreement/report-panel';
import { loadAnnotatedCorpus, loadCorpus } from '../../../src/extension/services/corpus/annotated-articles';
import { workspaceRecognizer } from '../../../src/extension/services/corpus/workspace-recognizer';
import { activateSorot } from '../helpers';

describe('agreement report: only annotated articles read', function () {
  this.timeout(120_000);
  let api: SorotApi;

  before(async () => {
    api = await activateSorot();
  });

  after(async () => {
    api.agreement?.current()?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads the annotated articles alone and, on readable articles, reports what reading every article reported', async () => {
    const uris = await api.corpusScope!.findArticles();
    const light = await loadAnnotatedCorpus(uris);
    const full = await loadCorpus(uris);
    assert.deepEqual([light.problems, full.problems], [[], []], 'every article of the workspace is readable: the two reads may agree');
    // The workspace has both kinds, so the test compares something.
    assert.ok(light.articles.length >= 2 && light.unannotated.length >= 2, `${light.articles.length} annotated, ${light.unannotated.length} not`);
    assert.equal(light.articles.length + light.unannotated.length, full.articles.length, 'every article is in the report, read or not');
    assert.deepEqual(light.articles.map((a) => a.path), full.articles.filter((a) => a.annotators.length > 0).map((a) => a.path));

    const panel = await vscode.commands.executeCommand<AgreementPanel | undefined>('sorot.agreement.show', { mode: 'exact' });
    assert.ok(panel, 'the report opened');
    const corpus = api.corpus!;
    const before = await compare(full.articles, [], 'exact', workspaceRecognizer(corpus), corpus.kb.actors);
    assert.deepEqual(panel.report, before.report);
    assert.ok(panel.report.pairs.length > 0 && panel.report.disagreements.length > 0, 'the samples’ annotators disagree');
  });
});
