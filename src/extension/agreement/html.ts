// The agreement report as HTML for a webview: the core's tables, then the list of
// disagreements with buttons. Everything interpolated is escaped; the only script is
// the page's own, allowed by nonce. Pure functions of their arguments (unit-tested), as
// is the notice after adjudicating, with real singular and plural forms.
// The type-only import is erased: this module loads without VS Code.
import type * as vscode from 'vscode';
import type { AgreementReport, Disagreement, SpanSide } from '../../core/agreement';
import { reportTables, type Table } from '../../core/agreement';
import type { RecognizedLayerReport, Resolution } from '../../core/agreement';
import { fmt, shownValues } from '../../core/agreement/render';
import { STORED_NAMES, type ShownNames } from '../../core/annotations/reserved-actors';
import { byCount } from '../../core/text/plural';
import { escapeHtml } from '../webview-html';
import { clip } from '../../core/text/clip';

/**
 * What the page needs from VS Code. The extension passes the `vscode` module itself and
 * tests a stand-in; the parameter is named `vscode` (and the module imported as a type)
 * so that `npm run l10n` finds these vscode.l10n.t strings like every other.
 */
export interface WebviewHost {
  l10n: { t(message: string, ...args: Array<string | number | boolean>): string };
  env: Pick<typeof vscode.env, 'language'>;
}

export interface PageSecurity {
  /** webview.cspSource */
  cspSource: string;
  /** Allows the page's own script and style, and nothing else. */
  nonce: string;
}

