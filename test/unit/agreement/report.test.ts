import assert from 'node:assert/strict';
import { adjudicate, computeAgreement, computeAgreementInSlices, renderMarkdown, renderPlain, reportTables } from '../../../src/core/agreement';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import type { AgreementInput } from '../../../src/core/agreement';
import type { Annotation } from '../../../src/core/annotations/types';
import { ARTICLE, claim, source as suggestedSource, stance } from '../export/fixtures';

/** The fixture's sources are suggestions, which the agreement leaves out: here, accepted ones. */
const source = (...args: Parameters<typeof suggestedSource>): Annotation => ({ ...suggestedSource(...args), status: 'accepted' });

function twoAnnotators(): AgreementInput {
  const t = ARTICLE;
  return {
    articles: [
      {
        path: 'beras.txt',
        annotations: [
          // Same span and kind, same polarity: agreement.
          stance(t, 'menolak rencana itu', 'against', 'ani'),
          stance(t, 'menolak rencana itu', 'against', 'budi'),
          // Same span, different kind.
          claim(t, 'subsidi akan ditambah', 'ani'),
          stance(t, 'subsidi akan ditambah', 'favor', 'budi'),
          // Same span, same kind, different source type.
          source(t, 'ANTARA', 'news agency', 'ani'),
          source(t, 'ANTARA', 'media', 'budi'),
          // Only ani; and an overlapping but not identical claim by budi.
          claim(t, 'Pemerintah belum menjawab', 'ani'),
          claim(t, 'Pemerintah belum', 'budi'),
        ],
      },
    ],
  };
}

