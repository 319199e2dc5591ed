// The agreement webview's HTML, built without VS Code: both values of every differing
// field, only pairs who share an article, real plural forms, and every value escaped.
import assert from 'node:assert/strict';
import { computeAgreement, recognizedLayerAgreement, reportTables, type AgreementInput } from '../../../src/core/agreement';
import type { Annotation } from '../../../src/core/annotations/types';
import { decide } from '../../../src/core/curation/decide';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { ARTICLE_ROWS, PAGE_ROWS, adjudicatedMessage, pageOf, recognizedHtml, reportHtml, type WebviewHost } from '../../../src/extension/agreement/html';
import { ARTICLE, claim, stance } from '../export/fixtures';

const fill = (m: string, ...args: Array<string | number | boolean>) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const host: WebviewHost = { l10n: { t: fill }, env: { language: 'en' } };
const page = { cspSource: 'vscode-webview://x', nonce: 'n0nce' };
const t = ARTICLE;

function input(): AgreementInput {
  return {
    articles: [
      {
        path: 'beras.txt',
        annotators: ['ani', 'budi'],
        annotations: [
          stance(t, 'menolak rencana itu', 'favor', 'ani'),
          stance(t, 'menolak rencana itu', 'against', 'budi'),
          claim(t, 'subsidi akan ditambah', 'ani'),
        ],
      },
      // cici shares no article with ani or budi.
      { path: 'sawit.txt', annotators: ['cici'], annotations: [claim(t, 'subsidi akan ditambah', 'cici')] },
    ],
  };
}

