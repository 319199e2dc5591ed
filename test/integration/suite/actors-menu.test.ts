// "Mark as Not an Actor" from the Actors view (issue 11: 13): the command run on an actor
// row, as its context menu does, suppresses the forms the corpus writes that actor in,
// and the index drops it. Runs before editor.test.ts, which leaves a broken actors.json.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import type { ActorsNode } from '../../../src/extension/actors/actors-tree';
import { activateSorot, domTexts, keyboard, waitFor, workspaceRoot } from '../helpers';

let api: SorotApi;
/** The actor the test marked, back once the knowledge-base edit is gone. */
let marked: string | undefined;

const kbUri = () => vscode.Uri.joinPath(workspaceRoot(), '.sorot', 'actors.json');

async function readKb(): Promise<{ suppress?: string[] } | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(kbUri()))) as { suppress?: string[] };
  } catch {
    return undefined;
  }
}

describe('Actors view: Mark as Not an Actor on an actor row', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateSorot();
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    const { corpus } = api.corpus!;
    await waitFor(() => corpus.index.size >= 12 && !corpus.isIndexing, 'the corpus index to hold the 12 samples', 30_000);
  });

  after(async () => {
    // The knowledge base as it was (the samples have none), and the index without the edit.
    await vscode.workspace.fs.delete(kbUri(), { useTrash: false }).then(undefined, () => undefined);
    const { corpus } = api.corpus!;
    if (marked) await waitFor(() => !corpus.isIndexing && corpus.index.total(marked!) !== undefined, `${marked} an actor again`, 30_000);
  });

  it('suppresses every form of the actor the researcher keeps ticked, and the index drops it', async () => {
    const { corpus } = api.corpus!;
    const rows = await api.actors!.provider.getChildren();
    // An organisation written in more than one form, so the command asks which forms.
    const row = rows.find((n): n is Extract<ActorsNode, { kind: 'actor' }> => n.kind === 'actor' && n.actor.type === 'ORG' && corpus.index.surfacesOf(n.actor.canonical).length > 1)
      ?? rows.find((n): n is Extract<ActorsNode, { kind: 'actor' }> => n.kind === 'actor' && n.actor.type === 'ORG');
    assert.ok(row, 'the Actors view lists an organisation');
    const canonical = row.actor.canonical;
    marked = canonical;
    const forms = corpus.index.surfacesOf(canonical);
    assert.ok(forms.length > 0, `the index knows how ${canonical} is written`);
    const item = api.actors!.provider.getTreeItem(row);
    assert.match(item.contextValue ?? '', /^sorot\.actor/, 'the row carries the context value the menu entry is shown for');

    // No editor holds a mention under the cursor: the command must use the row it was given.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const page = (await domTexts('body')) !== undefined;
    const done = vscode.commands.executeCommand<boolean | undefined>('sorot.actors.notAnActor', row, page ? undefined : forms);
    if (page && forms.length > 1) {
      // The pick of forms, every one ticked: Enter keeps them all.
      await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes(canonical)), 'the pick of written forms');
      await keyboard({ press: 'Enter' });
    }
    assert.equal(await done, true, 'the knowledge base was edited');
    const kb = await readKb();
    assert.deepEqual([...(kb?.suppress ?? [])].sort(), [...forms].map((f) => f.trim()).sort(), 'every written form is suppressed');
    await waitFor(() => !corpus.isIndexing && corpus.index.total(canonical) === undefined, `${canonical} no longer an actor in the index`, 30_000);
  });
});
