import assert from 'node:assert/strict';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { KbIndex, loadBuiltinKb } from '../../../src/core/kb';

type Builtin = typeof import('../../../src/core/kb/builtin');
const BUILTIN = require.resolve('../../../src/core/kb/builtin');

/** builtin.ts as loaded anew: its KB not built yet (other tests have built the shared one). */
function freshBuiltin(): Builtin {
  const shared = require.cache[BUILTIN];
  delete require.cache[BUILTIN];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second instance of the module, on purpose
    return require(BUILTIN) as Builtin;
  } finally {
    if (shared) require.cache[BUILTIN] = shared;
    else delete require.cache[BUILTIN];
  }
}

/** Slices that pause after every step; each pause waits until `resume` is called. */
function stepBySlices(): { slices: TimeSlices; pauses: () => number; resume: () => void } {
  let pauses = 0;
  let release: (() => void) | undefined;
  const slices = new TimeSlices(() => {
    pauses++;
    return new Promise<void>((done) => (release = done));
  }, 0, () => 0, 1);
  return { slices, pauses: () => pauses, resume: () => release?.() };
}

const ids = (b: Builtin) => b.loadBuiltinKb().entities.map((e) => e.id);
/** Each entity's id, aliases and generated-gazetteer flags (c: a foreign city, r: a foreign subdivision). */
const described = (b: Builtin, kb = b.loadBuiltinKb()) =>
  kb.entities.map((e) => `${e.id}:${e.aliases.join('|')}:${b.isGeneratedWorldCity(e) ? 'c' : ''}${b.isGeneratedWorldRegion(e) ? 'r' : ''}`);

describe('the built-in KB built in slices (issue 19: activation builds it without a long task)', () => {
  it('is cut into many steps and gives the KB built in one go, in the same order', async () => {
    const oneGo = freshBuiltin();
    const sliced = freshBuiltin();
    const { slices, pauses, resume } = stepBySlices();
    const building = sliced.loadBuiltinKbInSlices(slices);
    let built = false;
    void building.then(() => (built = true));
    // Driving the pauses by hand: each resume lets the next step run.
    while (!built) {
      resume();
      await new Promise((done) => setImmediate(done));
    }
    const kb = await building;
    assert.ok(pauses() >= 20, `the ${kb.entities.length} entities in ${pauses() + 1} steps`);
    assert.equal(kb, sliced.loadBuiltinKb(), 'the one built-in KB object');
    assert.deepEqual(kb.entities.map((e) => e.id), ids(oneGo));
    assert.deepEqual(kb.suppress, oneGo.loadBuiltinKb().suppress);
    // The aliases, and which entities the sliced module knows as generated towns and subdivisions.
    const slicedView = described(sliced, kb);
    assert.deepEqual(slicedView, described(oneGo));
    assert.ok(slicedView.some((d) => d.endsWith(':c')) && slicedView.some((d) => d.endsWith(':r')), 'both kinds flagged');
  });

  it('starts the construction anew on the next call when a step threw (not a KB left undefined)', () => {
    const b = freshBuiltin();
    // The subdivisions' table is read by a late step: make its first read throw.
    const table = b.WORLD_REGIONS as unknown as Record<string, unknown>;
    const rows = table.regions;
    let fail = true;
    Object.defineProperty(table, 'regions', { configurable: true, enumerable: true, get: () => {
      if (fail) { fail = false; throw new Error('forced step failure'); }
      return rows;
    } });
    try {
      assert.throws(() => b.loadBuiltinKb(), /forced step failure/);
    } finally {
      Object.defineProperty(table, 'regions', { configurable: true, enumerable: true, writable: true, value: rows });
    }
    const kb = b.loadBuiltinKb();
    assert.ok(kb !== undefined && kb.entities.length > 5000, 'built on the second call');
    assert.deepEqual(described(b), described(freshBuiltin()));
  });

  it('asked for in one go while the slices are under way, finishes them: one object, built once', async () => {
    const oneGo = freshBuiltin();
    const sliced = freshBuiltin();
    const { slices, pauses, resume } = stepBySlices();
    const building = sliced.loadBuiltinKbInSlices(slices);
    resume();
    await new Promise((done) => setImmediate(done));
    assert.ok(pauses() >= 1, 'the slices have begun');
    const kb = sliced.loadBuiltinKb();
    assert.deepEqual(kb.entities.map((e) => e.id), ids(oneGo));
    const before = pauses();
    resume();
    assert.equal(await building, kb, 'the sliced call returns the object the one-go call built');
    assert.equal(pauses(), before, 'no step ran after the construction ended');
    // The world-city ids were set by the construction that the one-go call finished.
    const city = kb.entities.find((e) => sliced.isGeneratedWorldCity(e));
    assert.ok(city, 'a generated foreign town is known as one');
  });
});

describe('the KB index built as steps (the extension host builds it in slices before the first analysis)', () => {
  it('finds what the index built in one go finds, after many steps', () => {
    const kb = loadBuiltinKb();
    const steps = KbIndex.inSteps(kb);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    const sliced = step.value;
    const oneGo = new KbIndex(kb);
    assert.ok(count >= 50, `${count} steps`);
    // Exact, all-caps, folded and suppressed forms, a clitic, and names sharing first words.
    const text = 'Menteri Luar Negeri Rusia bertemu PBB di Sao Paulo; RUSIA dan Jakarta-lah yang diundang, kata Kementerian Keuangan.';
    const spans = (index: KbIndex) => index.scan(text).map((m) => `${m.start}-${m.end}:${m.entity.id}:${m.kind}`);
    assert.ok(spans(oneGo).length >= 4, spans(oneGo).join(' '));
    assert.deepEqual(spans(sliced), spans(oneGo));
    assert.deepEqual(sliced.collisions, oneGo.collisions);
    assert.equal(sliced.lookup('Rusia'), oneGo.lookup('Rusia'));
  });
});
