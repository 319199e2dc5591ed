// The network layout is the same on every run for the same nodes and edges (seeded, a
// fixed number of ticks), whatever order they arrive in, and keeps nodes apart.
import assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/text/seeded-random';
import { layoutNetwork } from '../../../src/webview/analysis/layout';

const NODES = ['Sri Mulyani', 'Faisal Basri', 'Bank Indonesia', 'Prabowo Subianto', 'Sugiono'];
const EDGES = [
  { source: 'Sri Mulyani', target: 'Bank Indonesia', weight: 3 },
  { source: 'Faisal Basri', target: 'Sri Mulyani', weight: 1 },
  { source: 'Prabowo Subianto', target: 'Sugiono', weight: 2 },
];

describe('analysis view: network layout', () => {
  it('gives the same positions on every run and for any input order', () => {
    const first = layoutNetwork(NODES, EDGES);
    assert.deepEqual(layoutNetwork(NODES, EDGES), first);
    assert.deepEqual(layoutNetwork([...NODES].reverse(), EDGES), first);
  });

  it('keeps nodes apart', () => {
    const placed = layoutNetwork(NODES, EDGES);
    for (const a of placed) for (const b of placed) if (a !== b) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) > 20, `${a.id} / ${b.id}`);
  });

  it('its random source is seeded', () => {
    const a = seededRandom(42), b = seededRandom(42);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  });
});
