// The curation pickers find an identity by the forms an article writes it in and by its
// KB aliases, not only by its canonical name: a researcher marks the words "badan dunia
// itu" as an actor and types "PBB" (an alias of United Nations, which the article does not
// name); then marks a quote and types "Kemlu" as its speaker, which several foreign
// ministries contain in a longer alias ("Kemlu Filipina") and Indonesia's ministry has
// exactly. Runs on an article of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { keyboard, openOwnArticle, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = 'zz-kurasi-alias.txt';
const SIDECAR = 'zz-kurasi-alias.sorot.json';
// Written for this test.
const TEXT = [
  'Bantuan pangan tiba di Demak',
  '',
  'DEMAK, Sorotan.id - Bantuan pangan dari badan dunia itu tiba di gudang Demak pada Selasa.',
  '',
  'Seorang pejabat memastikan kiriman berikutnya datang pekan depan.',
  '',
].join('\n');

let api: SorotApi;
const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

describe('Curation pickers find an identity by its KB aliases', function () {
  this.timeout(300_000);
  let editor: vscode.TextEditor;
  const curated = () => api.corpus!.analyses.get(editor.document).result;
  const select = (words: string) => {
    const start = editor.document.getText().indexOf(words);
    assert.ok(start >= 0, `"${words}" is in the article`);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
  };

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    ({ api, editor } = await openOwnArticle(ARTICLE, TEXT));
    await waitFor(() => curated().actors.length > 0, 'the actors of the article');
    await api.annotations!.service.get(editor.document.uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [ARTICLE, SIDECAR]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('marks words as an actor by typing an alias of a KB identity the article does not name', async () => {
    select('badan dunia itu');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ type: 'PBB' });
    await sleep(300);
    await screenshot('curation-picker-alias', { delayMs: 200 });
    await keyboard({ press: 'Enter' });
    // A known identity: no "New name" or "Type of" question follows.
    assert.equal(await marked, true);
    const un = await waitFor(() => curated().actors.find((a) => a.text === 'badan dunia itu'), 'the marked mention');
    assert.deepEqual([un.canonical, un.type, un.entityId], ['United Nations', 'ORG', 'united-nations']);
  });

  it('sets a speaker by typing an alias another identity contains in a longer one, at typing speed', async () => {
    const words = 'kiriman berikutnya datang pekan depan';
    select(words);
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markQuote');
    await quickInput('Speaker of');
    // Enter right after the text: the answer must not wait for the highlight to move.
    await keyboard({ type: 'Kemlu', press: 'Enter' });
    assert.equal(await marked, true);
    const quote = await waitFor(() => curated().quotes.find((q) => q.text === words), 'the added quote');
    assert.equal(quote.speaker, 'Kementerian Luar Negeri Republik Indonesia');
    const decided = api.annotations!.service.peek(editor.document.uri)?.own.corrections?.find((c) => c.layer === 'quote' && c.target.exact === words);
    assert.equal(decided?.layer === 'quote' ? decided.speakerId : undefined, 'kementerian-luar-negeri-republik-indonesia', 'with its KB id');
  });
});