describe('agreement webview HTML', () => {
  it('shows a span that opens with its own quotation mark without a second pair of marks', () => {
    const quoted = '"Kami akan menambah\r\nsubsidi pupuk,"';
    const report = computeAgreement({
      articles: [{ path: 'beras.txt', annotators: ['ani', 'budi'], annotations: [stance(t, quoted, 'favor', 'ani'), stance(t, quoted, 'against', 'budi')] }],
    });
    const html = reportHtml(host, page, report, new Map(), ['ani', 'budi']);
    assert.ok(html.includes('<span class="exact">&quot;Kami akan menambah'), html);
    assert.doesNotMatch(html, /<q>&quot;/);
    // A span without its own marks keeps <q>.
    const plain = reportHtml(host, page, computeAgreement(input()), new Map(), ['ani', 'budi']);
    assert.match(plain, /<q>menolak rencana itu<\/q>/);
  });

  it('shows annotator A’s and B’s value of each differing field', () => {
    const report = computeAgreement(input());
    const html = reportHtml(host, page, report, new Map(), ['ani', 'budi']);
    assert.ok(html.includes('<li>polarity: favor (ani) ≠ against (budi)</li>'), html);
    assert.ok(html.includes('<li>not marked by budi</li>'));
    assert.doesNotMatch(html, /<td>polarity, fields<\/td>|<td>missing<\/td>/);
  });

  it('names the outlet’s own voice in a differing actor as the editor does, and any other actor as stored', () => {
    const claimant = (annotator: string, name: string, id: string) => claim(t, 'subsidi akan ditambah', annotator, { claim: { claimant: name, claimantId: id } } as Partial<Annotation>);
    const report = computeAgreement({ articles: [{ path: 'beras.txt', annotators: ['ani', 'budi'], annotations: [claimant('ani', 'the outlet (own voice)', 'outlet'), claimant('budi', 'Faisal Basri', 'faisal-basri')] }] });
    const names = { actor: (label: string, id: string | undefined) => (id === 'outlet' ? 'media itu sendiri (suara redaksi)' : label) };
    const html = reportHtml(host, page, report, new Map(), ['ani', 'budi'], 0, names);
    assert.ok(html.includes('<li>claimant: media itu sendiri (suara redaksi) (ani) ≠ Faisal Basri (budi)</li>'), html);
    assert.doesNotMatch(html, /own voice/);
  });

  it('offers only pairs who share an article and counts with real plural forms', () => {
    const report = computeAgreement(input());
    const html = reportHtml(host, page, report, new Map(), ['ani', 'budi']);
    assert.deepEqual([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]), ['ani|budi']);
    assert.match(html, /<p>3 annotators; 1 article annotated by two or more of them; spans matched exactly\.<\/p>/);
    assert.doesNotMatch(html, /\(s\)/);
    const two = computeAgreement({ articles: [input().articles[0], { ...input().articles[0], path: 'kopi.txt' }] });
    assert.match(reportHtml(host, page, two, new Map(), ['ani', 'budi']), /<p>2 annotators; 2 articles annotated by two or more of them;/);
  });

  it('escapes every value taken from the files', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const hostile = (a: Annotation, annotator: string): Annotation =>
      ({ ...a, annotator, stance: a.kind === 'stance' ? { ...a.stance, holder: `"><script>alert(2)</script>${annotator}`, target: evil } : undefined }) as Annotation;
    const report = computeAgreement({
      articles: [
        {
          path: `<b>beras</b>'".txt`,
          annotations: [hostile(stance(t, 'menolak rencana itu', 'favor'), `${evil}ani`), hostile(stance(t, 'menolak rencana itu', 'against'), 'budi</option><script>x</script>')],
        },
      ],
    });
    const html = reportHtml(host, page, report, new Map([[report.disagreements[0].id, 'A']]), [report.pairs[0][0], report.pairs[0][1]]);
    assert.equal(html.match(/<script/g)!.length, 1, 'only the page’s own script');
    assert.doesNotMatch(html, /<img|<b>|<\/option><script/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;ani'));
    assert.ok(html.includes('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;b&gt;beras&lt;/b&gt;&#39;&quot;.txt'));
  });

  it('says how many adjudicated files were written with real plural forms', () => {
    assert.equal(adjudicatedMessage(host, 1, 'ani', 'budi', 0), 'Wrote 1 adjudicated file (ani ↔ budi); every disagreement was resolved.');
    assert.equal(
      adjudicatedMessage(host, 3, 'ani', 'budi', 1),
      'Wrote 3 adjudicated files (ani ↔ budi); 1 disagreement still unresolved is kept from both sides and flagged for review.',
    );
    assert.equal(
      adjudicatedMessage(host, 0, 'ani', 'budi', 4),
      'Wrote 0 adjudicated files (ani ↔ budi); 4 disagreements still unresolved are kept from both sides and flagged for review.',
    );
  });

  it('shows the recognized layer: articles compared and skipped, actor and speaker figures, escaped', () => {
    const text = 'Kata Budi Santoso di Bandung. "Siap," ujar Budi.';
    const span = (x: string) => ({ start: text.indexOf(x), end: text.indexOf(x) + x.length });
    const machine: AnalysisResult = {
      actors: [
        { ...span('Budi Santoso'), text: 'Budi Santoso', type: 'PER', canonical: 'Budi Santoso' },
        { ...span('Bandung'), text: 'Bandung', type: 'GPE', canonical: 'Bandung' },
      ],
      quotes: [{ ...span('"Siap,"'), text: '"Siap,"', speaker: 'Budi Santoso' }],
    };
    const evil = '<b>ani</b>';
    const corrections = [
      decide({ text, ...span('Bandung'), annotator: evil, decision: 'reject', values: { layer: 'actor' }, now: 1 }, []).correction,
      decide({ text, ...span('"Siap,"'), annotator: 'budi', decision: 'set', values: { layer: 'quote', speaker: null }, now: 2 }, []).correction,
    ];
    const recognized = recognizedLayerAgreement([
      { path: 'a.txt', corrections, analysis: () => machine },
      { path: 'b.txt', corrections: [corrections[0]], annotators: [evil, 'budi'], analysis: () => machine },
    ]);
    const html = recognizedHtml(host, recognized);
    assert.match(html, /<p>1 article compared; 1 article skipped because fewer than two of its annotators reviewed it<\/p>/);
    // Actors: 1 and 2 mentions, 1 matched (P 1/2, R 1, F1 2/3), one type only (κ undefined), the
    // same actor, left as the machine's by both. Speakers: 1 quote, with and without a speaker.
    assert.ok(html.includes('<tr><td>&lt;b&gt;ani&lt;/b&gt;</td><td>budi</td><td>1</td><td>1</td><td>2</td><td>1</td><td>1</td><td>0.500</td><td>1.000</td><td>0.667</td><td>—</td><td>1</td><td>1.000</td><td>1</td>'), html);
    assert.ok(html.includes('<tr><td>&lt;b&gt;ani&lt;/b&gt;</td><td>budi</td><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td><td>0.000</td>'), html);
    // Statements: the machine found none, so 0 and 0 and no figure.
    assert.ok(html.includes('Reported statements (match: overlap of at least half the longer span) and their speakers'), html);
    assert.ok(html.includes('<tr><td>&lt;b&gt;ani&lt;/b&gt;</td><td>budi</td><td>1</td><td>0</td><td>0</td><td>0</td><td>—</td><td>—</td><td>—</td><td>0</td><td>—</td><td>0</td><td>—</td><td>—</td><td>0</td></tr>'), html);
    assert.doesNotMatch(html, /<b>ani/);
    assert.ok(html.includes('<td>b.txt</td><td>&lt;b&gt;ani&lt;/b&gt;</td><td>budi</td><td>no: fewer than two reviewed it</td>'));
    // In the whole page, after the overall tables; absent when nobody reviewed anything.
    const report = { ...computeAgreement(input()), recognized };
    assert.ok(reportHtml(host, page, report, new Map(), ['ani', 'budi']).includes('<h2>Recognized layer: curated actors, quote speakers and reported statements</h2>'));
    const untouched = recognizedLayerAgreement([{ path: 'a.txt', corrections: [], annotators: ['ani', 'budi'], analysis: () => machine }]);
    assert.equal(recognizedHtml(host, untouched), '');
  });

  it('lists the pair’s disagreements a page at a time, and the first articles only (issue 19: a page of megabytes)', () => {
    const one = input().articles[0]!;
    // 2 disagreements an article (a polarity, a claim only ani marked), 130 articles.
    const many: AgreementInput = { articles: Array.from({ length: 130 }, (_, i) => ({ ...one, path: `berita-${String(i).padStart(3, '0')}.txt` })) };
    const report = computeAgreement(many);
    assert.equal(report.disagreements.length, 260);
    const rows = (html: string) => html.match(/<tr data-row=/g)?.length ?? 0;
    const first = reportHtml(host, page, report, new Map(), ['ani', 'budi']);
    assert.equal(rows(first), PAGE_ROWS);
    assert.ok(first.includes('Rows 1–100 of 260'));
    assert.match(first, /<button data-page="-1" disabled>Previous<\/button>/);
    assert.match(first, /<button data-page="1" >Next<\/button>/);
    const last = reportHtml(host, page, report, new Map(), ['ani', 'budi'], 2);
    assert.equal(rows(last), 60);
    assert.ok(last.includes('Rows 201–260 of 260') && last.includes('berita-129.txt') && !last.includes('data-show="berita-000.txt'));
    const middle = reportHtml(host, page, report, new Map(), ['ani', 'budi'], 1);
    assert.equal(rows(middle), PAGE_ROWS);
    assert.ok(middle.includes('Rows 101–200 of 260'));
    assert.match(middle, /<button data-page="0" >Previous<\/button>/);
    assert.match(middle, /<button data-page="2" >Next<\/button>/);
    // The three pages together list each disagreement exactly once.
    const ids = (html: string) => [...html.matchAll(/<tr data-row="([^"]*)"/g)].map((m) => m[1]);
    const listed = [first, middle, last].flatMap(ids);
    assert.equal(listed.length, 260);
    assert.deepEqual([...listed].sort(), report.disagreements.map((d) => d.id).sort());
    assert.equal(new Set(listed).size, 260);
    // A page past the end shows the last one.
    assert.equal(reportHtml(host, page, report, new Map(), ['ani', 'budi'], 9), last);
    assert.deepEqual(pageOf(-3, 0), { page: 0, pages: 1, from: 0, to: 0 });
    // The per-article table: the first ARTICLE_ROWS of 130 (all of them here), titled with the count.
    assert.ok(first.includes('Per article (articles with two or more annotators: 130 of 130)'));
    const few = reportTables(report, { maxArticles: 50 })[2]!;
    assert.equal(few.rows.length, 50);
    assert.equal(few.title, 'Per article (articles with two or more annotators: 130 of 130; the first 50 listed)');
    assert.ok(ARTICLE_ROWS >= PAGE_ROWS);
  });
});
