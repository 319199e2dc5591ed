// The sidecar's optional `metadata` (format 3): written in a fixed place, read back,
// checked by the schema, merged like the other article fields; older files stay readable.
import assert from 'node:assert/strict';
import { mergeSidecars } from '../../../src/core/annotations/merge';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Sidecar } from '../../../src/core/annotations/types';

const base: Sidecar = { schemaVersion: 3, article: 'banjir.txt', articleStatus: 'in-progress', annotations: [] };
const newId = () => '01J00000000000000000000000';

describe('sidecar: article metadata', () => {
  it('round-trips outlet and date, after articleStatus, outlet before date; leaves out an empty object', () => {
    const text = serializeSidecar({ ...base, metadata: { date: '2024-02-27', outlet: 'Sorotan.id' } });
    assert.equal(text, '{\n  "schemaVersion": 3,\n  "article": "banjir.txt",\n  "articleStatus": "in-progress",\n  "metadata": {\n    "outlet": "Sorotan.id",\n    "date": "2024-02-27"\n  },\n  "annotations": []\n}\n');
    const parsed = parseSidecarText(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.metadata, { outlet: 'Sorotan.id', date: '2024-02-27' });
    assert.equal(serializeSidecar({ ...base, metadata: {} }).includes('metadata'), false);
  });

  it('reads files without it (versions 1 to 3) as before', () => {
    for (const v of [1, 2, 3]) {
      const parsed = parseSidecarText(JSON.stringify({ schemaVersion: v, article: 'a.txt', annotations: [] }));
      assert.ok(parsed.ok, `version ${v}`);
      assert.equal(parsed.sidecar.metadata, undefined);
    }
  });

  it('refuses a date that is not YYYY-MM-DD or not a day, an unknown key, an empty outlet, with the place', () => {
    const bad = (metadata: unknown) => {
      const r = parseSidecarText(JSON.stringify({ ...base, metadata }, null, 2));
      assert.ok(!r.ok);
      return r.error;
    };
    assert.equal(bad({ date: '27/02/2024' }).pointer, '/metadata/date');
    assert.match(bad({ date: '2024-02-30' }).message, /\/metadata\/date: 2024-02-30 is not a day of the calendar/);
    assert.equal(bad({ date: '2024-02-30' }).line, 7); // the line of "date" (after "annotations": [])
    assert.equal(bad({ outlet: '' }).pointer, '/metadata/outlet');
    assert.equal(bad({ publisher: 'x' }).kind, 'schema');
  });

  it('merges metadata like the other article fields: one side\'s change wins, equal values are no conflict', () => {
    const withOutlet = { ...base, metadata: { outlet: 'ANTARA' } };
    const mine = { ...base, metadata: { outlet: 'ANTARA' } };
    const theirs = { ...base, metadata: { outlet: 'ANTARA', date: '2024-02-27' } };
    assert.deepEqual(mergeSidecars(withOutlet, mine, theirs, newId), { sidecar: { ...base, metadata: { outlet: 'ANTARA', date: '2024-02-27' } }, conflicts: [] });
    const r = mergeSidecars(withOutlet, { ...base, metadata: { outlet: 'Tempo' } }, theirs, newId);
    assert.deepEqual(r.sidecar.metadata, { outlet: 'Tempo' });
    assert.deepEqual(r.conflicts, [{ kind: 'field', field: 'metadata', mine: { outlet: 'Tempo' }, theirs: theirs.metadata }]);
    assert.equal(mergeSidecars(withOutlet, { ...base }, withOutlet, newId).sidecar.metadata, undefined);
  });
});
