import assert from 'node:assert/strict';
import { cohenKappa } from '../../../src/core/agreement/cohen';
import { fleissKappa, fleissKappaFromCounts } from '../../../src/core/agreement/fleiss';
import { krippendorffAlphaNominal } from '../../../src/core/agreement/krippendorff';

const close = (actual: number | null, expected: number, digits = 3) => {
  assert.ok(actual !== null, 'expected a value, got null');
  assert.equal(actual.toFixed(digits), expected.toFixed(digits));
};

describe('agreement statistics against published worked examples', () => {
  describe("Cohen's kappa", () => {
    // Wikipedia "Cohen's kappa", worked example: 50 grant proposals, two readers;
    // both yes 20, A yes / B no 5, A no / B yes 10, both no 15: po = 0.7, pe = 0.5, kappa = 0.4.
    const pairs: Array<[string, string]> = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes'] as [string, string]),
      ...Array.from({ length: 5 }, () => ['yes', 'no'] as [string, string]),
      ...Array.from({ length: 10 }, () => ['no', 'yes'] as [string, string]),
      ...Array.from({ length: 15 }, () => ['no', 'no'] as [string, string]),
    ];

    it('gives kappa = 0.4 (po 0.7, pe 0.5) on the 50-proposal table', () => {
      const r = cohenKappa(pairs);
      close(r.kappa, 0.4, 6);
      close(r.observed, 0.7, 6);
      close(r.expected, 0.5, 6);
      assert.equal(r.n, 50);
    });

    it('leaves out pairs with a missing value', () => {
      const r = cohenKappa<string>([...pairs, ['yes', null], [undefined, 'no']]);
      assert.equal(r.n, 50);
      close(r.kappa, 0.4, 6);
    });

    it('is 1 for perfect agreement and null when it is undefined', () => {
      assert.equal(cohenKappa([['a', 'a'], ['b', 'b']]).kappa, 1);
      assert.equal(cohenKappa([['a', 'a'], ['a', 'a']]).kappa, null);
      assert.equal(cohenKappa([]).kappa, null);
    });
  });

  describe("Fleiss' kappa", () => {
    // Fleiss (1971) as worked on Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, 5
    // categories; P-bar = 0.378, Pe = 0.213, kappa = 0.210.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];

    it('gives kappa = 0.210 on the 10 x 5 table', () => {
      const r = fleissKappaFromCounts(table);
      close(r.kappa, 0.21);
      close(r.observed, 0.378);
      close(r.expected, 0.213);
    });

    it('gives the same from raw ratings, and drops units with a missing rating', () => {
      const units = table.map((row) => row.flatMap((count, cat) => Array.from({ length: count }, () => `c${cat + 1}`)));
      const withGap: Array<Array<string | null>> = [...units, ['c1', null, ...units[0].slice(2)]];
      close(fleissKappa(withGap).kappa, 0.21);
      assert.equal(fleissKappa(withGap).subjects, 10);
    });

    it('refuses subjects with different numbers of ratings', () => {
      assert.throws(() => fleissKappaFromCounts([[1, 1], [3, 0]]), /same number of ratings/);
    });
  });

  describe("Krippendorff's alpha (nominal)", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", reliability data
    // of 4 observers x 12 units with missing values (null): nominal alpha = 0.743.
    const observers: Array<Array<number | null>> = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = observers[0].map((_, u) => observers.map((o) => o[u]));

    it('gives alpha = 0.743 with 40 pairable values in 11 units', () => {
      const r = krippendorffAlphaNominal(units);
      close(r.alpha, 0.743);
      assert.equal(r.pairable, 40);
      assert.equal(r.units, 11);
    });

    it('is 1 for perfect agreement and null when no unit is pairable', () => {
      assert.equal(krippendorffAlphaNominal([['a', 'a'], ['b', 'b', null]]).alpha, 1);
      assert.equal(krippendorffAlphaNominal([['a', null], [null, 'b']]).alpha, null);
    });

    it('matches Cohen-like disagreement: two coders who always disagree score below 0', () => {
      const r = krippendorffAlphaNominal([['a', 'b'], ['b', 'a'], ['a', 'b']]);
      assert.ok(r.alpha !== null && r.alpha < 0);
    });
  });
});
