// The analysis view's page: filters, five charts, the list of items behind a clicked
// mark. Everything counted comes from the extension (view-model.ts over core/analysis);
// this script draws, and posts what the researcher does. Loaded under a CSP without
// 'unsafe-eval' (scripts/build.mjs checks the bundle for eval and new Function).
import type { AnalysisFilter } from '../../core/analysis';
import type { ChartId, Facets, FromWebview, RefItem, ToWebview, ViewModel } from '../../extension/analysis/protocol';
import { networkChart, sourcesChart, speakersChart, stanceChart, timelineChart, type ChartPicture, type TimelineMeasure } from './charts';
import { setStrings, t } from './i18n';
import { enableKeyboard } from './keyboard';
import { listChoices } from './filter-fields';
import { focusLabel, noteFocus, restoreFocus } from './keep-focus';
import { composePicture, pngDataUrl, svgText } from './picture';
import { readTheme } from './theme';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };
const vscode = acquireVsCodeApi();
const post = (m: FromWebview) => vscode.postMessage(m);

const nonce = document.body.dataset.nonce ?? '';
setStrings(JSON.parse(document.body.dataset.strings ?? '{}') as Record<string, string>);

const CHARTS: ReadonlyArray<{ id: ChartId; title: string; help: string }> = [
  { id: 'speakers', title: t('Who is quoted, by outlet'), help: t('Speakers ranked by quotes and reported statements together (the bar’s length), then by quotes; each bar split by outlet.') },
  { id: 'stance', title: t('Stance: holder × target'), help: t('Accepted stance annotations; the colour is the polarity most annotated, the number how many.') },
  { id: 'sources', title: t('Source types per outlet'), help: t('Accepted source annotations, as shares of each outlet’s sources; the numbers are counts.') },
  { id: 'timeline', title: t('Actors over time'), help: t('The actors named most, per period of the articles’ dates.') },
  { id: 'network', title: t('Who is quoted with whom'), help: '' },
];

let model: ViewModel | undefined;
let facets: Facets | undefined;
let filter: AnalysisFilter = {};
let measure: TimelineMeasure = 'mentions';
/** Width of an exported picture, in CSS pixels (a PNG has twice as many). */
const EXPORT_WIDTH = 900;

const root = document.getElementById('app')!;
root.innerHTML = '';
const header = h('header', { class: 'bar' });
const status = h('p', { class: 'status', role: 'status' });
const filtersEl = h('form', { class: 'filters', 'aria-label': t('Filters') });
const chartsEl = h('main', { class: 'charts' });
const details = h('aside', { class: 'details', 'aria-label': t('Items behind the mark') });
/** The details panel before any mark is chosen (again after the charts are redrawn: the
 *  items listed were for the old marks). Emptying it instead left a blank framed box. */
function showDetailsHint(): void {
  details.replaceChildren(
    h('h2', {}, t('Items behind a mark')),
    h('p', { class: 'hint' }, t('Click a bar, cell, point, line or circle to list the quotes and annotations it counts.')),
    h('p', { class: 'hint' }, t('With the keyboard: Tab into a chart, move between its marks with the arrow keys, press Enter or Space to list them; Escape in the list goes back to the mark.')),
  );
}
showDetailsHint();
/** The mark whose items were asked for with the keyboard: the list takes the focus when
 *  it comes, and Escape in it goes back to the mark. */
let keyboardMark: { chart: ChartId; index: number; key: number; waiting: boolean } | undefined;
const refreshButton = h('button', { type: 'button', class: 'secondary' }, t('Refresh'));
refreshButton.addEventListener('click', () => post({ type: 'refresh' }));
header.append(h('h1', {}, t('Sorot: Analyse Corpus')), status, refreshButton);
const layout = h('div', { class: 'layout' });
const left = h('div', { class: 'left' });
left.append(filtersEl, chartsEl);
layout.append(left, details);
root.append(header, layout);

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- filters ----------------------------------------------------------------------

