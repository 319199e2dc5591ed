import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { LiveEditors, shownInTabs, type EditorTabs } from '../../../src/extension/services/corpus/live-editors';

/** A URI as the tabs and documents give it: only its string form is compared. */
const uri = (path: string) => ({ toString: () => `file:///corpus/${path}` }) as vscode.Uri;
const doc = (path: string, state: { isClosed?: boolean; isDirty?: boolean } = {}) => ({ uri: uri(path), isClosed: state.isClosed ?? false, isDirty: state.isDirty ?? false });

/** Tab groups whose tabs the test opens and closes. */
function tabs(...groups: unknown[][]): EditorTabs & { groups: unknown[][] } {
  const state = { groups, get all() { return state.groups.map((inputs) => ({ tabs: inputs.map((input) => ({ input })) })); } };
  return state;
}

describe('live summaries follow the editor tabs (live-editors.ts)', () => {
  it('counts the documents of text tabs and both sides of a diff, not other tabs', () => {
    const shown = shownInTabs(tabs([{ uri: uri('a.txt') }, { original: uri('b.txt'), modified: uri('c.txt') }], [undefined, { viewType: 'sorot.analysis' }]));
    assert.deepEqual([...shown].sort(), ['file:///corpus/a.txt', 'file:///corpus/b.txt', 'file:///corpus/c.txt']);
  });

  it('refuses a live summary for a document whose last tab closed, though VS Code still holds it open', () => {
    const groups = tabs([{ uri: uri('a.txt') }]);
    const live = new LiveEditors(() => groups);
    assert.equal(live.mayPut(doc('a.txt')), true);
    groups.groups = [[]]; // closeAllEditors: the document is not closed yet
    assert.equal(live.mayPut(doc('a.txt')), false);
    assert.equal(live.mayPut(doc('a.txt', { isClosed: true })), false);
    // Unsaved text is only in the editor: it stays the article's however it is shown.
    assert.equal(live.mayPut(doc('a.txt', { isDirty: true })), true);
  });

  it('gives the articles with a live summary whose last tab closed, once each', () => {
    const groups = tabs([{ uri: uri('a.txt') }, { uri: uri('b.txt') }], [{ uri: uri('b.txt') }]);
    const live = new LiveEditors(() => groups);
    live.put('file:///corpus/a.txt');
    live.put('file:///corpus/b.txt');
    assert.deepEqual(live.unshown(), []);
    groups.groups = [[], [{ uri: uri('b.txt') }]]; // the first group's tabs closed; b still shown in the second
    assert.deepEqual(live.unshown(), ['file:///corpus/a.txt']);
    assert.deepEqual(live.unshown(), []);
    groups.groups = [];
    assert.deepEqual(live.unshown(), ['file:///corpus/b.txt']);
  });
});
