import assert from 'node:assert/strict';
import type { ActorCorrection, Correction, QuoteCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';

// Written for these tests (not from any real article).
const TEXT =
  'Kepala Dinas Perdagangan Kota Surabaya, Wahyu Kusumo, mengatakan stok aman. ' +
  '"Kami sudah berkoordinasi dengan Perum Bulog," ujar Wahyu. ' +
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli.';

let seq = 0;
const stamp = (n: number) => `2026-12-02T00:00:${String(n).padStart(2, '0')}.000Z`;

function at(surface: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(surface, start + 1);
  assert.ok(start >= 0, `"${surface}" is in the test text`);
  return { start, end: start + surface.length };
}

function actor(surface: string, decision: ActorCorrection['decision'], values: Partial<ActorCorrection> = {}, modified = 1): ActorCorrection {
  const { start, end } = at(surface);
  seq++;
  return { id: `C${String(seq).padStart(25, '0')}`, layer: 'actor', decision, target: makeTarget(TEXT, start, end), annotator: 'ani', created: stamp(modified), modified: stamp(modified), ...values };
}

function quote(surface: string, decision: QuoteCorrection['decision'], values: Partial<QuoteCorrection> = {}, modified = 1): QuoteCorrection {
  const { start, end } = at(surface);
  seq++;
  return { id: `Q${String(seq).padStart(25, '0')}`, layer: 'quote', decision, target: makeTarget(TEXT, start, end), annotator: 'ani', created: stamp(modified), modified: stamp(modified), ...values };
}

const QUOTE = '"Kami sudah berkoordinasi dengan Perum Bulog,"';

describe('curated layer: corrections over an analysis', () => {
  let machine: AnalysisResult;
  before(() => {
    machine = analyze(TEXT);
    // The premises the cases below build on: what the recognizer says about this text.
    assert.ok(machine.actors.some((m) => m.text === 'Dinas Perdagangan Kota Surabaya'));
    assert.ok(machine.actors.some((m) => m.text === 'Perum Bulog'));
    assert.equal(machine.quotes.length, 1);
    assert.equal(machine.quotes[0].speaker, 'Wahyu Kusumo');
  });

  const find = <T extends { text: string }>(list: T[], text: string): T[] => list.filter((m) => m.text === text);

  it('without corrections every item is the machine\'s', () => {
    const out = curate(machine, []);
    assert.equal(out.actors.length, machine.actors.length);
    assert.ok(out.actors.every((m) => m.provenance === 'machine' && m.by === undefined));
    assert.ok(out.quotes.every((q) => q.provenance === 'machine'));
  });

  it('reject removes the mention on exactly its span and nothing else', () => {
    const c = actor('Perum Bulog', 'reject');
    const out = curate(machine, [c]);
    assert.deepEqual(find(out.actors, 'Perum Bulog'), []);
    assert.equal(out.actors.length, machine.actors.length - 1);
    assert.deepEqual(out.rejected.actors.map((m) => m.text), ['Perum Bulog']);
    assert.equal(out.outcomes.get(c.id), 'applied');
  });

  it('a reject whose span the analysis no longer has exactly is not applied elsewhere', () => {
    const c = actor('Perum', 'reject'); // the machine has "Perum Bulog", not "Perum"
    const out = curate(machine, [c]);
    assert.equal(find(out.actors, 'Perum Bulog').length, 1);
    assert.equal(out.outcomes.get(c.id), 'unmatched');
    const gone = actor('sepi', 'reject');
    assert.equal(curate(machine, [gone]).outcomes.get(gone.id), 'redundant');
  });

  it('set changes the type and link of a mention, with provenance and annotator', () => {
    const c = actor('Perum Bulog', 'set', { type: 'ORG', canonical: 'Badan Urusan Logistik', entityId: 'bulog' });
    const out = curate(machine, [c]);
    const [m] = find(out.actors, 'Perum Bulog');
    assert.deepEqual([m.canonical, m.entityId, m.provenance, m.by, m.correctionId], ['Badan Urusan Logistik', 'bulog', 'corrected', 'ani', c.id]);
    assert.equal(out.actors.length, machine.actors.length);
  });

  it('a changed span replaces the machine mention it overlaps instead of adding a second', () => {
    const c = actor('Kepala Dinas Perdagangan Kota Surabaya', 'set', { type: 'ORG', canonical: 'Dinas Perdagangan Kota Surabaya' });
    const out = curate(machine, [c]);
    assert.deepEqual(find(out.actors, 'Dinas Perdagangan Kota Surabaya'), []);
    assert.equal(find(out.actors, 'Kepala Dinas Perdagangan Kota Surabaya')[0].provenance, 'corrected');
    assert.equal(out.actors.length, machine.actors.length);
  });

  it('adds a missed mention, in text order', () => {
    const c = actor('Pasar Genteng', 'set', { type: 'ORG', canonical: 'Pasar Genteng' });
    const had = find(machine.actors, 'Pasar Genteng').length;
    const out = curate({ ...machine, actors: machine.actors.filter((m) => m.text !== 'Pasar Genteng') }, [c]);
    assert.equal(find(out.actors, 'Pasar Genteng')[0].provenance, 'added');
    assert.ok(out.actors.every((m, i) => i === 0 || out.actors[i - 1].start <= m.start));
    assert.ok(had <= 1);
  });

  it('a set the analysis already agrees with is redundant and not duplicated', () => {
    const m = machine.actors.find((a) => a.text === 'Perum Bulog')!;
    const c = actor('Perum Bulog', 'set', { type: m.type, canonical: m.canonical, entityId: m.entityId });
    const out = curate(machine, [c]);
    assert.equal(find(out.actors, 'Perum Bulog').length, 1);
    assert.equal(find(out.actors, 'Perum Bulog')[0].provenance, 'accepted');
    assert.equal(out.outcomes.get(c.id), 'redundant');
  });

  it('accept marks the machine item reviewed; an analysis that later differs keeps the accepted values and says so', () => {
    const m = machine.actors.find((a) => a.text === 'Perum Bulog')!;
    const c = actor('Perum Bulog', 'accept', { type: m.type, canonical: m.canonical, entityId: m.entityId });
    const now = curate(machine, [c]);
    assert.equal(find(now.actors, 'Perum Bulog')[0].provenance, 'accepted');
    assert.equal(now.outcomes.get(c.id), 'applied');
    const relinked: AnalysisResult = { ...machine, actors: machine.actors.map((a) => (a === m ? { ...a, canonical: 'Bulog (other)', entityId: undefined } : a)) };
    const later = curate(relinked, [c]);
    assert.equal(find(later.actors, 'Perum Bulog')[0].canonical, m.canonical);
    assert.equal(later.outcomes.get(c.id), 'changed');
  });

  it('a correction flagged needsReview is never applied', () => {
    const c = { ...actor('Perum Bulog', 'reject'), needsReview: true };
    const out = curate(machine, [c]);
    assert.equal(find(out.actors, 'Perum Bulog').length, 1);
    assert.equal(out.outcomes.get(c.id), 'unplaced');
  });

  it('of two overlapping corrections the one modified last decides', () => {
    const older = actor('Perum Bulog', 'reject', {}, 1);
    const newer = actor('Perum Bulog', 'set', { type: 'ORG', canonical: 'Bulog' }, 2);
    for (const order of [[older, newer], [newer, older]]) {
      const out = curate(machine, order);
      assert.equal(find(out.actors, 'Perum Bulog')[0].canonical, 'Bulog');
      assert.equal(out.outcomes.get(older.id), 'superseded');
      assert.equal(out.outcomes.get(newer.id), 'applied');
    }
  });

  it('sets and changes a quote speaker; the speaker mention is the nearest one before the quote', () => {
    const c = quote(QUOTE, 'set', { speaker: 'Siti Rahayu' });
    const out = curate(machine, [c]);
    assert.equal(out.quotes[0].speaker, 'Siti Rahayu');
    assert.equal(out.quotes[0].provenance, 'corrected');
    assert.equal(out.quotes[0].cue, machine.quotes[0].cue, 'the recognizer\'s cue, what the text says (kept-cue.test.ts)');
    // Siti Rahayu is only mentioned after the quote: the first mention after it is used.
    assert.equal(TEXT.slice(out.quotes[0].speakerMention!.start, out.quotes[0].speakerMention!.end), 'Siti Rahayu');
  });

  it('rejects a quote, marks one as a fragment, adds a missed one', () => {
    const rejected = curate(machine, [quote(QUOTE, 'reject')]);
    assert.deepEqual(rejected.quotes, []);
    assert.equal(rejected.rejected.quotes.length, 1);
    const fragment = curate(machine, [quote(QUOTE, 'set', { speaker: 'Wahyu Kusumo', form: 'fragment' })]);
    assert.equal(fragment.quotes[0].form, 'fragment');
    assert.equal(fragment.quotes[0].provenance, 'corrected');
    const added = curate(machine, [quote('mengeluh sepi pembeli', 'set', { speaker: 'Siti Rahayu' })]);
    assert.equal(added.quotes.length, 2);
    assert.equal(added.quotes[1].provenance, 'added');
  });

  it('a machine quote follows a correction of the mention its speaker came from', () => {
    const wahyu = machine.quotes[0].speakerMention!;
    const surface = TEXT.slice(wahyu.start, wahyu.end);
    assert.equal(surface, 'Wahyu');
    // "Wahyu" is the second occurrence of that surface (after "Wahyu Kusumo").
    const relink: ActorCorrection = { ...actor('Wahyu', 'set', { type: 'PER', canonical: 'Wahyu Hidayat' }), target: makeTarget(TEXT, wahyu.start, wahyu.end) };
    const relinked = curate(machine, [relink]);
    assert.equal(relinked.quotes[0].speaker, 'Wahyu Hidayat');
    assert.equal(relinked.quotes[0].provenance, 'followed', 'the quote itself is still to be decided');
    assert.equal(relinked.quotes[0].correctionId, relink.id, 'it names the correction it follows');
    const reject: ActorCorrection = { ...actor('Wahyu', 'reject'), target: makeTarget(TEXT, wahyu.start, wahyu.end) };
    const unspoken = curate(machine, [reject]);
    assert.equal(unspoken.quotes[0].speaker, null);
    assert.equal(unspoken.quotes[0].speakerMention, undefined);
  });

  it('a correction that says too little (hand-edited file) is reported, not applied', () => {
    const c = { ...actor('Perum Bulog', 'set'), type: undefined } as Correction;
    const out = curate(machine, [c]);
    assert.equal(out.outcomes.get(c.id), 'unplaced');
    assert.equal(find(out.actors, 'Perum Bulog')[0].provenance, 'machine');
  });
});