/** A list filter over `values` (labelled by `labelOf`), or nothing when there is nothing to
 *  choose (filter-fields.ts). */
function multiSelect(name: 'folders' | 'outlets' | 'annotators' | 'statuses' | 'kinds', label: string, values: readonly string[], labelOf: (value: string) => string = (v) => v): HTMLElement[] {
  const chosen = filter[name] as string[] | undefined;
  const options = listChoices(values, chosen);
  if (options.length === 0) return [];
  const wrap = h('label', { class: 'field' });
  wrap.append(h('span', {}, label));
  const select = h('select', { multiple: '', name, size: String(Math.min(4, Math.max(2, options.length))), 'aria-label': label });
  const selected = new Set(chosen ?? []);
  for (const value of options) {
    const option = h('option', { value }, labelOf(value));
    option.selected = selected.has(value);
    select.append(option);
  }
  select.addEventListener('change', () => {
    const values = [...select.selectedOptions].map((o) => o.value);
    filter = { ...filter, [name]: values.length ? values : undefined };
    sendFilter();
  });
  wrap.append(select);
  return [wrap];
}

function dateInput(name: 'from' | 'to', label: string): HTMLElement {
  const wrap = h('label', { class: 'field' });
  wrap.append(h('span', {}, label));
  const input = h('input', { type: 'date', name, value: filter[name] ?? '', 'aria-label': label });
  if (facets?.firstDate) input.min = facets.firstDate;
  if (facets?.lastDate) input.max = facets.lastDate;
  input.addEventListener('change', () => {
    filter = { ...filter, [name]: input.value || undefined };
    sendFilter();
  });
  wrap.append(input);
  return wrap;
}

function sendFilter(): void {
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as AnalysisFilter;
  post({ type: 'filter', filter: clean });
}

function renderFilters(): void {
  if (!facets) return;
  const focused = noteFocus(filtersEl);
  filtersEl.innerHTML = '';
  const f = facets;
  filtersEl.append(
    ...multiSelect('folders', t('Folder'), f.folders),
    ...multiSelect('outlets', t('Outlet'), f.outlets, (x) => x || t('no outlet')),
    dateInput('from', t('From')),
    dateInput('to', t('To')),
    ...multiSelect('annotators', t('Annotator'), f.annotators),
    ...multiSelect('statuses', t('Article status'), f.statuses, t),
    ...multiSelect('kinds', t('Kind'), f.kinds, t),
  );
  const clear = h('button', { type: 'button', class: 'secondary' }, t('Clear filters'));
  clear.addEventListener('click', () => {
    filter = {};
    sendFilter();
  });
  filtersEl.append(clear);
  restoreFocus(filtersEl, focused);
}

// ---- charts -----------------------------------------------------------------------

function chartOf(id: ChartId, m: ViewModel, width: number): ChartPicture {
  const theme = readTheme();
  switch (id) {
    case 'speakers': return speakersChart(m, theme, width);
    case 'stance': return stanceChart(m, theme, width);
    case 'sources': return sourcesChart(m, theme, width);
    case 'timeline': return timelineChart(m, theme, width, measure);
    case 'network': return networkChart(m, theme, width);
  }
}

function titleOf(id: ChartId, m: ViewModel): string {
  if (id === 'network') return m.network.relation === 'quoted-with' ? t('Who is quoted with whom') : t('Who speaks about whom');
  return CHARTS.find((c) => c.id === id)!.title;
}