function table(vscode: WebviewHost, t: Table): string {
  const head = t.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = t.rows.length
    ? t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${t.headers.length}">${escapeHtml(vscode.l10n.t('(none)'))}</td></tr>`;
  return `<h2>${escapeHtml(t.title)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const OPENING_MARK = /^["“„«‘']/;

function side(vscode: WebviewHost, s: SpanSide | undefined): string {
  if (!s) return `<em>${escapeHtml(vscode.l10n.t('not annotated'))}</em>`;
  const value = s.value ? ` · ${escapeHtml(s.value)}` : '';
  const exact = clip(s.exact, 120);
  // A span that opens with its own quotation mark (a quote) is shown as it is: <q> would add
  // a second pair of marks around it.
  const words = OPENING_MARK.test(exact) ? `<span class="exact">${escapeHtml(exact)}</span>` : `<q>${escapeHtml(exact)}</q>`;
  return `<strong>${escapeHtml(s.annotator)}</strong>: ${escapeHtml(s.kind)}${value}<br>${words}`;
}

/** Each difference on its own line, a field with both annotators' values. */
function whatDiffers(vscode: WebviewHost, d: Disagreement, names: ShownNames): string {
  const lines: string[] = [];
  if (d.aspects.includes('missing')) lines.push(vscode.l10n.t('not marked by {0}', d.a ? d.annotatorB : d.annotatorA));
  if (d.aspects.includes('boundary')) lines.push(vscode.l10n.t('boundary'));
  for (const f of d.differences) {
    const shown = shownValues(f, names);
    lines.push(vscode.l10n.t('{0}: {1} ({2}) ≠ {3} ({4})', f.field, shown.a ?? '—', d.annotatorA, shown.b ?? '—', d.annotatorB));
  }
  return `<ul class="differences">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

function disagreementRow(vscode: WebviewHost, d: Disagreement, resolution: Resolution | undefined, names: ShownNames): string {
  const id = escapeHtml(d.id);
  const button = (r: Resolution, label: string) =>
    `<button data-resolve="${r}" data-id="${id}" aria-pressed="${resolution === r}" class="${resolution === r ? 'chosen' : ''}">${escapeHtml(label)}</button>`;
  return `<tr data-row="${id}">
    <td><a href="#" data-show="${id}" title="${escapeHtml(vscode.l10n.t('Open both sides side by side'))}">${escapeHtml(d.article)}</a></td>
    <td>${whatDiffers(vscode, d, names)}</td>
    <td>${side(vscode, d.a)}</td>
    <td>${side(vscode, d.b)}</td>
    <td class="actions">${button('A', vscode.l10n.t('Keep {0}', d.annotatorA))}${button('B', vscode.l10n.t('Keep {0}', d.annotatorB))}${button('both', vscode.l10n.t('Both'))}${button('neither', vscode.l10n.t('Neither'))}</td>
  </tr>`;
}

/** "3 annotators; 1 article annotated by two or more of them; spans matched exactly." */
function summary(vscode: WebviewHost, report: AgreementReport): string {
  const people = report.annotators.length;
  const compared = report.articles.filter((a) => a.annotators.length >= 2).length;
  return vscode.l10n.t(
    '{0}; {1}; spans matched {2}.',
    people === 1 ? vscode.l10n.t('1 annotator') : vscode.l10n.t('{0} annotators', people),
    compared === 1 ? vscode.l10n.t('1 article annotated by two or more of them') : vscode.l10n.t('{0} articles annotated by two or more of them', compared),
    report.mode === 'exact' ? vscode.l10n.t('exactly') : vscode.l10n.t('by overlap'),
  );
}

/**
 * The recognized layer's figures (core/agreement/recognized-layer.ts), in words of the
 * page's language: how many articles were compared and skipped, then per pair the
 * curated actor mentions, the quote speakers and the reported statements with their
 * speakers. Empty when nobody corrected anything.
 */
export function recognizedHtml(vscode: WebviewHost, r: RecognizedLayerReport | undefined): string {
  if (!r || !r.articles.some((a) => a.reviewed.length > 0)) return '';
  const compared = byCount(r.compared, () => vscode.l10n.t('1 article compared'), () => vscode.l10n.t('{0} articles compared', r.compared));
  const skipped = byCount(
    r.skipped,
    () => vscode.l10n.t('1 article skipped because fewer than two of its annotators reviewed it'),
    () => vscode.l10n.t('{0} articles skipped because fewer than two of their annotators reviewed them', r.skipped),
  );
  const mean = r.pairs.length >= 2 ? vscode.l10n.t('mean of {0} pairs', r.pairs.length) : undefined;
  const actors: Table = {
    title: vscode.l10n.t('Actor mentions (match: exact span and type)'),
    headers: ['A', 'B', vscode.l10n.t('articles'), vscode.l10n.t('A mentions'), vscode.l10n.t('B mentions'), vscode.l10n.t('same span'), vscode.l10n.t('matched'), vscode.l10n.t('precision'), vscode.l10n.t('recall'), 'F1', vscode.l10n.t("type: Cohen's κ (same span)"), vscode.l10n.t('same actor (matched)'), vscode.l10n.t('actor agreement'), vscode.l10n.t("matched, machine's in both")],
    rows: r.actors.map((x) => [x.a, x.b, String(x.articles), String(x.mentionsA), String(x.mentionsB), String(x.sameSpan), String(x.matched), fmt(x.precision), fmt(x.recall), fmt(x.f1), fmt(x.typeKappa), String(x.sameActor), fmt(x.actorAgreement), String(x.untouched)]),
  };
  if (mean) actors.rows.push([mean, '', '', '', '', '', '', '', '', fmt(r.mean.actorF1), fmt(r.mean.typeKappa), '', fmt(r.mean.actorAgreement), '']);
  const speakers: Table = {
    title: vscode.l10n.t('Quote speakers (quotes matched by exact span)'),
    headers: ['A', 'B', vscode.l10n.t('articles'), vscode.l10n.t('A quotes'), vscode.l10n.t('B quotes'), vscode.l10n.t('matched'), vscode.l10n.t('same speaker'), vscode.l10n.t('speaker agreement'), vscode.l10n.t("speaker: Cohen's κ"), vscode.l10n.t("matched, machine's in both")],
    rows: r.speakers.map((x) => [x.a, x.b, String(x.articles), String(x.quotesA), String(x.quotesB), String(x.matched), String(x.sameSpeaker), fmt(x.agreement), fmt(x.kappa), String(x.untouched)]),
  };
  if (mean) speakers.rows.push([mean, '', '', '', '', '', '', fmt(r.mean.speakerAgreement), fmt(r.mean.speakerKappa), '']);
  const statements: Table = {
    title: vscode.l10n.t('Reported statements (match: overlap of at least half the longer span) and their speakers'),
    headers: ['A', 'B', vscode.l10n.t('articles'), vscode.l10n.t('A statements'), vscode.l10n.t('B statements'), vscode.l10n.t('matched'), vscode.l10n.t('precision'), vscode.l10n.t('recall'), 'F1', vscode.l10n.t('same span'), vscode.l10n.t('exact F1'), vscode.l10n.t('same speaker'), vscode.l10n.t('speaker agreement'), vscode.l10n.t("speaker: Cohen's κ"), vscode.l10n.t("matched, machine's in both")],
    rows: r.statements.map((x) => [x.a, x.b, String(x.articles), String(x.statementsA), String(x.statementsB), String(x.matched), fmt(x.precision), fmt(x.recall), fmt(x.f1), String(x.sameSpan), fmt(x.exactF1), String(x.sameSpeaker), fmt(x.speakerAgreement), fmt(x.speakerKappa), String(x.untouched)]),
  };
  if (mean) statements.rows.push([mean, '', '', '', '', '', '', '', fmt(r.mean.statementF1), '', fmt(r.mean.statementExactF1), '', fmt(r.mean.statementSpeakerAgreement), fmt(r.mean.statementSpeakerKappa), '']);
  const reviewed = r.articles.filter((a) => a.reviewed.length > 0);
  const listed = reviewed.slice(0, ARTICLE_ROWS);
  const articlesTitle = vscode.l10n.t('Articles reviewed by at least one annotator');
  const articles: Table = {
    title: listed.length < reviewed.length ? vscode.l10n.t('{0} (the first {1} of {2})', articlesTitle, listed.length, reviewed.length) : articlesTitle,
    headers: [vscode.l10n.t('article'), vscode.l10n.t('reviewed by'), vscode.l10n.t('not reviewed by'), vscode.l10n.t('compared')],
    rows: listed.map((a) => [a.path, a.reviewed.join(', ') || '—', a.notReviewed.join(', ') || '—', a.compared ? vscode.l10n.t('yes') : vscode.l10n.t('no: fewer than two reviewed it')]),
  };
  return `<h2>${escapeHtml(vscode.l10n.t('Recognized layer: curated actors, quote speakers and reported statements'))}</h2>
<p>${escapeHtml(vscode.l10n.t('{0}; {1}', compared, skipped))}</p>
<p>${escapeHtml(
    vscode.l10n.t(
      "Each annotator's layer is the recognizer's with only that annotator's corrections. An article counts for a pair only when both reviewed it (made at least one correction or accept there). \"Machine's in both\" counts matched items neither annotator decided: they agree by construction.",
    ),
  )}</p>
${[actors, speakers, statements, articles].map((x) => table(vscode, x)).join('\n')}`;
}

/** Disagreements listed on one page of the report: a corpus's thousands made a page of
 *  megabytes, built and sent in one task of the extension host (issue 19), again after
 *  every resolution. */
export const PAGE_ROWS = 100;
/** Rows of the per-article tables: the first ones; the CLI's report lists every article. */
export const ARTICLE_ROWS = 200;

/** The page of a list of `total` rows that `page` asks for, kept within the list. */
export function pageOf(page: number, total: number): { page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(total / PAGE_ROWS));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { page: p, pages, from: p * PAGE_ROWS, to: Math.min(total, (p + 1) * PAGE_ROWS) };
}

