import assert from 'node:assert/strict';
import { capitalisedName, fullNameOfShortFirst, trimNounBeforeKnownName } from '../../../src/core/recognize/name-variants';
import type { ActorMention } from '../../../src/core/recognize/types';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('name-variants (link pass)', () => {
  it('a short first name before the same last name is the one full name starting with it', () => {
    assert.equal(fullNameOfShortFirst('Cok Wiradana', ['Cokorda Gede Wiradana']), 'Cokorda Gede Wiradana');
    assert.equal(fullNameOfShortFirst('Moh. Rizal', ['Mohammad Hasan Rizal']), 'Mohammad Hasan Rizal');
    // two candidates, a whole first name (that is containment, not a short form), one token
    assert.equal(fullNameOfShortFirst('Cok Wiradana', ['Cokorda Gede Wiradana', 'Cokro Aji Wiradana']), undefined);
    assert.equal(fullNameOfShortFirst('Gede Wiradana', ['Gede Made Wiradana']), undefined);
    assert.equal(fullNameOfShortFirst('Wiradana', ['Cokorda Gede Wiradana']), undefined);
    assert.equal(fullNameOfShortFirst('Cok Wiradana', undefined), undefined);
    // no customary short form: another person sharing the surname
    assert.equal(fullNameOfShortFirst('Adi Wijaya', ['Adinda Sari Wijaya']), undefined);
  });
  it('a name in capitals is read as written in a sentence; other text is not a name in capitals', () => {
    assert.equal(capitalisedName('DEDI KURNIAWAN'), 'Dedi Kurniawan');
    assert.equal(capitalisedName("SITI NUR'AINI"), "Siti Nur'aini");
    assert.equal(capitalisedName('Dedi Kurniawan'), undefined);
    assert.equal(capitalisedName('KPK'), undefined);
  });
  it('cuts a sentence-initial common noun off an unknown person named elsewhere, not another person\'s first name', () => {
    const text = 'Kata Han Seo-yeon. Agensi Han Seo-yeon menyatakan. Budi Han Seo-yeon datang. Budi Santoso pulang.';
    const at = (s: string, from = 0): ActorMention => {
      const start = text.indexOf(s, from);
      return { start, end: start + s.length, text: s, type: 'PER', canonical: s };
    };
    const ms = [at('Han Seo-yeon'), at('Agensi Han Seo-yeon'), at('Budi Han Seo-yeon'), at('Budi Santoso')];
    trimNounBeforeKnownName(text, ms, (k) => k > 0);
    assert.deepEqual(ms.map((m) => `${m.text}@${m.start}=${m.canonical}`), [
      'Han Seo-yeon@5=Han Seo-yeon', 'Han Seo-yeon@26=Han Seo-yeon', 'Budi Han Seo-yeon@51=Budi Han Seo-yeon', 'Budi Santoso@77=Budi Santoso',
    ]);
    assert.equal(text.slice(ms[1].start, ms[1].end), 'Han Seo-yeon');
  });
  it('trimNounBeforeKnownName is linear in the people of a long text with many candidates', function () {
    // Looking each person up among the candidates (Array.includes) was quadratic: 1.8 s of
    // CPU at 40,000 sentences.
    this.timeout(120_000);
    const textOf = (n: number) => {
      const parts: string[] = [];
      const ms: ActorMention[] = [];
      let at = 0;
      for (let i = 0; i < n; i++) {
        // a candidate opening its sentence, then another person mid-sentence
        const candidate = `Nama Orang${i} Satu`;
        const other = `Orang${i} Dua`;
        const sentence = `${candidate} datang bersama ${other}. `;
        ms.push({ start: at, end: at + candidate.length, text: candidate, type: 'PER', canonical: candidate });
        const o = at + sentence.indexOf(other);
        ms.push({ start: o, end: o + other.length, text: other, type: 'PER', canonical: other });
        parts.push(sentence);
        at += sentence.length;
      }
      return { text: parts.join(''), ms };
    };
    const inputs = new Map([10_000, 40_000].map((n) => [n, textOf(n)]));
    const growth = cpuGrowth((n) => {
      const { text, ms } = inputs.get(n) as { text: string; ms: ActorMention[] };
      const copy = ms.map((m) => ({ ...m }));
      trimNounBeforeKnownName(text, copy, () => true);
      assert.equal(copy[0].text, 'Nama Orang0 Satu');
    }, 10_000, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the people took ${growth.toFixed(2)}x the CPU: the walk is quadratic`);
  });
});