function chartControls(id: ChartId, m: ViewModel): HTMLElement[] {
  const select = (label: string, value: string, options: Array<[string, string]>, onChange: (v: string) => void) => {
    const wrap = h('label', { class: 'inline' });
    wrap.append(h('span', {}, label));
    const s = h('select', { 'aria-label': label });
    for (const [v, l] of options) {
      const o = h('option', { value: v }, l);
      o.selected = v === value;
      s.append(o);
    }
    s.addEventListener('change', () => onChange(s.value));
    wrap.append(s);
    return wrap;
  };
  if (id === 'timeline')
    return [
      select(t('Per'), m.options.period, [['month', t('month')], ['week', t('ISO week')]], (v) => post({ type: 'options', options: { period: v as 'month' | 'week' } })),
      select(t('Count'), measure, [['mentions', t('mentions')], ['quotes', t('quotes')]], (v) => {
        measure = v as TimelineMeasure;
        renderCharts();
      }),
    ];
  if (id === 'network')
    return [select(t('Links'), m.options.relation, [['quoted-with', t('quoted in the same article')], ['speaks-about', t('speaker → actors named in their quotes')]], (v) => post({ type: 'options', options: { relation: v as 'quoted-with' | 'speaks-about' } }))];
  return [];
}

function renderCharts(): void {
  const m = model;
  if (!m) return;
  const focused = noteFocus(chartsEl);
  chartsEl.innerHTML = '';
  const marks = {} as Record<ChartId, number>;
  const theme = readTheme();
  // Every section first, then the charts: each is drawn at its section's final width.
  const sections = CHARTS.map((c) => {
    const section = h('section', { class: 'chart', id: `chart-${c.id}`, 'aria-label': titleOf(c.id, m) });
    const tools = h('div', { class: 'tools' });
    tools.append(...chartControls(c.id, m));
    for (const [format, label] of [['svg', 'SVG'], ['png', 'PNG'], ['csv', 'CSV']] as const) {
      const b = h('button', { type: 'button', class: 'secondary', title: format === 'csv' ? t('Save the table as CSV') : t('Save the picture as {0}', label) }, label);
      b.addEventListener('click', () => void (format === 'csv' ? post({ type: 'csv', chart: c.id }) : exportChart(c.id, format)));
      tools.append(b);
    }
    section.append(tools);
    chartsEl.append(section);
    return section;
  });
  for (const [i, c] of CHARTS.entries()) {
    const section = sections[i];
    const width = Math.max(360, Math.floor(section.clientWidth - 24));
    const chart = chartOf(c.id, m, width);
    marks[c.id] = [...chart.clickable.values()].reduce((n, keys) => n + keys.length, 0);
    if (chart.empty) {
      section.append(h('h2', {}, titleOf(c.id, m)), h('p', { class: 'empty' }, emptyText(c.id)));
      continue;
    }
    const svg = composePicture(titleOf(c.id, m), chart, theme, nonce);
    const figure = h('figure', {});
    figure.append(svg);
    section.append(figure);
    enableKeyboard(figure, svg, chart, titleOf(c.id, m), (mark, index, byKeyboard) => {
      keyboardMark = byKeyboard ? { chart: c.id, index, key: mark.key, waiting: true } : undefined;
      post({ type: 'mark', key: mark.key, title: mark.title || titleOf(c.id, m) });
    });
    const notes = [c.help, ...chart.notes].filter(Boolean);
    if (notes.length) section.append(h('p', { class: 'note' }, notes.join(' ')));
  }
  restoreFocus(chartsEl, focused);
  post({ type: 'rendered', marks });
}

function emptyText(id: ChartId): string {
  switch (id) {
    case 'speakers': return t('No quotes or reported statements with a speaker in the articles the filters keep.');
    case 'stance': return t('No accepted stance annotations in the articles the filters keep.');
    case 'sources': return t('No accepted source annotations in the articles the filters keep.');
    case 'timeline': return t('No dated article with actors in the articles the filters keep.');
    case 'network': return t('No two speakers share an article, and no speaker names an actor in a quote, in the articles the filters keep.');
  }
}

