// Issue 13: "sebuah" after a quote's cue counts an unnamed thing ("tulis sebuah akun di kolom
// komentar", "kata sebuah sumber"): an unnamed source, never the person named before. Own
// sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

describe('speakers39: "sebuah" after a cue is an unnamed source', () => {
  it('"tulis sebuah akun" names nobody, not the person the paragraph before named', () => {
    const t = 'Pedagang Sunarti Dewi mengeluhkan parkir.\n\n"Sampahnya juga menumpuk," tulis sebuah akun di kolom komentar.\n';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), [null]);
  });
});
