import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, EXTENSION_ID, screenshot } from '../helpers';

describe('Sorot activates', () => {
  it('activates in a real extension host', async () => {
    await activateSorot();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    await screenshot('smoke');
  });
});