async function exportChart(chart: ChartId, format: 'svg' | 'png', id?: number): Promise<void> {
  // Drawn anew at a fixed width: an exported picture does not depend on the window.
  const m = model;
  const drawn = m && chartOf(chart, m, EXPORT_WIDTH);
  const svg = drawn && !drawn.empty ? composePicture(titleOf(chart, m), drawn, readTheme(), nonce) : undefined;
  if (!svg) {
    post({ type: 'error', message: t('The chart "{0}" has nothing to draw.', chart) });
    return;
  }
  try {
    const data = format === 'svg' ? svgText(svg) : await pngDataUrl(svg);
    post({ type: 'export', chart, format, data, ...(id !== undefined ? { id } : {}) });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
}

// ---- items behind a mark ------------------------------------------------------------

function renderRefs(key: number, title: string, refs: RefItem[], total: number): void {
  details.innerHTML = '';
  const heading = h('h2', { tabindex: '-1' }, title);
  details.append(heading);
  details.append(h('p', { class: 'hint' }, total > refs.length ? t('{0} items; the first {1} are listed.', total, refs.length) : t('{0} items.', total)));
  const list = h('ol', { class: 'refs' });
  refs.forEach((r, index) => {
    const item = h('li', {});
    const button = h('button', { type: 'button', class: 'ref', title: t('Open in the text') });
    button.append(h('span', { class: 'where' }, `${r.article} · ${t(r.kind)}${r.annotator ? ` · ${r.annotator}` : ''}`), h('span', { class: 'excerpt' }, r.excerpt));
    button.addEventListener('click', () => post({ type: 'open', key, index }));
    item.append(button);
    list.append(item);
  });
  details.append(list);
  if (keyboardMark?.waiting && keyboardMark.key === key) {
    keyboardMark.waiting = false;
    (list.querySelector('button') ?? heading).focus();
  }
}

/** Escape in the list of items: back to the mark it was opened from with the keyboard. */
details.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !keyboardMark) return;
  const mark = document.querySelector<SVGElement>(`#chart-${keyboardMark.chart} [data-mark-index="${keyboardMark.index}"]`);
  if (!mark) return;
  e.preventDefault();
  mark.focus();
});

// Where the keyboard focus is, named as a screen reader says it (the panel passes it on
// to tests, which drive the real keyboard but cannot see into this page).
document.addEventListener('focusin', (e) => {
  const target = e.target as HTMLElement | SVGElement;
  const label = focusLabel(target);
  const chart = target.closest('section.chart')?.id.replace(/^chart-/, '') as ChartId | undefined;
  const mark = target.getAttribute('data-mark-index');
  post({ type: 'focus', ...(chart ? { chart } : {}), label: label.replace(/\s+/g, ' ').trim().slice(0, 200), mark: mark !== null, ...(mark !== null ? { index: Number(mark) } : {}) });
});

// ---- messages ---------------------------------------------------------------------

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  switch (m.type) {
    case 'loading':
      status.textContent = m.message;
      break;
    case 'model': {
      // A live refresh or a filter change draws everything anew: where the reader was
      // stays where it was (the page keeps its height while the charts are replaced).
      const scroller = document.scrollingElement ?? document.documentElement;
      const top = scroller.scrollTop;
      chartsEl.style.minHeight = `${chartsEl.offsetHeight}px`;
      model = m.model;
      facets = m.facets;
      filter = m.filter;
      status.textContent = t('{0} of {1} articles', m.model.articles, m.facets.articles);
      renderFilters();
      renderCharts();
      chartsEl.style.minHeight = '';
      scroller.scrollTop = top;
      // The items listed were found under the old marks' keys; the new marks have others.
      showDetailsHint();
      break;
    }
    case 'refs':
      renderRefs(m.key, m.title, m.refs, m.total);
      break;
    case 'saved':
      status.textContent = m.message;
      break;
    case 'exportRequest':
      void exportChart(m.chart, m.format, m.id);
      break;
  }
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
let lastWidth = chartsEl.clientWidth;
new ResizeObserver(() => {
  if (Math.abs(chartsEl.clientWidth - lastWidth) < 8) return;
  lastWidth = chartsEl.clientWidth;
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(renderCharts, 150);
}).observe(chartsEl);

// A theme change gives the body another class: draw again with its colours.
new MutationObserver(() => renderCharts()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

window.addEventListener('error', (e) => post({ type: 'error', message: e.message }));
post({ type: 'ready' });
