import assert from 'node:assert/strict';
import { placeInFolders } from '../../../src/extension/articles/folder-place';

const folder = (name: string, path: string, scheme = 'file', authority = '') => ({ name, uri: { scheme, authority, path } });

describe('placeInFolders (where a listed article is, without asking VS Code)', () => {
  const ws = folder('ws', '/home/rina/korpus');
  const nested = folder('nested', '/home/rina/korpus/antara');
  const remote = folder('remote', '/home/rina/korpus', 'vscode-remote', 'ssh-remote+server');

  it('gives the folder and the path below it', () => {
    assert.deepEqual(placeInFolders({ scheme: 'file', authority: '', path: '/home/rina/korpus/2024/01/berita (1).txt' }, [ws]), { folder: ws, relativePath: '2024/01/berita (1).txt' });
    assert.deepEqual(placeInFolders({ scheme: 'file', authority: '', path: '/a.txt' }, [folder('root', '/')]), { folder: folder('root', '/'), relativePath: 'a.txt' });
  });

  it('picks the innermost of nested folders, in any order', () => {
    const uri = { scheme: 'file', authority: '', path: '/home/rina/korpus/antara/a.txt' };
    assert.equal(placeInFolders(uri, [ws, nested])?.folder, nested);
    assert.equal(placeInFolders(uri, [nested, ws])?.folder, nested);
    assert.equal(placeInFolders(uri, [nested, ws])?.relativePath, 'a.txt');
  });

  it('places nothing of another scheme, authority or path (VS Code is asked then)', () => {
    assert.equal(placeInFolders({ scheme: 'file', authority: '', path: '/home/rina/korpus-lain/a.txt' }, [ws]), undefined);
    assert.equal(placeInFolders({ scheme: 'file', authority: '', path: '/home/Rina/korpus/a.txt' }, [ws]), undefined);
    assert.equal(placeInFolders({ scheme: 'untitled', authority: '', path: '/home/rina/korpus/a.txt' }, [ws]), undefined);
    assert.equal(placeInFolders({ scheme: 'vscode-remote', authority: 'other', path: '/home/rina/korpus/a.txt' }, [remote]), undefined);
    assert.equal(placeInFolders({ scheme: 'vscode-remote', authority: 'ssh-remote+server', path: '/home/rina/korpus/a.txt' }, [ws, remote])?.folder, remote);
  });
});