/** `listPage`: which page of the pair's disagreements is listed (PAGE_ROWS a page);
 *  `names`: how a differing actor is named (the extension: the editor's label owner). */
export function reportHtml(
  vscode: WebviewHost,
  page: PageSecurity,
  report: AgreementReport,
  resolutions: ReadonlyMap<string, Resolution>,
  pair: readonly [string, string],
  listPage = 0,
  names: ShownNames = STORED_NAMES,
): string {
  const { cspSource, nonce } = page;
  // The disagreements are listed below, per pair, with their buttons.
  const tables = reportTables(report, { maxDisagreements: 0, maxArticles: ARTICLE_ROWS, names }).filter((t) => t.rows.length > 0 || !/disagree/i.test(t.title));
  const pairDisagreements = report.disagreements.filter((d) => d.annotatorA === pair[0] && d.annotatorB === pair[1]);
  const resolved = pairDisagreements.filter((d) => resolutions.has(d.id)).length;
  const shown = pageOf(listPage, pairDisagreements.length);
  const pager = (to: number, label: string) => `<button data-page="${to}" ${to < 0 || to >= shown.pages ? 'disabled' : ''}>${escapeHtml(label)}</button>`;
  // Only pairs who annotated the same article: others have nothing to compare.
  const options = report.pairs
    .map(([a, b]) => `<option value="${escapeHtml(`${a}|${b}`)}" ${a === pair[0] && b === pair[1] ? 'selected' : ''}>${escapeHtml(`${a} ↔ ${b}`)}</option>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(vscode.l10n.t('Annotator agreement'))}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 24px; }
  h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
  table { border-collapse: collapse; width: 100%; margin: 6px 0; }
  th, td { border: 1px solid var(--vscode-editorWidget-border, #8884); padding: 3px 6px; text-align: left; vertical-align: top; }
  th { background: var(--vscode-editorWidget-background); }
  tbody tr:nth-child(even) { background: var(--vscode-list-hoverBackground); }
  q, .exact { font-style: italic; }
  button { font: inherit; margin: 1px 2px; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 1px 6px; cursor: pointer; }
  button.chosen { color: var(--vscode-button-foreground); background: var(--vscode-button-background); outline: 2px solid var(--vscode-focusBorder); }
  button.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); padding: 4px 12px; }
  a { color: var(--vscode-textLink-foreground); }
  .bar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
  .actions { white-space: nowrap; }
  .differences { margin: 0; padding-left: 1.1em; }
</style>
</head>
<body>
<h1>${escapeHtml(vscode.l10n.t('Annotator agreement'))}</h1>
<p>${escapeHtml(summary(vscode, report))}</p>
${tables.slice(0, 2).map((t) => table(vscode, t)).join('\n')}
${recognizedHtml(vscode, report.recognized)}
<h2>${escapeHtml(vscode.l10n.t('Disagreements to adjudicate'))}</h2>
<div class="bar">
  <label>${escapeHtml(vscode.l10n.t('Pair'))} <select id="pair">${options}</select></label>
  <span id="progress">${escapeHtml(vscode.l10n.t('{0} of {1} resolved', resolved, pairDisagreements.length))}</span>
  ${shown.pages > 1 ? `<span id="rows">${pager(shown.page - 1, vscode.l10n.t('Previous'))} ${escapeHtml(vscode.l10n.t('Rows {0}–{1} of {2}', shown.from + 1, shown.to, pairDisagreements.length))} ${pager(shown.page + 1, vscode.l10n.t('Next'))}</span>` : ''}
  <button class="primary" id="write">${escapeHtml(vscode.l10n.t('Write adjudicated files'))}</button>
</div>
<table>
<thead><tr><th scope="col">${escapeHtml(vscode.l10n.t('article'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('what differs'))}</th><th scope="col">${escapeHtml(pair[0])}</th><th scope="col">${escapeHtml(pair[1])}</th><th scope="col">${escapeHtml(vscode.l10n.t('resolve'))}</th></tr></thead>
<tbody>${pairDisagreements.slice(shown.from, shown.to).map((d) => disagreementRow(vscode, d, resolutions.get(d.id), names)).join('') || `<tr><td colspan="5">${escapeHtml(vscode.l10n.t('No disagreements: the two annotators agree everywhere.'))}</td></tr>`}</tbody>
</table>
${tables.slice(2).map((t) => table(vscode, t)).join('\n')}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const t = e.target.closest('[data-show],[data-resolve],[data-page],#write');
    if (!t) return;
    e.preventDefault();
    if (t.dataset.show) vscode.postMessage({ type: 'show', id: t.dataset.show });
    else if (t.dataset.page) vscode.postMessage({ type: 'page', page: Number(t.dataset.page) });
    else if (t.dataset.resolve) vscode.postMessage({ type: 'resolve', id: t.dataset.id, resolution: t.dataset.resolve });
    else vscode.postMessage({ type: 'write' });
  });
  document.getElementById('pair').addEventListener('change', (e) => {
    const [a, b] = e.target.value.split('|');
    vscode.postMessage({ type: 'pair', a, b });
  });
</script>
</body>
</html>`;
}

/** After writing adjudicated sidecars for the pair a ↔ b. */
export function adjudicatedMessage(vscode: Pick<WebviewHost, 'l10n'>, written: number, a: string, b: string, pending: number): string {
  const wrote = written === 1 ? vscode.l10n.t('Wrote 1 adjudicated file ({0} ↔ {1})', a, b) : vscode.l10n.t('Wrote {0} adjudicated files ({1} ↔ {2})', written, a, b);
  const open =
    pending === 0
      ? vscode.l10n.t('every disagreement was resolved.')
      : pending === 1
        ? vscode.l10n.t('1 disagreement still unresolved is kept from both sides and flagged for review.')
        : vscode.l10n.t('{0} disagreements still unresolved are kept from both sides and flagged for review.', pending);
  return vscode.l10n.t('{0}; {1}', wrote, open);
}
