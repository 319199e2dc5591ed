// The analysis view's panel: holds the loaded corpus (core/analysis records), the
// filter and chart options, sends the page the view model, and answers what the page
// posts: a filter or option change, a click on a mark (the items behind it, with their
// words read from the articles), opening one of them in the text, saving a chart's
// picture or its table (the CSV `sorot stats` writes). Tests drive it through
// `receive()`, the same entry the page's messages take.
import * as vscode from 'vscode';
import { listedProblems } from '../listed-problems';
import type { AnalysisArticle, AnalysisFilter, ItemRef } from '../../core/analysis';
import { statsCsvBytesSteps } from '../../core/analysis';
import { decodeText } from '../../core/text/decode';
import { analysisHtml } from './html';
import type { LoadedAnalysisCorpus } from './analysis-corpus';
import { CHART_IDS, type ChartId, type ChartOptions, type Facets, type FromWebview, type RefItem, type ToWebview, type ViewModel } from './protocol';
import { buildModelSteps, type BuiltModel, chartTableSteps, DEFAULT_OPTIONS, facetsOf, facetsSteps, sanitizeFilter } from './view-model';
import { runStepsInSlices, stepsWhile } from '../../core/incremental/time-slices';
import { hostSlices } from '../event-loop';
import { nonce } from '../webview-html';
import { clip } from '../../core/text/clip';
import { shownActorLabel } from '../services/annotations/reserved-actor-labels';

/** Where the keyboard focus is in the page. */
export interface PageFocus {
  chart?: ChartId;
  label: string;
  /** On a chart's mark. */
  mark: boolean;
  /** Which of the chart's marks, in their keyboard order. */
  index?: number;
}

/** Items listed under a clicked mark (each with its words read from the article). */
const LISTED = 200;
const EXCERPT_MAX = 240;

export interface AnalysisPanelDeps {
  extensionUri: vscode.Uri;
  /** The corpus's records (with a progress notification unless `quietly`); undefined when cancelled. */
  load(quietly: boolean): Thenable<LoadedAnalysisCorpus | undefined>;
  /** What the view counts may have changed (an article, an annotation file, the table). */
  onDidChangeCorpus: vscode.Event<void>;
}


/** Changes within this time are one redraw (a save writes an article and its annotation file). */
export const REFRESH_DELAY_MS = 500;

