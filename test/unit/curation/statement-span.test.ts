// "Use Selection as Span" on a reported statement: which item a selection re-spans, how a
// statement's selection is trimmed, and the correction through the curated layer, the
// JSONL export and re-anchoring. Sentences written for these tests.
import assert from 'node:assert/strict';
import { reanchorAnnotation } from '../../../src/core/annotations/reanchor-offline';
import { curate } from '../../../src/core/curation/apply';
import { decide } from '../../../src/core/curation/decide';
import { exportAs } from '../../../src/core/export';
import { analyze } from '../../../src/core/recognize/analyze';
import { snapToStatementSpan } from '../../../src/core/text/snap-to-words';
import { itemForSelection } from '../../../src/extension/curation/item-at';

const TEXT =
  'Ketua koperasi nelayan, Bambang Sutrisno, datang ke balai desa.\n\n' +
  'Menurut Bambang, solar bersubsidi sulit didapat sejak bulan lalu sehingga banyak perahu tidak melaut.\n';
const MACHINE = 'solar bersubsidi sulit didapat sejak bulan lalu sehingga banyak perahu tidak melaut';
const SHORTER = 'solar bersubsidi sulit didapat sejak bulan lalu';

const at = (s: string) => {
  const i = TEXT.indexOf(s);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length };
};

describe('Use Selection as Span on a reported statement', () => {
  it('the recognizer gives the statement these tests re-span', () => {
    const statement = curate(analyze(TEXT), []).reported.find((r) => r.text === MACHINE);
    assert.ok(statement, 'statement recognized');
    assert.equal(statement.cue, 'menurut');
  });

  it('a selection of most of the statement re-spans the statement, not the name inside it', () => {
    const curated = curate(analyze(TEXT), []);
    const s = at(SHORTER);
    const found = itemForSelection(curated, s.start, s.end);
    assert.equal(found?.layer, 'reported');
    assert.equal(found?.item.text, MACHINE);
  });

  it('guard: a name re-selected inside a statement re-spans the name; a selection far from anything finds nothing', () => {
    const text = 'Menurut Bambang Sutrisno, harga solar di pelabuhan kecil naik lagi minggu ini.';
    const curated = curate(analyze(text), []);
    assert.ok(curated.reported.length > 0, 'statement recognized');
    const name = text.indexOf('Bambang Sutrisno');
    const found = itemForSelection(curated, name, name + 'Bambang Sutrisno'.length);
    assert.equal(found?.layer, 'actor');
    assert.equal(itemForSelection(curate(analyze(TEXT), []), 0, 5), undefined);
  });

  it('a statement selection drops spaces and the final full stop or comma, keeps a closing quotation mark, widens cut words', () => {
    const text = 'Menurut Rina, kebijakan itu "terlalu terburu-buru". Lalu ia pergi, kata Rina.';
    const slice = (s: number, e: number) => {
      const r = snapToStatementSpan(text, s, e);
      return r && text.slice(r.start, r.end);
    };
    const from = text.indexOf('kebijakan');
    assert.equal(slice(from - 1, text.indexOf('. Lalu') + 2), 'kebijakan itu "terlalu terburu-buru"');
    assert.equal(slice(from + 3, text.indexOf('itu') + 1), 'kebijakan itu');
    assert.equal(slice(text.indexOf('Lalu'), text.indexOf(' kata')), 'Lalu ia pergi');
    assert.equal(slice(text.indexOf('. Lalu'), text.indexOf('. Lalu') + 2), undefined, 'no word: nothing');
  });

  it('the corrected span replaces the machine statement, keeps its cue, speaker mention and attribution, and exports with offsets that slice the text', () => {
    const machine = analyze(TEXT);
    const s = at(SHORTER);
    const { correction } = decide({ text: TEXT, start: s.start, end: s.end, annotator: 'ani', decision: 'set', values: { layer: 'reported', speaker: 'Bambang Sutrisno' }, now: 0 }, []);
    const curated = curate(machine, [correction]);
    assert.deepEqual(curated.reported.map((r) => [r.text, r.provenance, r.cue, r.attribution]), [[SHORTER, 'corrected', 'menurut', 'explicit']]);
    assert.equal(TEXT.slice(curated.reported[0]!.speakerMention!.start, curated.reported[0]!.speakerMention!.end), 'Bambang');

    const contents = exportAs('jsonl', { articles: [{ path: 'koperasi.txt', text: TEXT, annotations: [], actors: curated.actors, quotes: curated.quotes, reported: curated.reported }] }).files[0]!.contents;
    const line = contents.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.kind === 'reported');
    assert.ok(line, contents);
    assert.equal(TEXT.slice(line.start as number, line.end as number), SHORTER);
    assert.deepEqual([line.exact, line.provenance, line.cue], [SHORTER, 'corrected', 'menurut']);
  });

  it('the statement correction is re-anchored when text before it is edited, like an actor or quote correction', () => {
    const s = at(SHORTER);
    const { correction } = decide({ text: TEXT, start: s.start, end: s.end, annotator: 'ani', decision: 'set', values: { layer: 'reported', speaker: 'Bambang Sutrisno' }, now: 0 }, []);
    const edited = 'Kabar dari pesisir. ' + TEXT;
    const r = reanchorAnnotation(edited, correction);
    assert.equal(r.state, 'reanchored');
    assert.equal(edited.slice(r.annotation.target.start, r.annotation.target.end), SHORTER);
  });
});
