// What goes into the agreement (issue 11, point 11): only an annotator's own judgements
// (suggestions, pending or rejected, are machine proposals), only the pairs of annotators
// who share an article, and for every differing field both annotators' values.
import assert from 'node:assert/strict';
import { adjudicate, computeAgreement, renderPlain, reportTables } from '../../../src/core/agreement';
import type { AgreementInput } from '../../../src/core/agreement';
import type { Annotation, AnnotationStatus } from '../../../src/core/annotations/types';
import { ARTICLE, claim, source, stance } from '../export/fixtures';

const t = ARTICLE;
const withStatus = (a: Annotation, status: AnnotationStatus): Annotation => ({ ...a, status });
const withStance = (a: Annotation, fields: Record<string, unknown>): Annotation =>
  a.kind === 'stance' ? ({ ...a, stance: { ...a.stance, ...fields } } as Annotation) : a;

describe('agreement inputs', () => {
  describe('suggestions are not annotations', () => {
    // ani and budi agree on one stance; each has machine suggestions in their file.
    const input = (): AgreementInput => ({
      articles: [
        {
          path: 'beras.txt',
          annotators: ['ani', 'budi'],
          annotations: [
            stance(t, 'menolak rencana itu', 'against', 'ani'),
            withStatus(source(t, 'ANTARA', 'news agency', 'ani'), 'rejected'),
            withStatus(source(t, 'Sri Mulyani', 'official', 'ani'), 'suggested'),
            stance(t, 'menolak rencana itu', 'against', 'budi'),
            withStatus(source(t, 'Faisal Basri', 'official', 'budi'), 'rejected'),
          ],
        },
      ],
    });

    it('leaves rejected and pending suggestions out of span counts and disagreements', () => {
      const r = computeAgreement(input());
      const all = r.overall.spans.find((s) => s.kind === 'all')!;
      assert.deepEqual([all.countA, all.countB, all.matched], [1, 1, 1]);
      assert.deepEqual(r.overall.spans.find((s) => s.kind === 'source')!.countA, 0);
      assert.deepEqual(r.disagreements, []);
      assert.equal(r.articles[0].disagreements, 0);
    });

    it('counts an accepted suggestion like any annotation', () => {
      const i = input();
      i.articles[0].annotations.push(withStatus(source(t, 'ANTARA', 'news agency', 'budi'), 'accepted'));
      const r = computeAgreement(i);
      assert.equal(r.overall.spans.find((s) => s.kind === 'source')!.countB, 1);
      assert.deepEqual(
        r.disagreements.map((d) => [d.aspects.join('+'), d.a?.exact, d.b?.exact]),
        [['missing', undefined, 'ANTARA']],
      );
    });

    it('does not make an annotator of someone whose only entries in an article are suggestions', () => {
      const r = computeAgreement({
        articles: [
          { path: 'a.txt', annotators: ['ani', 'budi'], annotations: [stance(t, 'menolak rencana itu', 'against', 'ani'), stance(t, 'menolak rencana itu', 'favor', 'budi')] },
          // cici only has machine proposals here (one rejected, one pending): she has not annotated b.txt.
          {
            path: 'b.txt',
            annotators: ['ani', 'cici'],
            annotations: [
              claim(t, 'subsidi akan ditambah', 'ani'),
              withStatus(source(t, 'ANTARA', 'media', 'cici'), 'rejected'),
              source(t, 'Sri Mulyani', 'official', 'cici'),
            ],
          },
        ],
      });
      assert.deepEqual(r.articles.find((a) => a.path === 'b.txt')!.annotators, ['ani']);
      assert.deepEqual(r.annotators, ['ani', 'budi']);
      assert.deepEqual(r.disagreements.map((d) => d.article), ['a.txt']);
    });

    it('keeps an annotator with a file of their own and no entries at all (nothing marked is a judgement)', () => {
      const r = computeAgreement({ articles: [{ path: 'a.txt', annotators: ['ani', 'budi'], annotations: [claim(t, 'subsidi akan ditambah', 'ani')] }] });
      assert.deepEqual(r.articles[0].annotators, ['ani', 'budi']);
      assert.deepEqual(r.disagreements.map((d) => d.aspects[0]), ['missing']);
    });

    it('adjudicates the same annotations the report compares (suggestions are not carried over)', () => {
      const i = input();
      const report = computeAgreement(i);
      const result = adjudicate(i, { annotatorA: 'ani', annotatorB: 'budi', resolutions: {} });
      assert.deepEqual(result.pending, report.disagreements.map((d) => d.id));
      assert.deepEqual(result.articles[0].annotations.map((a) => `${a.kind}:${a.target.exact}`), ['stance:menolak rencana itu']);
    });
  });

  describe('pairs of annotators', () => {
    const input = (): AgreementInput => ({
      articles: [
        { path: 'a.txt', annotators: ['ani', 'budi'], annotations: [stance(t, 'menolak rencana itu', 'against', 'ani'), stance(t, 'menolak rencana itu', 'against', 'budi')] },
        { path: 'b.txt', annotators: ['budi', 'cici'], annotations: [claim(t, 'subsidi akan ditambah', 'budi'), claim(t, 'subsidi akan ditambah', 'cici')] },
        { path: 'c.txt', annotators: ['dedi'], annotations: [claim(t, 'subsidi akan ditambah', 'dedi')] },
      ],
    });

    it('lists only pairs who share an article, in spans, labels and the report', () => {
      const r = computeAgreement(input());
      assert.deepEqual(r.pairs, [['ani', 'budi'], ['budi', 'cici']]);
      const spanPairs = [...new Set(r.overall.spans.map((s) => `${s.a}-${s.b}`))];
      assert.deepEqual(spanPairs, ['ani-budi', 'budi-cici']);
      for (const l of r.overall.labels) assert.deepEqual(l.cohen.map((c) => `${c.a}-${c.b}`), ['ani-budi', 'budi-cici']);
    });

    it('prints no row for a pair without a shared article, nor for an article with one annotator', () => {
      const plain = renderPlain(reportTables(computeAgreement(input())));
      assert.doesNotMatch(plain, /^ani\s+cici\b/m);
      assert.doesNotMatch(plain, /ani–cici|ani–dedi/);
      assert.doesNotMatch(plain, /^c\.txt\b/m);
      assert.match(plain, /^a\.txt\s+ani, budi\b/m);
      assert.match(plain, /^Per article \(articles with two or more annotators: 2 of 3\)$/m);
    });

    it('adjudicates a pair only on the articles both annotated', () => {
      const i = input();
      i.articles.push({ path: 'd.txt', annotators: ['ani'], annotations: [claim(t, 'Pemerintah belum menjawab', 'ani')] });
      const report = computeAgreement(i);
      const result = adjudicate(i, { annotatorA: 'ani', annotatorB: 'budi', resolutions: {} });
      assert.deepEqual(result.articles.map((a) => a.path), ['a.txt']);
      assert.deepEqual(result.pending, report.disagreements.filter((d) => d.annotatorA === 'ani' && d.annotatorB === 'budi').map((d) => d.id));
    });
  });

  describe('differences show both values', () => {
    const input = (): AgreementInput => ({
      articles: [
        {
          path: 'beras.txt',
          annotations: [
            withStance(stance(t, 'menolak rencana itu', 'favor', 'ani'), { holder: 'Faisal Basri' }),
            withStance(stance(t, 'menolak rencana itu', 'against', 'budi'), { holder: 'Faisal Basri', intensity: 3 }),
            claim(t, 'subsidi akan ditambah', 'ani'),
            stance(t, 'subsidi akan ditambah', 'favor', 'budi'),
          ],
        },
      ],
    });

    it('lists each differing field with annotator A’s and B’s value', () => {
      const r = computeAgreement(input());
      const stanceDiff = r.disagreements.find((d) => d.a?.kind === 'stance')!;
      assert.deepEqual(stanceDiff.aspects, ['polarity', 'fields']);
      assert.deepEqual(stanceDiff.differences, [
        { field: 'polarity', a: 'favor', b: 'against' },
        { field: 'intensity', a: '2', b: '3' },
      ]);
      const kindDiff = r.disagreements.find((d) => d.a?.kind === 'claim')!;
      assert.deepEqual(kindDiff.differences, [{ field: 'kind', a: 'claim', b: 'stance' }]);
    });

    it('names a value only one side has, and missing spans have no field differences', () => {
      const i = input();
      i.articles[0].annotations = [
        { ...claim(t, 'subsidi akan ditambah', 'ani'), claim: { claimant: 'Sri Mulyani', verdict: 'benar' } } as Annotation,
        { ...claim(t, 'subsidi akan ditambah', 'budi'), claim: { claimant: 'Sri Mulyani' } } as Annotation,
        claim(t, 'Pemerintah belum menjawab', 'budi'),
      ];
      const r = computeAgreement(i);
      assert.deepEqual(r.disagreements.map((d) => d.differences), [[{ field: 'verdict', a: 'benar' }], []]);
    });

    it('shows both values, named by annotator, in the disagreements table', () => {
      const plain = renderPlain(reportTables(computeAgreement(input())));
      assert.match(plain, /polarity: favor \(ani\) ≠ against \(budi\); intensity: 2 \(ani\) ≠ 3 \(budi\)/);
      assert.match(plain, /kind: claim \(ani\) ≠ stance \(budi\)/);
      assert.doesNotMatch(plain, /\bfields\b/);
    });

    it('shortens long values in the table and keeps them whole in the report', () => {
      const long = 'Finlandia dan Swedia bergabung sehingga perbatasan darat bertambah panjang';
      const i = input();
      i.articles[0].annotations = [
        { ...claim(t, 'subsidi akan ditambah', 'ani'), claim: { claimant: 'Budi', paraphrase: long } } as Annotation,
        claim(t, 'subsidi akan ditambah', 'budi'),
      ];
      const r = computeAgreement(i);
      assert.deepEqual(r.disagreements[0].differences, [{ field: 'paraphrase', a: long }]);
      assert.match(renderPlain(reportTables(r)), /paraphrase: Finlandia dan Swedia bergabung sehingga… \(ani\) ≠ — \(budi\)/);
    });
  });
});