describe('agreement report', () => {
  it('computes per-kind span P/R/F1 with exact matching', () => {
    const r = computeAgreement(twoAnnotators(), { mode: 'exact' });
    const row = (kind: string) => r.overall.spans.find((s) => s.kind === kind)!;
    assert.deepEqual(r.annotators, ['ani', 'budi']);
    // all kinds: ani 4 spans, budi 4, exact matches 3 (the "Pemerintah" claims differ).
    assert.deepEqual([row('all').countA, row('all').countB, row('all').matched], [4, 4, 3]);
    assert.equal(row('all').f1, 0.75);
    // claims: ani 2, budi 1, none exact-matched with the same kind.
    assert.deepEqual([row('claim').countA, row('claim').countB, row('claim').matched, row('claim').precision], [2, 1, 0, 0]);
    assert.deepEqual([row('stance').countA, row('stance').countB, row('stance').matched], [1, 2, 1]);
    assert.equal(row('stance').recall, 1);
    assert.equal(row('stance').precision, 0.5);
  });

  it("computes kappa on matched spans and lists every disagreement with both sides", () => {
    const r = computeAgreement(twoAnnotators(), { mode: 'exact' });
    const kind = r.overall.labels.find((l) => l.attribute === 'kind')!;
    // Matched pairs (ani, budi): (stance, stance), (claim, stance), (source, source).
    // po = 2/3; ani: stance 1, claim 1, source 1; budi: stance 2, source 1;
    // pe = (1/3)(2/3) + (1/3)(1/3) = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.5.
    assert.equal(kind.cohen[0].n, 3);
    assert.ok(Math.abs(kind.cohen[0].kappa! - 0.5) < 1e-12);
    // Fleiss on the same 3 units: P-bar = 2/3, Pe = (3² + 1² + 2²) / 6² = 7/18, kappa = 5/11.
    assert.equal(kind.fleissUnits, 3);
    assert.ok(Math.abs(kind.fleiss! - 5 / 11) < 1e-12);
    const aspects = r.disagreements.map((d) => d.aspects.join('+')).sort();
    assert.deepEqual(aspects, ['kind', 'missing', 'missing', 'sourceType']);
    const st = r.disagreements.find((d) => d.aspects.includes('sourceType'))!;
    assert.equal(st.a!.value, 'news agency');
    assert.equal(st.b!.value, 'media');
    assert.equal(st.a!.exact, 'ANTARA');
    assert.equal(r.articles[0].disagreements, 4);
  });

  it('with overlap matching, pairs the overlapping claims and calls it a boundary disagreement', () => {
    const r = computeAgreement(twoAnnotators(), { mode: 'overlap' });
    assert.equal(r.overall.spans.find((s) => s.kind === 'claim')!.matched, 1);
    const b = r.disagreements.find((d) => d.aspects.includes('boundary'))!;
    assert.equal(b.a!.exact, 'Pemerintah belum menjawab');
    assert.equal(b.b!.exact, 'Pemerintah belum');
  });

  it('treats annotators absent from an article as missing values, not as disagreement', () => {
    const t = ARTICLE;
    const input: AgreementInput = {
      articles: [
        { path: 'a.txt', annotators: ['ani', 'budi', 'cici'], annotations: [stance(t, 'menolak rencana itu', 'against', 'ani'), stance(t, 'menolak rencana itu', 'against', 'budi'), stance(t, 'menolak rencana itu', 'favor', 'cici')] },
        { path: 'b.txt', annotators: ['ani', 'budi'], annotations: [stance(t, 'menolak rencana itu', 'favor', 'ani'), stance(t, 'menolak rencana itu', 'favor', 'budi')] },
      ],
    };
    const r = computeAgreement(input);
    const polarity = r.overall.labels.find((l) => l.attribute === 'polarity')!;
    assert.equal(polarity.fleissUnits, 1); // only a.txt has all three
    assert.equal(polarity.alphaPairable, 5);
    assert.equal(r.articles[1].spans.length, 4); // ani-budi only
  });

  it('renders the same tables as Markdown and plain text', () => {
    const tables = reportTables(computeAgreement(twoAnnotators()));
    const md = renderMarkdown(tables);
    assert.match(md, /^## Overall span agreement \(exact span match\)$/m);
    assert.match(md, /^\| ani \| budi \| all \| 4 \| 4 \| 3 \| 0\.750 \| 0\.750 \| 0\.750 \|$/m);
    const plain = renderPlain(tables);
    assert.match(plain, /^Disagreements \(4\)$/m);
    assert.match(plain, /^ani\s+budi\s+all\s+4\s+4\s+3\s+0\.750\s+0\.750\s+0\.750$/m);
  });

  it('adjudicates: keep A, keep B, both, neither; unresolved keeps both for review', () => {
    const input = twoAnnotators();
    const report = computeAgreement(input);
    const byAspect = (a: string) => report.disagreements.find((d) => d.aspects.join('+') === a)!.id;
    const missing = report.disagreements.filter((d) => d.aspects[0] === 'missing');
    const result = adjudicate(input, {
      annotatorA: 'ani',
      annotatorB: 'budi',
      resolutions: { [byAspect('kind')]: 'B', [byAspect('sourceType')]: 'A', [missing[0].id]: 'both', [missing[1].id]: 'neither', 'stale#x/y': 'A' },
      adjudicator: 'ketua',
    });
    const out = result.articles[0].annotations;
    assert.deepEqual(result.pending, []);
    assert.deepEqual(result.unknown, ['stale#x/y']);
    assert.ok(out.every((a) => a.annotator === 'ketua'));
    const summary = out.map((a) => `${a.kind}:${a.target.exact}`).sort();
    const kept = missing[0].a ?? missing[0].b;
    assert.deepEqual(summary, ['source:ANTARA', 'stance:menolak rencana itu', 'stance:subsidi akan ditambah', `${kept!.kind}:${kept!.exact}`].sort());
    assert.equal(out.find((a) => a.kind === 'source')!.kind === 'source' && (out.find((a) => a.kind === 'source') as { source: { sourceType: string } }).source.sourceType, 'news agency');

    const open = adjudicate(input, { annotatorA: 'ani', annotatorB: 'budi', resolutions: {} });
    assert.equal(open.pending.length, 4);
    assert.equal(open.articles[0].annotations.filter((a) => a.needsReview).length, 6);
    assert.equal(open.articles[0].annotations.length, 7);
  });
});

describe('agreement report in slices (issue 19)', () => {
  it('is the report computed in one go, pausing between articles', async () => {
    const one = twoAnnotators().articles[0]!;
    const third = (a: Annotation): Annotation => ({ ...a, annotator: 'cici', id: `${a.id}-c` });
    // 40 articles: some with a third annotator, some with one annotator only.
    const input: AgreementInput = {
      articles: Array.from({ length: 40 }, (_, i) => ({
        path: `berita-${String(i).padStart(2, '0')}.txt`,
        annotations: i % 5 === 4 ? one.annotations.filter((a) => a.annotator === 'ani') : i % 3 === 0 ? [...one.annotations, ...one.annotations.slice(0, 3 + (i % 4)).map(third)] : one.annotations,
      })),
    };
    for (const mode of ['exact', 'overlap'] as const) {
      let t = 0;
      let pauses = 0;
      // A clock that moves 1 ms a reading, a budget of 1 ms: a pause after every article.
      const slices = new TimeSlices(async () => void pauses++, 1, () => t++, 1);
      assert.deepEqual(await computeAgreementInSlices(input, { mode }, slices), computeAgreement(input, { mode }), mode);
      assert.ok(pauses >= 39, `${mode}: ${pauses} pauses`);
    }
  });

  it('pauses inside the corpus-wide work: the inputs a few thousand articles a step, each overall statistic a step of its own', async () => {
    const one = twoAnnotators().articles[0]!;
    // 3,000 articles in reverse path order, one in three annotated by both.
    const input: AgreementInput = {
      articles: Array.from({ length: 3000 }, (_, i) => ({
        path: `berita-${String(2999 - i).padStart(4, '0')}.txt`,
        annotators: i % 3 === 0 ? ['ani', 'budi'] : [],
        annotations: i % 3 === 0 ? one.annotations : [],
      })),
    };
    // Every step's weight as the slices see it (a budget no step reaches: no pause).
    const weights: number[] = [];
    const slices = new TimeSlices(async () => undefined, Infinity, () => 0, 1);
    const due = slices.due.bind(slices);
    slices.due = (items = 1) => (weights.push(items), due(items));
    const report = await computeAgreementInSlices(input, {}, slices);
    assert.deepEqual(report, computeAgreement(input));
    assert.deepEqual(report.articles.slice(0, 2).map((a) => a.path), ['berita-0000.txt', 'berita-0001.txt']);
    // The articles' steps (3,000), the inputs' (3 of 1,024 articles twice, then the sort's,
    // 16 comparisons a step), and a step per statistic after the last article: Fleiss,
    // alpha, the units counted, Cohen's kappa of the one pair, for each of three attributes.
    const units = report.overall.labels.find((l) => l.attribute === 'kind')!.units;
    assert.ok(units > 100, `${units} units`);
    assert.ok(weights.filter((w) => w === units).length >= 3, 'Fleiss, alpha and the count of kind units are steps of their own');
    assert.ok(weights.length >= 3000 + 6 + 3 * 4, `${weights.length} steps`);
  });
});

describe('agreement report: articles nobody annotated', () => {
  it('lists each with empty figures and leaves the rest of the report as without them', () => {
    const annotated = twoAnnotators();
    const bare = ['a.txt', 'z.txt', 'm.txt'].map((path) => ({ path, annotations: [], annotators: [] }));
    const r = computeAgreement({ articles: [...annotated.articles, ...bare] }, { mode: 'exact' });
    const without = computeAgreement(annotated, { mode: 'exact' });
    assert.deepEqual(r.articles.map((a) => a.path), ['a.txt', 'beras.txt', 'm.txt', 'z.txt']);
    const empty = (attribute: string) => ({ attribute, units: 0, cohen: [], fleiss: null, fleissUnits: 0, alpha: null, alphaPairable: 0 });
    for (const path of ['a.txt', 'm.txt', 'z.txt']) {
      assert.deepEqual(r.articles.find((a) => a.path === path), { path, annotators: [], disagreements: 0, spans: [], labels: [empty('kind'), empty('polarity'), empty('sourceType')] });
    }
    assert.deepEqual({ ...r, articles: r.articles.filter((a) => a.annotators.length > 0) }, without);
  });
});

describe('agreement report: coefficients on too few units', () => {
  it('marks κ and α that rest on fewer than FEW_UNITS units, and prints them all the same', () => {
    // Three matched units: every coefficient of the kind attribute rests on three.
    const tables = reportTables(computeAgreement(twoAnnotators(), { mode: 'exact' }));
    const labels = tables.find((t) => t.title.startsWith('Overall label agreement'))!;
    const kind = labels.rows.find((r) => r[0] === 'kind')!;
    assert.equal(kind[2], 'ani–budi: 0.500, n=3, too few to read');
    assert.match(kind[3], /^0\.455 \(3\), too few to read$/);
    assert.match(kind[4], /^-?\d\.\d{3} \(\d+\), too few to read$/);
  });
});
