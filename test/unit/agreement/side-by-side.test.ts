import assert from 'node:assert/strict';
import { adjudicate, computeAgreement } from '../../../src/core/agreement';
import type { AgreementArticle } from '../../../src/core/agreement';
import { sideBySide } from '../../../src/core/agreement/side-by-side';
import type { Annotation } from '../../../src/core/annotations/types';
import { ARTICLE, claim, source as suggestedSource, stance } from '../export/fixtures';

const accepted = (a: Annotation): Annotation => ({ ...a, status: 'accepted' });

function article(): AgreementArticle {
  const t = ARTICLE;
  return {
    path: 'beras.txt',
    annotations: [
      stance(t, 'menolak rencana itu', 'against', 'ani'),
      stance(t, 'menolak rencana itu', 'against', 'budi'),
      stance(t, 'subsidi akan ditambah', 'favor', 'ani'),
      stance(t, 'subsidi akan ditambah', 'against', 'budi'),
      claim(t, 'Pemerintah belum menjawab', 'ani'),
      accepted(suggestedSource(t, 'ANTARA', 'news agency', 'budi')),
      // A suggestion nobody accepted is not an annotation: in neither view.
      suggestedSource(t, 'ANTARA', 'media', 'ani'),
    ],
  };
}

describe('side-by-side adjudication views', () => {
  it('marks each side’s spans agreed, differing (with both values) or only theirs, and what the other side lacks', () => {
    const v = sideBySide(article(), 'ani', 'budi');
    const states = (entries: typeof v.a.entries) => entries.map((e) => `${e.annotation.target.exact}:${e.state}`);
    assert.deepEqual(states(v.a.entries).sort(), ['Pemerintah belum menjawab:only', 'menolak rencana itu:agreed', 'subsidi akan ditambah:differs'].sort());
    assert.deepEqual(states(v.b.entries).sort(), ['ANTARA:only', 'menolak rencana itu:agreed', 'subsidi akan ditambah:differs'].sort());
    const differs = v.b.entries.find((e) => e.state === 'differs')!;
    assert.deepEqual(differs.differences, [{ field: 'polarity', a: 'favor', b: 'against' }]);
    assert.equal(differs.counterpart?.annotator, 'ani');
    assert.deepEqual(v.a.missing.map((m) => m.annotation.target.exact), ['ANTARA']);
    assert.deepEqual(v.b.missing.map((m) => m.annotation.target.exact), ['Pemerintah belum menjawab']);
    assert.equal(v.disagreements, 3);
    assert.ok(v.a.entries.every((e) => e.annotation.status === 'accepted') && v.b.entries.every((e) => e.annotation.status === 'accepted'));
  });

  it('names each disagreement by the report’s id, so a resolution chosen in a view is the one adjudication applies', () => {
    const one = article();
    const input = { articles: [one] };
    const report = computeAgreement(input);
    const v = sideBySide(one, 'ani', 'budi');
    const ids = new Set([...v.a.entries, ...v.b.entries].flatMap((e) => (e.disagreementId ? [e.disagreementId] : [])));
    assert.deepEqual([...ids].sort(), report.disagreements.map((d) => d.id).sort());
    // Keep budi's version of the differing stance.
    const differing = v.b.entries.find((e) => e.state === 'differs')!;
    const result = adjudicate(input, { annotatorA: 'ani', annotatorB: 'budi', resolutions: { [differing.disagreementId!]: 'B' } });
    const kept = result.articles[0].annotations.filter((a) => a.target.exact === 'subsidi akan ditambah');
    assert.deepEqual(kept.map((a) => a.annotator), ['budi']);
  });

  it('matches overlapping spans in overlap mode and calls the pair a boundary difference', () => {
    const t = ARTICLE;
    const input: AgreementArticle = { path: 'x.txt', annotations: [claim(t, 'Pemerintah belum menjawab', 'ani'), claim(t, 'Pemerintah belum', 'budi')] };
    assert.deepEqual(sideBySide(input, 'ani', 'budi', 'exact').a.entries.map((e) => e.state), ['only']);
    const overlap = sideBySide(input, 'ani', 'budi', 'overlap');
    assert.deepEqual(overlap.a.entries.map((e) => [e.state, e.aspects]), [['differs', ['boundary']]]);
    assert.deepEqual(overlap.a.missing, []);
  });
});
