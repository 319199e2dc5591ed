import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { ActorCorrection, Correction, QuoteCorrection, ReportedCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { readOnce } from '../../../src/core/curation/read-once';
import { curateSlice, sliceCurator } from '../../../src/core/curation/slice';
import type { CuratedAnalysis } from '../../../src/core/curation/types';
import { analyze } from '../../../src/core/recognize/analyze';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../../../src/core/recognize/types';
import { seededRandom } from '../../../src/core/text/seeded-random';
import { positionsIn } from './positions';

// A large article's views curate only the slice they show (DocumentAnalysis.query); the
// curated layer must read the same there as in the whole article's layer (exports,
// `result`). Sentences written for these tests, not from any article.

interface Span {
  start: number;
  end: number;
}

const overlaps = (item: Span, from: number, to: number) => item.end > from && item.start < to;

/** The recognizer's findings overlapping [from, to), as a document model answers. */
function queryOf(analysis: AnalysisResult) {
  return (from: number, to: number): AnalysisResult => ({
    actors: analysis.actors.filter((m) => overlaps(m, from, to)),
    quotes: analysis.quotes.filter((q) => overlaps(q, from, to)),
    reported: (analysis.reported ?? []).filter((r) => overlaps(r, from, to)),
  });
}

/** The whole article's curated layer, restricted to what lies in [from, to). */
function restricted(full: CuratedAnalysis, corrections: readonly Correction[], from: number, to: number) {
  return comparable(
    {
      actors: full.actors.filter((m) => overlaps(m, from, to)),
      quotes: full.quotes.filter((q) => overlaps(q, from, to)),
      reported: full.reported.filter((r) => overlaps(r, from, to)),
      rejected: {
        actors: full.rejected.actors.filter((m) => overlaps(m, from, to)),
        quotes: full.rejected.quotes.filter((q) => overlaps(q, from, to)),
        reported: (full.rejected.reported ?? []).filter((r) => overlaps(r, from, to)),
      },
      outcomes: full.outcomes,
    },
    corrections.filter((c) => overlaps(c.target, from, to)),
  );
}

function comparable(c: CuratedAnalysis, corrections: readonly Correction[]) {
  return {
    actors: c.actors,
    quotes: c.quotes,
    reported: c.reported,
    rejected: { actors: c.rejected.actors, quotes: c.rejected.quotes, reported: c.rejected.reported ?? [] },
    outcomes: corrections.map((x) => [x.id, c.outcomes.get(x.id)]),
  };
}

/** `curator`: one publication's slices (sliceCurator), asked for this one after others. */
function assertSliceTrue(text: string, machine: AnalysisResult, corrections: readonly Correction[], from: number, to: number, curator?: (from: number, to: number) => CuratedAnalysis): void {
  const slice = curator ? curator(from, to) : curateSlice(queryOf(machine), corrections, from, to, 64);
  const inSlice = corrections.filter((c) => overlaps(c.target, from, to));
  const expected = restricted(curate(machine, corrections), corrections, from, to);
  if (process.env.SLICE_DEBUG && !isDeepStrictEqual(comparable(slice, inSlice), expected)) console.log(JSON.stringify({ text, machine, corrections, from, to }, null, 1));
  assert.deepEqual(comparable(slice, inSlice), expected, `slice [${from}, ${to}) of ${text.length}`);
}

// --- Concrete cases: one hand-built recognizer result, each rule that looks outside. ---

const TEXT = [
  'Petani Kopi Gayo Bangun Gudang',
  'Petani kopi Rahmat Siregar meresmikan gudang baru di Takengon, Senin.',
  '"Panen tahun ini lebih baik," kata Rahmat.',
  '"Kami menyimpan dua ton sebulan."',
  'Siregar mengatakan harga biji kopi sedang naik.',
  'Kakaknya, Rahmat Lubis, membantu pengemasan.',
  'Menurut Rahmat, gudang itu juga dipakai untuk pelatihan.',
].join('\n\n');

const at = positionsIn(TEXT);

function mention(surface: string, nth: number, canonical: string, type: ActorMention['type'] = 'PER'): ActorMention {
  const start = at(surface, nth);
  return { start, end: start + surface.length, text: surface, type, canonical };
}

const RAHMAT_FULL_INSIDE = mention('Siregar', 1, 'Siregar');
const RAHMAT = mention('Rahmat', 2, 'Rahmat');
const SIREGAR = mention('Siregar', 2, 'Siregar');
const LUBIS = mention('Rahmat Lubis', 1, 'Rahmat Lubis');
const LAST_RAHMAT = mention('Rahmat', 4, 'Rahmat Lubis');
const Q_PANEN = '"Panen tahun ini lebih baik,"';
const Q_SIMPAN = '"Kami menyimpan dua ton sebulan."';
const S_HARGA = 'harga biji kopi sedang naik';
const S_GUDANG = 'gudang itu juga dipakai untuk pelatihan';

function handBuilt(): AnalysisResult {
  const quote = (surface: string, by: ActorMention, cue: string): Quote => ({ start: at(surface), end: at(surface) + surface.length, text: surface, speaker: by.canonical, speakerMention: { start: by.start, end: by.end }, cue });
  const statement = (surface: string, by: ActorMention, cue: string): ReportedStatement => ({ start: at(surface), end: at(surface) + surface.length, text: surface, speaker: by.canonical, speakerMention: { start: by.start, end: by.end }, cue, attribution: 'explicit' });
  return {
    actors: [mention('Rahmat', 1, 'Rahmat'), RAHMAT_FULL_INSIDE, mention('Takengon', 1, 'Takengon', 'GPE'), RAHMAT, SIREGAR, LUBIS, LAST_RAHMAT],
    quotes: [quote(Q_PANEN, RAHMAT, 'kata'), quote(Q_SIMPAN, RAHMAT, 'continuation')],
    reported: [statement(S_HARGA, SIREGAR, 'mengatakan'), statement(S_GUDANG, LAST_RAHMAT, 'menurut')],
  };
}

let seq = 0;
function stamp(): { id: string; created: string; modified: string } {
  seq++;
  const time = `2026-12-07T00:${String(Math.floor(seq / 60) % 60).padStart(2, '0')}:${String(seq % 60).padStart(2, '0')}.000Z`;
  return { id: `C${String(seq).padStart(25, '0')}`, created: time, modified: time };
}

function actorAt(start: number, end: number, decision: ActorCorrection['decision'], values: Partial<ActorCorrection> = {}): ActorCorrection {
  return { ...stamp(), layer: 'actor', decision, target: makeTarget(TEXT, start, end), annotator: 'ani', ...values };
}

function quoteAt(start: number, end: number, decision: QuoteCorrection['decision'], values: Partial<QuoteCorrection> = {}): QuoteCorrection {
  return { ...stamp(), layer: 'quote', decision, target: makeTarget(TEXT, start, end), annotator: 'ani', ...values };
}

const paragraph = (n: number) => {
  let start = 0;
  for (let i = 0; i < n; i++) start = TEXT.indexOf('\n\n', start) + 2;
  const end = TEXT.indexOf('\n\n', start);
  return { start, end: end < 0 ? TEXT.length : end };
};

describe('curated slice of a large article (curateSlice)', () => {
  const markFull = () => actorAt(at('Rahmat Siregar'), at('Rahmat Siregar') + 'Rahmat Siregar'.length, 'set', { type: 'PER', canonical: 'Rahmat Siregar' });

  it('rule 4b: a short name in the slice follows the full name the researcher marked before it', () => {
    const p = paragraph(4); // "Siregar mengatakan …"
    const slice = curateSlice(queryOf(handBuilt()), [markFull()], p.start, p.end);
    const siregar = slice.actors.find((m) => m.start === SIREGAR.start)!;
    assert.equal(siregar.canonical, 'Rahmat Siregar');
    assert.equal(siregar.provenance, 'followed');
    // and rule 5 on top: the statement it gave follows too
    assert.equal(slice.reported.find((r) => r.text === S_HARGA)!.speaker, 'Rahmat Siregar');
    assertSliceTrue(TEXT, handBuilt(), [markFull()], p.start, p.end);
  });

  it('rule 4b: not when the recognizer named the person in full before the slice', () => {
    // The recognizer read "Rahmat Siregar" in full and linked the last "Rahmat" to him; the
    // researcher relinks "Rahmat Lubis" to another identity. The last "Rahmat" is contained
    // in that decided name, but its person was named in full before: it stays his.
    const machine = handBuilt();
    machine.actors = machine.actors.filter((m) => m.start !== at('Rahmat Siregar')).map((m) => (m === RAHMAT_FULL_INSIDE ? mention('Rahmat Siregar', 1, 'Rahmat Siregar') : m === LAST_RAHMAT ? { ...m, canonical: 'Rahmat Siregar' } : m));
    const relinkLubis = actorAt(LUBIS.start, LUBIS.end, 'set', { type: 'PER', canonical: 'Rahmat Lubis Tua' });
    const from = paragraph(5).start;
    const to = paragraph(6).end;
    const slice = curateSlice(queryOf(machine), [relinkLubis], from, to);
    assert.equal(slice.actors.find((m) => m.start === LAST_RAHMAT.start)!.canonical, 'Rahmat Siregar');
    assertSliceTrue(TEXT, machine, [relinkLubis], from, to);
  });

  it('rule 5: a quote in the slice follows its speaker mention relinked before the slice', () => {
    const relink = actorAt(RAHMAT.start, RAHMAT.end, 'set', { type: 'PER', canonical: 'Rahmat Siregar' });
    const q = at(Q_PANEN);
    const slice = curateSlice(queryOf(handBuilt()), [relink], q + 1, q + Q_PANEN.length);
    assert.equal(slice.quotes[0].speaker, 'Rahmat Siregar');
    assertSliceTrue(TEXT, handBuilt(), [relink], q + 1, q + Q_PANEN.length);
  });

  it('neighbours: a continuation quote in the slice follows the quote corrected before it', () => {
    const speaker = quoteAt(at(Q_PANEN), at(Q_PANEN) + Q_PANEN.length, 'set', { speaker: 'Rahmat Siregar' });
    const p = paragraph(3);
    const slice = curateSlice(queryOf(handBuilt()), [speaker], p.start, p.end);
    assert.equal(slice.quotes[0].speaker, 'Rahmat Siregar');
    assert.equal(slice.quotes[0].provenance, 'followed');
    assertSliceTrue(TEXT, handBuilt(), [speaker], p.start, p.end);
  });

  it('a correction straddling the slice edge reads the machine item it replaced', () => {
    // A new span from the quote into the attribution: the machine's quote lies partly before
    // the slice; its cue and speaker mention are kept, its provenance is "corrected".
    const q = at(Q_PANEN);
    const respan = quoteAt(q, q + Q_PANEN.length + 5, 'set', { speaker: 'Rahmat' });
    const from = q + Q_PANEN.length + 2;
    assertSliceTrue(TEXT, handBuilt(), [respan], from, from + 40);
    const slice = curateSlice(queryOf(handBuilt()), [respan], from, from + 40);
    assert.equal(slice.quotes[0].provenance, 'corrected');
    assert.equal(slice.quotes[0].cue, 'kata');
  });

  it('overlapping corrections: the later one outside the slice supersedes the one inside', () => {
    const inside = actorAt(SIREGAR.start, SIREGAR.end, 'set', { type: 'PER', canonical: 'Siregar Muda' });
    const later = actorAt(SIREGAR.start - 2, SIREGAR.start + 1, 'reject');
    assertSliceTrue(TEXT, handBuilt(), [inside, later], SIREGAR.start + 1, SIREGAR.end + 20);
  });
});

// --- The property over generated articles. ---

const PEOPLE: [string, string][] = [['Rahmat', 'Siregar'], ['Rahmat', 'Lubis'], ['Wulan', 'Harahap'], ['Bonar', 'Sitompul'], ['Mega', 'Pasaribu']];
const TEMPLATES: ((f: string, l: string) => string)[] = [
  (f, l) => `Petani kopi ${f} ${l} meresmikan gudang baru di Takengon, Senin.`,
  (f) => `"Panen tahun ini lebih baik," kata ${f}.`,
  () => '"Kami menyimpan dua ton sebulan."',
  (_f, l) => `${l} mengatakan harga biji kopi sedang naik.`,
  (f) => `Menurut ${f}, gudang itu juga dipakai untuk pelatihan.`,
  (f, l) => `Ketua koperasi, ${f} ${l}, menyambut baik rencana itu.`,
  (_f, l) => `"Pembeli datang dari Medan," ujar ${l}.`,
  () => '"Kami juga menjual bibit."\n\n"Permintaannya terus bertambah."',
  (f, l) => `"Kualitasnya terjaga," kata ${f} ${l} kepada wartawan.`,
  (f, l) => `"Kami siap mengirim ke luar negeri."\n\n"Pembelinya sudah menunggu," kata ${f} ${l}.`,
  (f) => `"Gudangnya sudah penuh," kata ${f}, "jadi kami menyewa satu lagi."`,
];

function article(rnd: () => number): string {
  const n = 8 + Math.floor(rnd() * 14);
  const out = ['Gudang Kopi Baru di Dataran Tinggi'];
  for (let i = 0; i < n; i++) {
    const [f, l] = PEOPLE[Math.floor(rnd() * PEOPLE.length)];
    out.push(TEMPLATES[Math.floor(rnd() * TEMPLATES.length)](f, l));
  }
  return out.join('\n\n');
}

function generatedCorrections(text: string, machine: AnalysisResult, rnd: () => number): Correction[] {
  const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[Math.floor(rnd() * list.length)] : undefined);
  const people = PEOPLE.map(([f, l]) => `${f} ${l}`);
  const out: Correction[] = [];
  const count = Math.floor(rnd() * 15);
  for (let n = 0; n < count; n++) {
    const time = `2026-12-07T01:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:${String(n).padStart(2, '0')}.000Z`;
    const base = { id: `G${String(n).padStart(25, '0')}`, annotator: 'ani', created: time, modified: time, ...(rnd() < 0.05 ? { needsReview: true } : {}) };
    const target = (s: number, e: number) => makeTarget(text, Math.max(0, s), Math.min(text.length, e));
    const kind = Math.floor(rnd() * 12);
    if (kind <= 2) {
      const m = pick(machine.actors);
      if (!m) continue;
      const decision = kind === 0 ? 'reject' : kind === 1 ? 'set' : 'accept';
      out.push({ ...base, layer: 'actor', decision, target: target(m.start, m.end), ...(decision === 'reject' ? {} : { type: 'PER' as const, canonical: pick(people)! }) });
    } else if (kind === 3) {
      // A full name marked (the recognizer may have missed or misread it): rule 4b.
      const name = pick(people)!;
      const hits: number[] = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) hits.push(i);
      const s = pick(hits);
      if (s === undefined) continue;
      out.push({ ...base, layer: 'actor', decision: 'set', target: target(s, s + name.length), type: 'PER', canonical: rnd() < 0.5 ? name : `${name} Tua` });
    } else if (kind <= 6) {
      const q = pick(machine.quotes);
      if (!q) continue;
      const decision = kind === 4 ? 'reject' : 'set';
      const span = kind === 6 ? target(q.start, q.end + 6) : target(q.start, q.end);
      out.push({ ...base, layer: 'quote', decision, target: span, ...(decision === 'set' ? { speaker: rnd() < 0.2 ? null : pick(people)! } : {}) } as QuoteCorrection);
    } else if (kind >= 9) {
      // Spans the recognizer did not read: across two items, or from inside one.
      const s = Math.floor(rnd() * text.length);
      const span = target(s, s + 3 + Math.floor(rnd() * 60));
      if (kind === 9) out.push({ ...base, layer: 'actor', decision: 'set', target: span, type: 'PER', canonical: pick(people)! });
      else if (kind === 10) out.push({ ...base, layer: 'quote', decision: 'set', target: span, speaker: pick(people)! });
      else out.push({ ...base, layer: 'reported', decision: rnd() < 0.3 ? 'reject' : 'set', target: span, speaker: pick(people)! });
    } else {
      const r = pick(machine.reported ?? []);
      if (!r) continue;
      const decision = kind === 7 ? 'reject' : 'set';
      out.push({ ...base, layer: 'reported', decision, target: target(r.start, r.end), ...(decision === 'set' ? { speaker: pick(people)! } : {}) } as ReportedCorrection);
    }
  }
  return out;
}

