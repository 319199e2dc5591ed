// "Use Selection as Span" on a quote: the re-spanned quote keeps the cue and speaker
// mention the recognizer read, as a re-spanned reported statement does
// (statement-span.test.ts). Sentences written for these tests.
import assert from 'node:assert/strict';
import { curate } from '../../../src/core/curation/apply';
import { decide } from '../../../src/core/curation/decide';
import { analyze } from '../../../src/core/recognize/analyze';

const TEXT =
  'Kepala dinas perikanan, Wulan Pratiwi, meninjau tempat pelelangan ikan.\n\n' +
  '"Kami akan memperbaiki dermaga ini sebelum musim hujan tiba," kata Wulan.\n';
const INNER = 'Kami akan memperbaiki dermaga ini sebelum musim hujan tiba';

function respan(exact: string, speaker: string | null) {
  const start = TEXT.indexOf(exact);
  assert.ok(start >= 0, exact);
  const { correction } = decide({ text: TEXT, start, end: start + exact.length, annotator: 'ani', decision: 'set', values: { layer: 'quote', speaker }, now: 0 }, []);
  return curate(analyze(TEXT), [correction]).quotes;
}
const mentionText = (m: { start: number; end: number } | undefined) => m && TEXT.slice(m.start, m.end);

describe('Use Selection as Span on a quote', () => {
  it('the recognizer gives the quote these tests re-span, its speaker named after it', () => {
    const quotes = curate(analyze(TEXT), []).quotes;
    assert.equal(quotes.length, 1);
    assert.deepEqual([quotes[0]!.speaker, quotes[0]!.cue, mentionText(quotes[0]!.speakerMention)], ['Wulan Pratiwi', 'kata', 'Wulan']);
  });

  it('the re-spanned quote replaces the machine one and keeps its cue and speaker mention', () => {
    const quotes = respan(INNER, 'Wulan Pratiwi');
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speaker, q.provenance, q.cue, mentionText(q.speakerMention)]),
      [[INNER, 'Wulan Pratiwi', 'corrected', 'kata', 'Wulan']],
    );
  });

  it('guard: re-spanned with another speaker, the quote is the researcher\'s, the machine speaker\'s mention not kept', () => {
    const quotes = respan(INNER, 'Kepala Dinas');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.cue, q.speakerMention]), [[INNER, 'Kepala Dinas', 'researcher', undefined]]);
  });

  it('guard: re-spanned with no speaker, nothing of the machine speaker is kept', () => {
    const quotes = respan(INNER, null);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.cue, q.speakerMention]), [[INNER, null, 'researcher', undefined]]);
  });

  it('guard: a correction on exactly the machine span keeps its cue and mention as before', () => {
    const quotes = respan(`"${INNER},"`, 'Wulan Pratiwi');
    assert.deepEqual(quotes.map((q) => [q.provenance, q.cue, mentionText(q.speakerMention)]), [['accepted', 'kata', 'Wulan']]);
  });
});
