import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { reloadOnFileEvents } from '../../../src/extension/file-reload';

type Listener = (uri: vscode.Uri) => void;

/** The three events of a FileSystemWatcher, fired by the test. */
function fakeWatcher() {
  const listeners: Record<'create' | 'change' | 'delete', Listener[]> = { create: [], change: [], delete: [] };
  const on = (kind: keyof typeof listeners) => (l: Listener) => {
    listeners[kind].push(l);
    return { dispose: () => listeners[kind].splice(listeners[kind].indexOf(l), 1) };
  };
  const watcher = { onDidCreate: on('create'), onDidChange: on('change'), onDidDelete: on('delete') } as unknown as vscode.FileSystemWatcher;
  const fire = (kind: keyof typeof listeners) => listeners[kind].forEach((l) => l({} as vscode.Uri));
  return { watcher, fire, listening: () => listeners.create.length + listeners.change.length + listeners.delete.length };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reloadOnFileEvents: Sorot’s own files read again when they change on disk', () => {
  it('reads at each event and once more when a burst has been quiet for a moment', async () => {
    const w = fakeWatcher();
    let reads = 0;
    const sub = reloadOnFileEvents(w.watcher, async () => void reads++, 40);
    w.fire('create');
    w.fire('change'); // one write is sometimes reported twice
    assert.equal(reads, 2, 'each event reads at once');
    await sleep(20);
    w.fire('change');
    assert.equal(reads, 3);
    await sleep(25);
    assert.equal(reads, 3, 'the confirming read waits for the burst to be quiet');
    await sleep(40);
    assert.equal(reads, 4, 'one confirming read after the last event');
    await sleep(60);
    assert.equal(reads, 4, 'and no more');
    sub.dispose();
  });

  it('a read that caught a write half-way is corrected by the confirming read, with no further event', async () => {
    const w = fakeWatcher();
    let onDisk = '';
    let applied: string | undefined;
    const sub = reloadOnFileEvents(w.watcher, async () => void (applied = onDisk), 30);
    w.fire('create'); // reported when the file was created, before its bytes were in
    assert.equal(applied, '');
    onDisk = '{"version":1,"entities":[]}';
    await sleep(60);
    assert.equal(applied, onDisk);
    sub.dispose();
  });

  it('dispose stops listening and cancels a pending confirming read', async () => {
    const w = fakeWatcher();
    let reads = 0;
    const sub = reloadOnFileEvents(w.watcher, async () => void reads++, 20);
    w.fire('delete');
    sub.dispose();
    assert.equal(w.listening(), 0);
    await sleep(40);
    assert.equal(reads, 1);
  });
});
