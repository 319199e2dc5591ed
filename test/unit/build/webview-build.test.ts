// The analysis view's bundle runs under a CSP without 'unsafe-eval': the build's check
// finds code built from strings, and the built bundle (when present) has none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error a plain .mjs build script without types
import { codeFromStrings } from '../../../scripts/webview-build.mjs';

describe('webview build: no code from strings', () => {
  it('finds new Function, eval( and Function("…"), not names that contain them', () => {
    const found = (code: string) => (codeFromStrings(code) as string[]).length;
    assert.equal(found('var f = new Function("a", "return a")'), 1);
    assert.equal(found('x = eval("1+1")'), 1);
    assert.equal(found('Function("return this")()'), 1);
    assert.equal(found('retrieval(x); obj.eval(y); isFunction(z); new FunctionCall()'), 0);
  });

  it('the built dist/webview/analysis.js has none (d3-dsv is not bundled)', function () {
    if (!existsSync('dist/webview/analysis.js')) this.skip();
    const code = readFileSync('dist/webview/analysis.js', 'utf8');
    assert.deepEqual(codeFromStrings(code), []);
  });
});
