// Issue 17: brat export laid out for brat users (--brat-native): a folder per annotator,
// fields as attributes and relations declared in annotation.conf, readable notes instead
// of JSON; the import reads them back, including edits made in brat.
import assert from 'node:assert/strict';
import { exportAs } from '../../../src/core/export';
import { importBrat } from '../../../src/core/export/brat-import';
import { parseNote } from '../../../src/core/export/brat-native';
import type { Annotation } from '../../../src/core/annotations/types';
import type { ActorMention } from '../../../src/core/recognize/types';
import { ARTICLE, claim, nextId, source, stance } from './fixtures';

const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/; // eslint-disable-line no-control-regex -- Python's splitlines()

function input() {
  const t = ARTICLE;
  const sri = t.indexOf('Sri Mulyani');
  const faisal = t.indexOf('Faisal Basri');
  const actors: ActorMention[] = [
    { start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani Indrawati', entityId: 'sri-mulyani' },
    { start: faisal, end: faisal + 12, text: 'Faisal Basri', type: 'PER', canonical: 'Faisal Basri' },
  ];
  const annotations: Annotation[] = [
    claim(t, 'subsidi akan ditambah', 'ani', { claim: { claimant: 'Sri Mulyani Indrawati', claimantId: 'sri-mulyani', paraphrase: 'subsidi; naik', checkWorthiness: 'high' }, note: 'cek\u0085lagi; ya\\', tags: ['ekonomi', 'a,b'] } as Partial<Annotation>),
    { ...stance(t, 'menolak rencana itu', 'against', 'budi'), stance: { holder: 'Faisal Basri', target: 'subsidi', polarity: 'against', intensity: 3 } } as Annotation,
    source(t, 'ANTARA', 'news agency', 'budi'),
  ];
  return { articles: [{ path: 'ekonomi/beras.txt', text: t, annotations, actors }] };
}

const context = (annotator: string) => ({ newId: nextId, now: '2026-01-01T00:00:00.000Z', defaultAnnotator: annotator });

describe('brat export for brat users (--brat-native, issue 17)', () => {
  const made = input();
  const { files } = exportAs('brat', made, {}, { bratNative: true });
  const tOf = (ann: string, type: string) => new RegExp(`^(T\\d+)\\t${type} `, 'm').exec(ann)![1];
  const file = (p: string) => files.find((f) => f.path === p)!.contents;

  it('writes a folder per annotator, each with its annotation.conf declaring the attributes and relations', () => {
    assert.deepEqual(files.map((f) => f.path).sort(), ['ani/annotation.conf', 'ani/ekonomi/beras.ann', 'ani/ekonomi/beras.txt', 'budi/annotation.conf', 'budi/ekonomi/beras.ann', 'budi/ekonomi/beras.txt']);
    const conf = file('ani/annotation.conf');
    for (const decl of ['Claimant\tArg1:Claim, Arg2:PER|ORG|GPE', 'Holder\tArg1:Stance', 'SourceActor\tArg1:Source', 'CheckWorthiness\tArg:Claim, Value:low|medium|high', 'Intensity\tArg:Stance, Value:1|2|3', 'Status\tArg:Claim|Stance|Source, Value:suggested|accepted|rejected', 'NeedsReview\tArg:Claim|Stance|Source']) {
      assert.ok(conf.includes(decl), decl);
    }
    assert.doesNotMatch(file('ani/ekonomi/beras.ann'), /budi|Stance/);
  });

  it('fields are attributes, the claimant and holder are relations to their mention, the rest a readable note (no JSON)', () => {
    const ani = file('ani/ekonomi/beras.ann');
    assert.doesNotMatch(ani, /sorot \{/);
    assert.match(ani, /^A\d+\tCheckWorthiness T1 high$/m);
    assert.match(ani, /^A\d+\tStatus T1 accepted$/m);
    assert.match(ani, /^R\d+\tClaimant Arg1:T1 Arg2:T2$/m);
    assert.match(ani, /^T2\tPER \d+ \d+\tSri Mulyani$/m);
    const note = /^#\d+\tAnnotatorNotes T1\t(.*)$/m.exec(ani)![1];
    assert.match(note, /^id: 01J\w+; created: [^;]+; modified: [^;]+; paraphrase: subsidi\\; naik; note: cek\\u0085lagi\\; ya\\\\; tags: ekonomi, a\\\\,b$/);
    assert.equal(parseNote(note)!.get('note'), 'cek\u0085lagi; ya\\');
    // One line per annotation for brat, whose reader splits on every splitlines() break.
    for (const line of ani.trimEnd().split(PY_LINE_BREAK)) assert.match(line, /^[TAR#]\d+\t/);
    const budi = file('budi/ekonomi/beras.ann');
    const [st, so] = [tOf(budi, 'Stance'), tOf(budi, 'Source')];
    assert.match(budi, new RegExp(`^R\\d+\\tHolder Arg1:${st} Arg2:${tOf(budi, 'PER \\d+ \\d+\\tFaisal')}$`, 'm'));
    assert.match(budi, new RegExp(`^A\\d+\\tIntensity ${st} 3$`, 'm'));
    assert.match(budi, new RegExp(`^A\\d+\\tSourceType ${so} news_agency$`, 'm'));
    assert.match(budi, new RegExp(`^A\\d+\\tNeedsReview ${so}$`, 'm'));
  });

  it('Sorot -> brat (native) -> Sorot gives back every annotation exactly', () => {
    const original = made.articles[0].annotations;
    const back: Annotation[] = [];
    for (const who of ['ani', 'budi']) {
      const r = importBrat(file(`${who}/ekonomi/beras.ann`), file(`${who}/ekonomi/beras.txt`), 'ekonomi/beras.txt', ARTICLE, context(who));
      assert.deepEqual(r.errors, []);
      back.push(...(r.articles.get('ekonomi/beras.txt') ?? []));
    }
    const byId = (l: readonly Annotation[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId(back), byId(original));
  });

  it('edits made in brat come back: an attribute changed, a relation pointed at another mention', () => {
    let ann = file('budi/ekonomi/beras.ann');
    const sri = /^(T\d+)\tPER \d+ \d+\tSri Mulyani$/m.exec(ann)![1];
    const st = tOf(ann, 'Stance');
    ann = ann.replace(new RegExp(`^(R\\d+\\tHolder Arg1:${st} Arg2:)T\\d+$`, 'm'), `$1${sri}`).replace(new RegExp(`^(A\\d+\\tIntensity ${st}) 3$`, 'm'), '$1 1');
    const r = importBrat(ann, file('budi/ekonomi/beras.txt'), 'ekonomi/beras.txt', ARTICLE, context('budi'));
    const got = r.articles.get('ekonomi/beras.txt')!.find((a) => a.kind === 'stance')!;
    assert.deepEqual(got.kind === 'stance' && got.stance, { holder: 'Sri Mulyani Indrawati', holderId: 'sri-mulyani', target: 'subsidi', polarity: 'against', intensity: 1 });
  });

  it('gives annotators whose names differ only in case folders of their own, with a warning (a case-insensitive disk would merge them)', () => {
    const t = ARTICLE;
    const twins = { articles: [{ path: 'a.txt', text: t, annotations: [claim(t, 'subsidi akan ditambah', 'Rina'), claim(t, 'menolak rencana itu', 'rina')], actors: [] }] };
    const out = exportAs('brat', twins, {}, { bratNative: true });
    const folders = [...new Set(out.files.map((f) => f.path.split('/')[0].toLowerCase()))];
    assert.equal(folders.length, 2, JSON.stringify(out.files.map((f) => f.path)));
    assert.ok(out.warnings.some((w) => w.includes('Rina') && w.includes('rina')), JSON.stringify(out.warnings));
  });
});