export class AnalysisPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private corpus: AnalysisArticle[] = [];
  private uris = new Map<string, vscode.Uri>();
  /** Finds the items behind a mark of the model shown. */
  private refsSteps: BuiltModel['refsSteps'] | undefined;
  private exportId = 0;
  private readonly exports = new Map<number, (data: string) => void>();
  private readonly renderedEmitter = new vscode.EventEmitter<Record<ChartId, number>>();
  private readonly errorEmitter = new vscode.EventEmitter<string>();
  private readonly focusEmitter = new vscode.EventEmitter<PageFocus>();
  private ready = false;
  /** Loads applied and models built so far: a newer one makes an older one's work useless. */
  private loadsApplied = 0;
  private buildsStarted = 0;
  /** The last build's result (set whenever a build started). */
  private latest: Promise<ViewModel | undefined> | undefined;
  /** A load whose facets are made, shown with the model the next build makes: records,
   *  URIs, facets and model change together, so a click never finds one mark's items
   *  with another corpus's URIs. */
  private staged: { articles: AnalysisArticle[]; uris: Map<string, vscode.Uri>; facets: Facets } | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly updatedEmitter = new vscode.EventEmitter<ViewModel>();
  filter: AnalysisFilter = {};
  options: ChartOptions = { ...DEFAULT_OPTIONS };
  model: ViewModel | undefined;
  /** The last list of items behind a mark, as sent to the page. */
  listed: { key: number; title: string; refs: RefItem[]; total: number } | undefined;
  /** What the last load cost. */
  lastLoad: Omit<LoadedAnalysisCorpus, 'articles' | 'uris'> | undefined;
  private facets: Facets = facetsOf([]);
  /** Fires when the page has drawn the charts: clickable marks per chart. */
  readonly onDidRender = this.renderedEmitter.event;
  /** Fires with an error the page reported. */
  readonly onDidReportError = this.errorEmitter.event;
  /** Fires with each model sent to the page (a load, a filter, a live refresh). */
  readonly onDidUpdate = this.updatedEmitter.event;
  /** Fires when the keyboard focus moves in the page (a mark, a list item, a control). */
  readonly onDidMoveFocus = this.focusEmitter.event;

  constructor(private readonly deps: AnalysisPanelDeps) {
    const media = vscode.Uri.joinPath(deps.extensionUri, 'media');
    const scripts = vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel('sorot.analysis', vscode.l10n.t('Sorot: Analyse Corpus'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [media, scripts],
    });
    const webview = this.panel.webview;
    this.disposables.push(
      this.panel,
      this.renderedEmitter,
      this.errorEmitter,
      this.focusEmitter,
      this.updatedEmitter,
      webview.onDidReceiveMessage((m: FromWebview) => void this.receive(m)),
      // Live: the view follows the corpus, its filters and options kept.
      deps.onDidChangeCorpus(() => {
        if (this.refreshTimer) clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
      }),
      { dispose: () => this.refreshTimer && clearTimeout(this.refreshTimer) },
    );
    webview.html = analysisHtml(vscode, {
      cspSource: webview.cspSource,
      nonce: nonce(),
      script: webview.asWebviewUri(vscode.Uri.joinPath(scripts, 'analysis.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(media, 'analysis.css')).toString(),
      language: vscode.env.language,
    });
  }

  /** Brings the view to the front with the keyboard focus in it. */
  reveal(): void {
    this.panel.reveal(undefined, false);
  }

  get onDidDispose(): vscode.Event<void> {
    return this.panel.onDidDispose;
  }

  get articles(): readonly AnalysisArticle[] {
    return this.corpus;
  }

  /** Reads the corpus again and redraws. */
  async reload(): Promise<boolean> {
    this.post({ type: 'loading', message: vscode.l10n.t('Reading the corpus…') });
    return this.apply(await this.deps.load(false));
  }

  /** What changed in the corpus, redrawn without a notification, filters kept. */
  async refresh(): Promise<boolean> {
    this.refreshTimer = undefined;
    return this.apply(await this.deps.load(true));
  }

  private async apply(loaded: LoadedAnalysisCorpus | undefined): Promise<boolean> {
    if (!loaded || this.disposed) return false;
    const { articles, uris, ...cost } = loaded;
    const load = ++this.loadsApplied;
    const facets = await runStepsInSlices(facetsSteps(articles), hostSlices());
    if (load !== this.loadsApplied || this.disposed) return false;
    this.staged = { articles, uris, facets };
    // Said once per set of problems, not again on every live refresh.
    const said = loaded.problems.join('\n');
    if (loaded.problems.length && said !== this.lastLoad?.problems.join('\n')) void vscode.window.showWarningMessage(vscode.l10n.t('Some files were skipped: {0}', listedProblems(loaded.problems)));
    this.lastLoad = cost;
    await this.update();
    return true;
  }

  /** What the page posts (and tests send). */
  async receive(m: FromWebview): Promise<unknown> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        if (this.model) this.send();
        return undefined;
      case 'filter':
        this.filter = sanitizeFilter(m.filter);
        return this.update();
      case 'options':
        if (m.options.period === 'month' || m.options.period === 'week') this.options.period = m.options.period;
        if (m.options.relation === 'quoted-with' || m.options.relation === 'speaks-about') this.options.relation = m.options.relation;
        return this.update();
      case 'mark':
        return this.list(m.key, typeof m.title === 'string' ? m.title : '');
      case 'open':
        return this.open(m.key, m.index);
      case 'csv':
        return CHART_IDS.includes(m.chart) ? this.saveCsv(m.chart) : undefined;
      case 'export':
        if (m.id !== undefined && this.exports.has(m.id)) {
          this.exports.get(m.id)!(m.data);
          this.exports.delete(m.id);
          return undefined;
        }
        return this.savePicture(m.chart, m.format, m.data);
      case 'rendered':
        this.renderedEmitter.fire(m.marks);
        return undefined;
      case 'error':
        this.errorEmitter.fire(m.message);
        return undefined;
      case 'focus':
        this.focusEmitter.fire({ ...(m.chart ? { chart: m.chart } : {}), label: String(m.label), mark: m.mark === true, ...(typeof m.index === 'number' ? { index: m.index } : {}) });
        return undefined;
      case 'refresh':
        return this.reload();
    }
  }

  /** The filtered model, recomputed from the loaded corpus (no file is read) in slices
   *  of the host. A change made meanwhile (another filter, a load) stops it: only the
   *  latest model is sent, and every caller gets that one (undefined once closed). */
  update(): Promise<ViewModel | undefined> {
    const run = ++this.buildsStarted;
    const data = this.staged ?? { articles: this.corpus, uris: this.uris, facets: this.facets };
    const wanted = () => run === this.buildsStarted && !this.disposed;
    const steps = stepsWhile(buildModelSteps(data.articles, this.filter, { ...this.options }, { actor: shownActorLabel }), wanted);
    const latest = runStepsInSlices(steps, hostSlices()).then((built): ViewModel | undefined | Promise<ViewModel | undefined> => {
      if (this.disposed) return undefined;
      // A later build started, so `latest` is its result.
      if (!built || run !== this.buildsStarted) return this.latest;
      if (data === this.staged) this.staged = undefined;
      this.corpus = data.articles;
      this.uris = data.uris;
      this.facets = data.facets;
      this.model = built.model;
      this.refsSteps = built.refsSteps;
      this.send();
      this.updatedEmitter.fire(built.model);
      return built.model;
    });
    this.latest = latest;
    return latest;
  }

  /** The items behind mark `key`, with their words, listed in the page. */
  async list(key: number, title: string): Promise<RefItem[]> {
    const refs = await this.refsOf(key);
    if (!refs.length) return [];
    const texts = new Map<string, Promise<string | undefined>>();
    const textOf = (article: string) => texts.get(article) ?? texts.set(article, this.readArticle(article)).get(article)!;
    const items = await Promise.all(
      refs.slice(0, LISTED).map(async (r): Promise<RefItem> => {
        const text = await textOf(r.article);
        const words = text?.slice(r.start, r.end).replace(/\s+/g, ' ').trim() ?? '';
        return { article: r.article, kind: r.kind, start: r.start, end: r.end, ...(r.annotator ? { annotator: r.annotator } : {}), excerpt: clip(words, EXCERPT_MAX) };
      }),
    );
    this.listed = { key, title, refs: items, total: refs.length };
    this.post({ type: 'refs', ...this.listed });
    return items;
  }

  /** The items behind mark `key`, found in slices of the host (a pass over every article
   *  the filter keeps). */
  private refsOf(key: number): Promise<ItemRef[]> {
    return this.refsSteps ? runStepsInSlices(this.refsSteps(key), hostSlices()) : Promise.resolve([]);
  }

  /** Opens item `index` of mark `key` in its article, the item selected. */
  async open(key: number, index: number): Promise<vscode.TextEditor | undefined> {
    const ref = (await this.refsOf(key))[index];
    const uri = ref && this.uriOf(ref.article);
    if (!ref || !uri) return undefined;
    const document = await vscode.workspace.openTextDocument(uri);
    const range = new vscode.Range(document.positionAt(ref.start), document.positionAt(ref.end));
    // Beside the view, so the chart stays visible while reading.
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection: range, preserveFocus: false });
  }

  /** The chart's picture from the page: SVG text, or a PNG data URL. */
  picture(chart: ChartId, format: 'svg' | 'png'): Promise<string> {
    const id = ++this.exportId;
    return new Promise((resolve) => {
      this.exports.set(id, resolve);
      this.post({ type: 'exportRequest', chart, format, id });
    });
  }

  /** The CSV `sorot stats` writes for the chart's table under the current filter, in
   *  UTF-8, made in slices of the host (seconds for a 100,000-article corpus's timeline). */
  csv(chart: ChartId): Promise<Uint8Array> {
    return this.csvWhile(chart, () => true).then((bytes) => bytes as Uint8Array);
  }

  /** csv(), stopped (undefined) once `wanted()` no longer holds between two steps. */
  private async csvWhile(chart: ChartId, wanted: () => boolean): Promise<Uint8Array | undefined> {
    const table = await runStepsInSlices(stepsWhile(chartTableSteps(chart, this.corpus, this.filter, { ...this.options }, { refs: false }), wanted), hostSlices());
    return table && runStepsInSlices(stepsWhile(statsCsvBytesSteps(table), wanted), hostSlices());
  }

  /** Asks where, then makes the CSV in slices under a progress notification the
   *  researcher can cancel (so can closing the panel), and writes it. */
  private async saveCsv(chart: ChartId): Promise<void> {
    const target = await this.askTarget(`${chart}.csv`, 'CSV');
    if (!target) return;
    const title = vscode.l10n.t('Sorot: writing {0}', vscode.workspace.asRelativePath(target, false));
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_progress, token) => {
      const bytes = await this.csvWhile(chart, () => !token.isCancellationRequested && !this.disposed);
      if (bytes) await this.write(target, bytes);
    });
  }

  private async savePicture(chart: ChartId, format: 'svg' | 'png', data: string): Promise<void> {
    const target = await this.askTarget(`${chart}.${format}`, format.toUpperCase());
    if (!target) return;
    await this.write(target, format === 'svg' ? new TextEncoder().encode(data) : base64Bytes(data.replace(/^data:image\/png;base64,/, '')));
  }

  private async askTarget(name: string, kind: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return vscode.window.showSaveDialog({ ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}), filters: { [kind]: [name.split('.').pop()!] } });
  }

  private async write(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
    const name = vscode.workspace.asRelativePath(target, false);
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
      this.post({ type: 'saved', message: vscode.l10n.t('Saved {0}', name) });
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be written: {1}', name, e instanceof Error ? e.message : String(e)));
    }
  }

  private async readArticle(article: string): Promise<string | undefined> {
    const uri = this.uriOf(article);
    if (!uri) return undefined;
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  }

  private uriOf(article: string): vscode.Uri | undefined {
    return this.uris.get(article);
  }

  private send(): void {
    if (!this.model) return;
    this.post({ type: 'model', model: this.model, facets: this.facets, filter: this.filter });
  }

  private post(m: ToWebview): void {
    // A closed panel's webview throws: a CSV written after the close is still written.
    if (this.disposed) return;
    if (this.ready || m.type === 'loading') void this.panel.webview.postMessage(m);
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
  }
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
