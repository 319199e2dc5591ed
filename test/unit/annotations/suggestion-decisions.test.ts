// Accepting a suggestion never duplicates an annotation the researcher already has, and a
// decision that arrives after the suggestion was settled (a stale hover, a double click)
// changes nothing (issue 11: 13).
import assert from 'node:assert/strict';
import { createAnnotation, type KindFields } from '../../../src/core/annotations/create';
import { decideSuggestions, resolveSuggestions, suggestSourceAnnotations } from '../../../src/core/annotations/suggestions';
import type { Annotation } from '../../../src/core/annotations/types';
import type { Quote } from '../../../src/core/recognize/types';

const TEXT = '"Kami mendorong dialog," kata Retno. Sumber lain menolak. "Tidak," ujar seorang pejabat.';
const quote: Quote = { start: 0, end: 24, text: TEXT.slice(0, 24), speaker: 'Retno Marsudi', cue: 'kata' };
const retno: KindFields = { kind: 'source', source: { sourceName: 'Retno Marsudi', sourceType: 'official', relation: 'direct' } };

function manual(fields: KindFields, start = 0, end = 24): Annotation {
  return createAnnotation({ text: TEXT, start, end, annotator: 'ana', fields, now: 1 });
}

function suggestion(): Annotation {
  const [s] = suggestSourceAnnotations(TEXT, [quote], [], { annotator: 'ana', now: 0 });
  return s;
}

describe('deciding suggestions', () => {
  it('accepts a suggestion on a span without an equal annotation', () => {
    const s = suggestion();
    const d = decideSuggestions([s], [[s.id, 'accepted']], 5);
    assert.equal(d.decided.length, 1);
    assert.equal(d.decided[0].after.status, 'accepted');
    assert.equal(d.decided[0].after.modified, new Date(5).toISOString());
    assert.deepEqual([d.merged, d.stale], [[], []]);
  });

  it('merges a suggestion into an accepted annotation of the same kind, span and fields instead of duplicating it', () => {
    const s = suggestion();
    const mine = manual(retno); // made by hand after the suggestion
    const d = decideSuggestions([s, mine], [[s.id, 'accepted']]);
    assert.deepEqual(d.decided, []);
    assert.deepEqual(d.merged, [{ suggestion: s, into: mine }]);
    const after = resolveSuggestions([s, mine], [s.id], 'accepted');
    assert.deepEqual(after, [mine], 'one annotation on the span, the researcher\'s');
  });

  it('an entity id on one side only does not make two annotations of the same actor differ', () => {
    const s = suggestion();
    const mine = manual({ kind: 'source', source: { ...(retno as Extract<KindFields, { kind: 'source' }>).source, sourceId: 'retno-marsudi' } });
    assert.equal(decideSuggestions([s, mine], [[s.id, 'accepted']]).merged.length, 1);
  });

  it('accepts when the annotation on the span says something else (other fields, kind or span)', () => {
    const s = suggestion();
    const others = [
      manual({ kind: 'source', source: { sourceName: 'Retno Marsudi', sourceType: 'official', relation: 'reported' } }),
      manual({ kind: 'claim', claim: { claimant: 'Retno Marsudi' } }),
      manual(retno, 1, 24),
    ];
    const d = decideSuggestions([s, ...others], [[s.id, 'accepted']]);
    assert.equal(d.decided.length, 1);
    assert.equal(d.merged.length, 0);
  });

  it('a suggestion or a rejected annotation on the span is no reason to merge', () => {
    const s = suggestion();
    const rejected = { ...manual(retno), status: 'rejected' as const };
    assert.equal(decideSuggestions([s, rejected], [[s.id, 'accepted']]).decided.length, 1);
  });

  it('two equal suggestions accepted together leave one annotation', () => {
    const s = suggestion();
    // Another id in any case (an id that already ends in Z made the twin the same one).
    const twin = { ...s, id: `${s.id.slice(0, -1)}${s.id.endsWith('Z') ? 'Y' : 'Z'}` };
    const d = decideSuggestions([s, twin], [[s.id, 'accepted'], [twin.id, 'accepted']]);
    assert.equal(d.decided.length, 1);
    assert.equal(d.merged.length, 1);
    assert.equal(resolveSuggestions([s, twin], 'all', 'accepted').length, 1);
  });

  it('rejecting never merges: the rejected suggestion stays so it is not suggested again', () => {
    const s = suggestion();
    const d = decideSuggestions([s, manual(retno)], [[s.id, 'rejected']]);
    assert.deepEqual(d.decided.map((x) => x.after.status), ['rejected']);
  });

  it('a decision on a suggestion already decided or gone is stale and changes nothing', () => {
    const s = suggestion();
    const accepted = resolveSuggestions([s], [s.id], 'accepted');
    const again = decideSuggestions(accepted, [[s.id, 'accepted'], [s.id, 'rejected'], ['01GONE', 'accepted']]);
    assert.deepEqual(again.decided, []);
    assert.deepEqual(again.merged, []);
    assert.deepEqual(again.stale, [s.id, s.id, '01GONE']);
    assert.deepEqual(resolveSuggestions(accepted, [s.id], 'rejected'), accepted);
  });
});
