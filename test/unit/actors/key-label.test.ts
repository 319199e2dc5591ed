// The undo key named in the "not an actor: where?" prompt is the one package.json binds
// on the user's platform.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { keyLabel } from '../../../src/extension/key-label';

describe('keyLabel (a key as this platform binds it)', () => {
  it('Ctrl+ becomes Cmd+ on macOS only', () => {
    assert.equal(keyLabel('Ctrl+Alt+Z', true), 'Cmd+Alt+Z');
    assert.equal(keyLabel('Ctrl+Alt+Z', false), 'Ctrl+Alt+Z');
    assert.equal(keyLabel('Ctrl+Alt+Z'), process.platform === 'darwin' ? 'Cmd+Alt+Z' : 'Ctrl+Alt+Z');
  });

  it('agrees with package.json\'s binding of the undo key on both', () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { contributes: { keybindings: Array<{ key: string; mac?: string }> } };
    const undo = pkg.contributes.keybindings.find((k) => k.key === 'ctrl+alt+z');
    assert.ok(undo?.mac);
    assert.equal(keyLabel('Ctrl+Alt+Z', false).toLowerCase(), undo.key);
    assert.equal(keyLabel('Ctrl+Alt+Z', true).toLowerCase(), undo.mac);
  });
});
