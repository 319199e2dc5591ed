import assert from 'node:assert/strict';
import { CONTEXT_AFTER, CONTEXT_BEFORE, WindowedAnalyzer } from '../../../src/core/incremental/windowed-analyzer';
import { analyze } from '../../../src/core/recognize/analyze';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import type { AnalysisResult } from '../../../src/core/recognize/types';

// A KB person named by one word ("Prabowo") is a stranger when the text names someone
// unknown to the KB who shares that word ("Kata Prabowo", link.ts strangerSharingName).
// In a large document that evidence is read within a window of paragraphs, so which
// paragraphs a decision may read must not depend on the order the editor linked them in:
// an edit must leave the same identities as analysing the edited text afresh.

// Invented paragraphs, none naming a person the KB knows by "Prabowo".
const FILLER = [
  'Menteri Luar Negeri Rusia Sergey Lavrov bertemu mitranya di Moskow pada Senin.',
  '“Kami siap berunding kapan saja,” kata Lavrov kepada wartawan.',
  'Juru bicara Kremlin Dmitry Peskov menambahkan bahwa Rusia “tidak menutup pintu” bagi Ukraina.',
  '“Semua tergantung pada Kyiv,” ujarnya.',
  'Pembicaraan itu berjalan lancar dan terbuka, kata Peskov.',
];

function settle(w: WindowedAnalyzer, text: string, focus = 0): void {
  let guard = 0;
  while (w.update(text, 50, focus)) if (++guard > 10_000) throw new Error('never settled');
}

/** The mentions of `word` with their identity (none: a stranger), in text order. */
function identities(r: AnalysisResult, word: string): string[] {
  return r.actors.filter((m) => m.text.includes(word)).map((m) => `${m.start} ${m.text} ${m.entityId ?? '-'}`);
}

describe('WindowedAnalyzer: a stranger sharing a KB person\'s name, across an edit', () => {
  const kb = defaultKbIndex();
  const paragraphs = Array.from({ length: 100 }, (_, i) => FILLER[i % FILLER.length] as string);

  it('gives the edited text the identities a fresh analysis gives it, whatever the distance', () => {
    const bare = 50;
    for (const gap of [-40, -20, -9, -3, 3, 9, 12, 20, 33, 40]) {
      const lines = [...paragraphs];
      lines[bare] = 'Kata Prabowo.';
      let text = lines.join('\n');
      const live = new WindowedAnalyzer({ kb });
      settle(live, text);
      // The edit: an unknown "Kata Prabowo" named `gap` paragraphs after (before) the bare one.
      const at = lines.slice(0, bare + gap).join('\n').length + 1;
      text = text.slice(0, at) + 'Menteri Luar Negeri Rusia Kata Prabowo. ' + text.slice(at);
      settle(live, text, at);
      const fresh = new WindowedAnalyzer({ kb });
      settle(fresh, text);
      const found = identities(fresh.result(), 'Prabowo');
      assert.equal(found.length, 2, `gap ${gap}: the stranger and the bare word (${found.join(', ')})`);
      assert.deepEqual(identities(live.result(), 'Prabowo'), found, `gap ${gap}`);
      // Within the reach every window guarantees, what the whole text gives (the editor
      // showed "Prabowo" as the KB's after an edit 3 paragraphs on: analyze() did not).
      if (gap >= -CONTEXT_BEFORE && gap <= CONTEXT_AFTER) assert.deepEqual(found, identities(analyze(text), 'Prabowo'), `gap ${gap} (whole text)`);
      else assert.match(found[gap < 0 ? 1 : 0] as string, /prabowo-subianto$/, `gap ${gap}: out of reach, the bare word stays the KB's`);
    }
  });
});
