// The analysis view's page: a shell that loads dist/webview/analysis.js under a strict
// Content Security Policy (scripts only with this page's nonce, no eval; styles from the
// extension or with the nonce, which the script also gives Plot's own <style>), with the
// UI strings translated here by vscode.l10n.t and handed over in a data attribute.
import { escapeHtml } from '../webview-html';

/** The extension passes the `vscode` module, tests a stand-in; named `vscode` so that
 *  `npm run l10n` finds these strings. */
type Vscode = { l10n: { t(message: string, ...args: Array<string | number | boolean>): string } };

/** Every string the page shows, under its English text (src/webview/analysis uses t(english)). */
export function webviewStrings(vscode: Vscode): Record<string, string> {
  return {
    'Accepted source annotations, as shares of each outlet’s sources; the numbers are counts.': vscode.l10n.t('Accepted source annotations, as shares of each outlet’s sources; the numbers are counts.'),
    'Accepted stance annotations; the colour is the polarity most annotated, the number how many.': vscode.l10n.t('Accepted stance annotations; the colour is the polarity most annotated, the number how many.'),
    'Actors over time': vscode.l10n.t('Actors over time'),
    'Annotator': vscode.l10n.t('Annotator'),
    'Article status': vscode.l10n.t('Article status'),
    'Clear filters': vscode.l10n.t('Clear filters'),
    'Click a bar, cell, point, line or circle to list the quotes and annotations it counts.': vscode.l10n.t('Click a bar, cell, point, line or circle to list the quotes and annotations it counts.'),
    'With the keyboard: Tab into a chart, move between its marks with the arrow keys, press Enter or Space to list them; Escape in the list goes back to the mark.': vscode.l10n.t('With the keyboard: Tab into a chart, move between its marks with the arrow keys, press Enter or Space to list them; Escape in the list goes back to the mark.'),
    'Count': vscode.l10n.t('Count'),
    'Filters': vscode.l10n.t('Filters'),
    'Folder': vscode.l10n.t('Folder'),
    'From': vscode.l10n.t('From'),
    'ISO week': vscode.l10n.t('ISO week'),
    'Items behind a mark': vscode.l10n.t('Items behind a mark'),
    'Items behind the mark': vscode.l10n.t('Items behind the mark'),
    'Kind': vscode.l10n.t('Kind'),
    'Links': vscode.l10n.t('Links'),
    'No accepted source annotations in the articles the filters keep.': vscode.l10n.t('No accepted source annotations in the articles the filters keep.'),
    'No accepted stance annotations in the articles the filters keep.': vscode.l10n.t('No accepted stance annotations in the articles the filters keep.'),
    'No dated article with actors in the articles the filters keep.': vscode.l10n.t('No dated article with actors in the articles the filters keep.'),
    'No quotes or reported statements with a speaker in the articles the filters keep.': vscode.l10n.t('No quotes or reported statements with a speaker in the articles the filters keep.'),
    'No two speakers share an article, and no speaker names an actor in a quote, in the articles the filters keep.': vscode.l10n.t('No two speakers share an article, and no speaker names an actor in a quote, in the articles the filters keep.'),
    'Open in the text': vscode.l10n.t('Open in the text'),
    'Outlet': vscode.l10n.t('Outlet'),
    'Per': vscode.l10n.t('Per'),
    'Refresh': vscode.l10n.t('Refresh'),
    'Save the picture as {0}': vscode.l10n.t('Save the picture as {0}'),
    'Save the table as CSV': vscode.l10n.t('Save the table as CSV'),
    'Sorot: Analyse Corpus': vscode.l10n.t('Sorot: Analyse Corpus'),
    'Source types per outlet': vscode.l10n.t('Source types per outlet'),
    'Speakers ranked by quotes and reported statements together (the bar’s length), then by quotes; each bar split by outlet.': vscode.l10n.t('Speakers ranked by quotes and reported statements together (the bar’s length), then by quotes; each bar split by outlet.'),
    'Stance: holder × target': vscode.l10n.t('Stance: holder × target'),
    'The actors named most, per period of the articles’ dates.': vscode.l10n.t('The actors named most, per period of the articles’ dates.'),
    'The chart "{0}" has nothing to draw.': vscode.l10n.t('The chart "{0}" has nothing to draw.'),
    'To': vscode.l10n.t('To'),
    'Who is quoted with whom': vscode.l10n.t('Who is quoted with whom'),
    'Who is quoted, by outlet': vscode.l10n.t('Who is quoted, by outlet'),
    'Who speaks about whom': vscode.l10n.t('Who speaks about whom'),
    'actor named in their quotes': vscode.l10n.t('actor named in their quotes'),
    'against': vscode.l10n.t('against'),
    'arrow: speaks about (width: quotes)': vscode.l10n.t('arrow: speaks about (width: quotes)'),
    'favor': vscode.l10n.t('favor'),
    'line: quoted in the same article (width: articles)': vscode.l10n.t('line: quoted in the same article (width: articles)'),
    'mentions': vscode.l10n.t('mentions'),
    'month': vscode.l10n.t('month'),
    'neutral': vscode.l10n.t('neutral'),
    'no outlet': vscode.l10n.t('no outlet'),
    'quoted in the same article': vscode.l10n.t('quoted in the same article'),
    'quotes and reported statements': vscode.l10n.t('quotes and reported statements'),
    'quotes': vscode.l10n.t('quotes'),
    'reported statements': vscode.l10n.t('reported statements'),
    'share of source annotations': vscode.l10n.t('share of source annotations'),
    'speaker → actors named in their quotes': vscode.l10n.t('speaker → actors named in their quotes'),
    'speaker': vscode.l10n.t('speaker'),
    'stance holder': vscode.l10n.t('stance holder'),
    'stance target': vscode.l10n.t('stance target'),
    '{0} articles without a date are not counted.': vscode.l10n.t('{0} articles without a date are not counted.'),
    '{0} articles': vscode.l10n.t('{0} articles'),
    '{0} items.': vscode.l10n.t('{0} items.'),
    '{0} items; the first {1} are listed.': vscode.l10n.t('{0} items; the first {1} are listed.'),
    '{0} mentions': vscode.l10n.t('{0} mentions'),
    '{0} more actors are not drawn; the CSV has them all.': vscode.l10n.t('{0} more actors are not drawn; the CSV has them all.'),
    '{0} more holder and target pairs are not drawn; the CSV has them all.': vscode.l10n.t('{0} more holder and target pairs are not drawn; the CSV has them all.'),
    '{0} more speakers are not drawn; the CSV has them all.': vscode.l10n.t('{0} more speakers are not drawn; the CSV has them all.'),
    '{0} of {1} articles': vscode.l10n.t('{0} of {1} articles'),
    '{0} quotes': vscode.l10n.t('{0} quotes'),
    '{0} reported statements': vscode.l10n.t('{0} reported statements'),
    '{0} source annotations': vscode.l10n.t('{0} source annotations'),
    '{0} weaker links are not drawn; the CSV has them all.': vscode.l10n.t('{0} weaker links are not drawn; the CSV has them all.'),
    'mention': vscode.l10n.t('mention'),
    'quote': vscode.l10n.t('quote'),
    'reported': vscode.l10n.t('reported'),
    'claim': vscode.l10n.t('claim'),
    'stance': vscode.l10n.t('stance'),
    'source': vscode.l10n.t('source'),
    'not-started': vscode.l10n.t('not-started'),
    'in-progress': vscode.l10n.t('in-progress'),
    'done': vscode.l10n.t('done'),
    'official': vscode.l10n.t('official'),
    'news agency': vscode.l10n.t('news agency'),
    'media': vscode.l10n.t('media'),
    'document': vscode.l10n.t('document'),
    'social media': vscode.l10n.t('social media'),
    'anonymous': vscode.l10n.t('anonymous'),
    'mixed': vscode.l10n.t('mixed'),
  };
}

export interface PageResources {
  cspSource: string;
  nonce: string;
  script: string;
  style: string;
  language: string;
}

export function analysisHtml(vscode: Vscode, r: PageResources): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${r.nonce}'`,
    `style-src ${r.cspSource} 'nonce-${r.nonce}'`,
    // PNG export draws the chart's SVG through a blob: image onto a canvas.
    `img-src ${r.cspSource} blob: data:`,
    `font-src ${r.cspSource}`,
  ].join('; ');
  const strings = escapeHtml(JSON.stringify(webviewStrings(vscode)));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(r.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(r.style)}">
<title>${escapeHtml(vscode.l10n.t('Sorot: Analyse Corpus'))}</title>
</head>
<body data-nonce="${r.nonce}" data-strings="${strings}">
<div id="app"><p class="status">${escapeHtml(vscode.l10n.t('Reading the corpus…'))}</p></div>
<script nonce="${r.nonce}" src="${escapeHtml(r.script)}"></script>
</body>
</html>`;
}
