// The agreement webview's HTML, built without VS Code: both values of every differing
// field, only pairs who share an article, real plural forms, and every value escaped.
import assert from 'node:assert/strict';
import { computeAgreement, type AgreementInput } from '../../../src/core/agreement';
import type { Annotation } from '../../../src/core/annotations/types';
import { adjudicatedMessage, reportHtml, type WebviewHost } from '../../../src/extension/agreement/html';
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
  it('shows annotator A’s and B’s value of each differing field', () => {
    const report = computeAgreement(input());
    const html = reportHtml(host, page, report, new Map(), ['ani', 'budi']);
    assert.ok(html.includes('<li>polarity: favor (ani) ≠ against (budi)</li>'), html);
    assert.ok(html.includes('<li>not marked by budi</li>'));
    assert.doesNotMatch(html, /<td>polarity, fields<\/td>|<td>missing<\/td>/);
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
});
