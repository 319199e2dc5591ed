// The curation pickers find an identity by the forms an article writes it in and by its
// KB aliases, not only by its canonical name: a researcher marks the words "badan dunia
// itu" as an actor and types "PBB" (an alias of United Nations, which the article does not
// name); then marks a quote and types "Kemlu" as its speaker, which several foreign
// ministries contain in a longer alias ("Kemlu Filipina") and Indonesia's ministry has
// exactly. What the picker highlights is what Enter takes: an arrow key moves both.
// Runs on an article of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { domTexts, keyboard, openOwnArticle, quickInput, screenshot, typeWhileHostBusy, waitFor, workspaceRoot } from '../helpers';

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
  'Petugas gudang menghitung karung beras hingga malam.',
  '',
  'Relawan kampung ikut membongkar muatan truk.',
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

  /** The label of the item the picker highlights, as the researcher sees it (icon aside). */
  const highlighted = async () => (await domTexts('.quick-input-list .monaco-list-row.focused .label-name'))?.[0]?.trim();

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [ARTICLE, SIDECAR]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('marks words as an actor by typing an alias of a KB identity the article does not name', async () => {
    select('badan dunia itu');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ type: 'PBB' });
    // The window ranks Persatuan Bola Basket Seluruh Indonesia first (its initials); the
    // highlight moves to the identity the text names, and Enter takes the highlight.
    await waitFor(async () => (await highlighted()) === 'United Nations', 'United Nations highlighted');
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
    // Enter right after the text. (This passes without Sorot's answer to the race too: the
    // window's own first item is Indonesia's ministry here. The race: the last test.)
    await keyboard({ type: 'Kemlu', press: 'Enter' });
    assert.equal(await marked, true);
    const quote = await waitFor(() => curated().quotes.find((q) => q.text === words), 'the added quote');
    assert.equal(quote.speaker, 'Kementerian Luar Negeri Republik Indonesia');
    const decided = api.annotations!.service.peek(editor.document.uri)?.own.corrections?.find((c) => c.layer === 'quote' && c.target.exact === words);
    assert.equal(decided?.layer === 'quote' ? decided.speakerId : undefined, 'kementerian-luar-negeri-republik-indonesia', 'with its KB id');
  });

  it('takes the item an arrow key moved the highlight to, though the text names another', async () => {
    select('Petugas gudang');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ type: 'PBB' });
    await waitFor(async () => (await highlighted()) === 'United Nations', 'United Nations highlighted');
    await keyboard({ press: 'ArrowDown' });
    const moved = await waitFor(async () => {
      const label = await highlighted();
      return label && label !== 'United Nations' ? label : undefined;
    }, 'the highlight moved off United Nations');
    await screenshot('curation-picker-arrow', { delayMs: 200 });
    await keyboard({ press: 'Enter' });
    if (moved === 'Other name…') {
      // The last item, when nothing else matched after United Nations: it asks for a name.
      await quickInput('New name');
      await keyboard({ press: 'Escape' });
      assert.equal(await marked, false);
      return;
    }
    assert.equal(await marked, true, `"${moved}" was taken without further questions`);
    const mention = await waitFor(() => curated().actors.find((a) => a.text === 'Petugas gudang'), 'the marked mention');
    assert.equal(mention.canonical, moved, 'what was highlighted');
  });

  it('takes "Other name…" for a name typed past a known one on a busy host, though the highlight Sorot set for the known one hid the window\'s', async () => {
    // The race of CI runs, made certain: Sorot moves the highlight to United Nations when
    // the text is "United Nations"; with the host held busy that reaches the window after
    // "(Jenewa)", when its filter hides United Nations. The window then highlights nothing
    // (the state awaited below), yet reported United Nations with the Enter when this
    // test was written (it may report nothing: core picker-filter.ts answers both).
    select('Seorang pejabat');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    typeWhileHostBusy('United Nations (Jenewa)');
    await waitFor(async () => ((await domTexts('.quick-input-list .monaco-list-row.focused'))?.length ?? 1) === 0, 'the late highlight to leave the window with none');
    await keyboard({ press: 'Enter' });
    await quickInput('New name');
    await keyboard({ press: 'Enter' });
    await quickInput('Type of');
    await keyboard({ press: 'Enter' });
    assert.equal(await marked, true);
    const mention = await waitFor(() => curated().actors.find((a) => a.text === 'Seorang pejabat'), 'the marked mention');
    assert.equal(mention.canonical, 'United Nations (Jenewa)');
  });

  it('takes "Other name…" for a name typed past a known one with Enter at once on a busy host: the window answers before Sorot\'s highlight arrives', async () => {
    // Every key and the Enter reach the window before Sorot hears of the text: the window
    // answers with its own first item, and the highlight Sorot sets afterwards must not
    // reach a picker already answered.
    select('karung beras');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    typeWhileHostBusy('United Nations (New York)', 'Enter');
    await quickInput('New name');
    await keyboard({ press: 'Enter' });
    await quickInput('Type of');
    await keyboard({ press: 'Enter' });
    assert.equal(await marked, true);
    const mention = await waitFor(() => curated().actors.find((a) => a.text === 'karung beras'), 'the marked mention');
    assert.equal(mention.canonical, 'United Nations (New York)');
  });

  it('takes the identity the text names when Enter comes with the text, before the window showed the highlight', async () => {
    // The window's own first item for "PBB" is Persatuan Bola Basket Seluruh Indonesia; an
    // Enter pressed with the last letter reaches Sorot before Sorot's highlight reached the
    // window, so it arrives with that item. The text names United Nations: that is taken.
    select('Relawan kampung');
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ type: 'PBB', press: 'Enter' });
    assert.equal(await marked, true);
    const mention = await waitFor(() => curated().actors.find((a) => a.text === 'Relawan kampung'), 'the marked mention');
    assert.equal(mention.canonical, 'United Nations');
  });
});