describe('curated slice: the property over generated articles', () => {
  it('for any slice, the curated slice equals the whole curated layer restricted to it', function () {
    this.timeout(120_000);
    const rnd = seededRandom(Number(process.env.SLICE_SEED ?? 55));
    for (let a = 0; a < Number(process.env.SLICE_ARTICLES ?? 80); a++) {
      const text = article(rnd);
      const machine = analyze(text);
      const corrections = generatedCorrections(text, machine, rnd);
      // (blocks far smaller than an article, so slices read across many of them)
      const curator = sliceCurator(queryOf(machine), corrections, text.length, { block: 97 });
      for (let s = 0; s < 12; s++) {
        const from = Math.floor(rnd() * text.length);
        const to = Math.min(text.length, from + 1 + Math.floor(rnd() * 400));
        assertSliceTrue(text, machine, corrections, from, to);
        assertSliceTrue(text, machine, corrections, from, to, curator);
      }
    }
  });
});

describe('findings read once per publication (readOnce)', () => {
  it('answers every range as the model does: items across block edges once, in order', () => {
    const rnd = seededRandom(7);
    for (let a = 0; a < 10; a++) {
      const text = article(rnd);
      const machine = analyze(text);
      const model = queryOf(machine);
      let reads = 0;
      const counted = (from: number, to: number) => {
        reads++;
        return model(from, to);
      };
      const read = readOnce(counted, text.length, 53);
      const ranges: [number, number][] = [[0, text.length], [0, Infinity], [text.length, Infinity], [5, 5]];
      for (let s = 0; s < 30; s++) {
        const from = Math.floor(rnd() * text.length);
        ranges.push([from, Math.min(text.length, from + 1 + Math.floor(rnd() * 300))]);
      }
      for (const [from, to] of ranges) assert.deepEqual(read(from, to), model(from, to), `[${from}, ${to}) of ${text.length}`);
      // each block read from the model once, whatever the ranges asked (the two empty
      // ranges are passed on: nothing to keep)
      assert.ok(reads <= Math.ceil(text.length / 53) + 2, `${reads} reads of ${Math.ceil(text.length / 53)} blocks`);
    }
  });
});
