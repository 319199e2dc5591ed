// The "." an earlier Sorot wrote in a .code-workspace file: found only in a workspace of
// several folders, offered for the folders it marks, moved to the one the researcher names.
import assert from 'node:assert/strict';
import { corpusFoldersOf } from '../../../src/core/corpus/scope';
import { foldersTheDotMarks, hasWorkspaceDot, moveWorkspaceDot } from '../../../src/core/corpus/workspace-dot';

describe('the workspace-level "." of a workspace of several folders', () => {
  it('is found in a workspace of several folders only, as "." or "./"', () => {
    assert.equal(hasWorkspaceDot(2, ['.']), true);
    assert.equal(hasWorkspaceDot(3, ['./', 'berita']), true);
    assert.equal(hasWorkspaceDot(1, ['.']), false, 'one folder: "." is that folder, as meant');
    assert.equal(hasWorkspaceDot(2, ['berita']), false, 'a folder name: the same name in each folder, which may be meant');
    assert.equal(hasWorkspaceDot(2, undefined), false);
    assert.equal(hasWorkspaceDot(2, []), false);
  });

  it('marks every folder without its own list, which is what it is asked about', () => {
    const own: Record<string, unknown> = { a: undefined, b: ['.'], c: [] };
    assert.deepEqual(foldersTheDotMarks(['a', 'b', 'c'], (f) => own[f]), ['a', 'c']);
    // As corpusFoldersOf reads them: the folder without its own list is a whole corpus.
    assert.deepEqual(corpusFoldersOf({ workspace: ['.'] }, (e) => (e === '.' ? '' : e), true), ['']);
  });

  it('moves to the chosen folder: the workspace keeps its other entries, or loses the setting', () => {
    assert.deepEqual(moveWorkspaceDot(['.'], undefined), { workspace: undefined, own: ['.'] });
    assert.deepEqual(moveWorkspaceDot(['./', 'berita'], ['arsip']), { workspace: ['berita'], own: ['arsip', '.'] });
    assert.deepEqual(moveWorkspaceDot(['.'], ['.']), { workspace: undefined, own: ['.'] }, 'no second "."');
  });

  it('after the move, the other folders hold no article and the chosen one all of its', () => {
    const { workspace, own } = moveWorkspaceDot(['.'], undefined);
    const rel = (e: string) => (e === '.' ? '' : e);
    assert.deepEqual(corpusFoldersOf({ own, workspace }, rel, false), ['']);
    assert.equal(corpusFoldersOf({ workspace }, rel, true), 'none');
  });
});
