// The agreement report in a webview: computed from every annotator's sidecars, with
// the disagreements of one pair listed for adjudication. "Show" opens each annotator's
// view of the article side by side (annotator-views.ts), the disagreement selected in
// both and every other one of the pair highlighted; resolutions (keep A, keep B,
// both, neither) are kept per disagreement id and written as an adjudicated sidecar
// (`<article>.adjudicated.sorot.json`) next to each article, through the safe store.
import * as vscode from 'vscode';
import {
  adjudicate,
  computeAgreementInSlices,
  recognizedLayerAgreementAway,
  type CuratedLayer,
  type AgreementInput,
  type AgreementReport,
  type Disagreement,
  type MatchMode,
  type RecognizedLayerArticle,
  type Resolution,
} from '../../core/agreement';
import type { WorkspaceRecognizer } from '../services/corpus/workspace-recognizer';
import { SidecarStore, emptySidecar, sidecarPathFor } from '../../core/annotations';
import type { ActorDirectory } from '../../core/annotations/actor-identity';
import { basename, fileErrorReason } from '../../core/fs';
import { VscodeFileSystem } from '../services/vscode-fs';
import { mayWrite } from '../services/write-guard';
import type { CorpusArticle } from '../services/corpus/annotated-articles';
import type { AnnotatorViews } from './annotator-views';
import { adjudicatedMessage } from './html';
import { HOST_SLICE_MS, hostSlices } from '../event-loop';
import { arraySteps, runStepsInSlices, type TimeSlices } from '../../core/incremental/time-slices';

export const ADJUDICATOR = 'adjudicated';

/** The article as the agreement reads it: adjudicated files are the outcome of a
 *  comparison, not one of its annotators. */
function agreementArticle(a: CorpusArticle): AgreementInput['articles'][number] {
  return {
    path: a.path,
    annotations: a.annotations.filter((x) => x.annotator !== ADJUDICATOR),
    annotators: a.annotators.filter((x) => x !== ADJUDICATOR),
  };
}

/** An article of the recognized layer's comparison, with the text its layers are made of. */
type RecognizedArticle = RecognizedLayerArticle & { text: string };

/** Each annotator's curated layer is the machine analysis (as the export makes it, with
 *  the workspace KB) with that annotator's corrections; the adjudicator is no annotator
 *  here either. */
function recognizedArticle(a: CorpusArticle, recognizer: WorkspaceRecognizer): RecognizedArticle {
  return {
    path: a.path,
    text: a.text,
    corrections: a.corrections.filter((c) => c.annotator !== ADJUDICATOR),
    annotators: a.annotators.filter((x) => x !== ADJUDICATOR),
    analysis: () => recognizer.analyze(a.text),
  };
}

/** Compared articles whose layers are under way on the workers and not yet compared, at
 *  most: as the export's (export-command.ts RECOGNIZED_AHEAD), a worker has the next ones
 *  while this thread compares, and few replies wait to be collected young. */
const LAYERS_AHEAD = 8;

/** `f` of each article, in slices: 20,000 articles mapped in one go were 10-20 ms. */
function mapInSlices<T, R>(items: readonly T[], f: (x: T) => R, slices: TimeSlices): Promise<R[]> {
  return runStepsInSlices(
    arraySteps(
      (function* () {
        for (const x of items) yield f(x);
      })(),
    ),
    slices,
  );
}

/** The report of one comparison, and what it was computed from. */
export interface CorpusComparison {
  input: AgreementInput;
  report: AgreementReport;
  mode: MatchMode;
  /** The KB the actors were compared with; adjudication uses the same. */
  actors?: ActorDirectory;
}

/** `articles`: those read with their annotation files; `unannotated`: the paths of those
 *  without any (not read, loadAnnotatedCorpus). Only articles with two or more annotators
 *  are compared; the recognized layer needs no other text.
 *  In slices: a corpus of thousands of articles, each compared and one in two perhaps
 *  analysed, took seconds of the extension host in one task (issue 19). The recognized
 *  layers of the articles compared there are made on the workers where they answer (each
 *  article analysed on this thread was a step of 12-33 ms at 5,000 bytes), parsed only
 *  when the article's turn comes. */
export async function compare(articles: readonly CorpusArticle[], unannotated: readonly string[], mode: MatchMode, recognizer: WorkspaceRecognizer, actors?: ActorDirectory): Promise<CorpusComparison> {
  // A clock reading a step: a step is an article, not a cheap item.
  const slices = hostSlices(HOST_SLICE_MS, 1);
  const annotated = await mapInSlices(articles, agreementArticle, slices);
  // An article without an annotation file is one of the report's articles, with no
  // annotator (as agreementArticle makes of it when read); the report sorts by path.
  const bare = await mapInSlices(unannotated, (path) => ({ path, annotations: [], annotators: [] }), slices);
  const input: AgreementInput = { articles: annotated.concat(bare) };
  const report = await computeAgreementInSlices(input, { mode, actors }, slices);
  const recognizedInput = await mapInSlices(articles, (a) => recognizedArticle(a, recognizer), slices);
  const away = recognizer.awayEach;
  report.recognized = await recognizedLayerAgreementAway(recognizedInput, actors ? { actors } : {}, slices, {
    ahead: away ? LAYERS_AHEAD : 1,
    layers: async (article, corrections) => {
      const text = away && (await away({ text: article.text, corrections }));
      return text === undefined ? undefined : () => JSON.parse(text) as CuratedLayer[];
    },
  });
  return { input, report, mode, ...(actors ? { actors } : {}) };
}

function sides(d: Disagreement): { a?: { start: number; end: number }; b?: { start: number; end: number } } {
  return { ...(d.a ? { a: { start: d.a.start, end: d.a.end } } : {}), ...(d.b ? { b: { start: d.b.start, end: d.b.end } } : {}) };
}

export class AgreementPanel implements vscode.Disposable {
  readonly report: AgreementReport;
  readonly mode: MatchMode;
  readonly resolutions = new Map<string, Resolution>();
  pair: [string, string];
  /** The page of the pair's disagreements listed (html.ts, PAGE_ROWS a page). */
  page = 0;
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly input: AgreementInput;
  private readonly actors: ActorDirectory | undefined;
  private readonly resolutionsChanged = new vscode.EventEmitter<void>();
  /** Fires when a disagreement was resolved (or its resolution withdrawn). */
  readonly onDidChangeResolutions = this.resolutionsChanged.event;

  /** `comparison.report` has at least one pair of annotators who share an article. */
  constructor(
    private readonly articles: CorpusArticle[],
    comparison: CorpusComparison,
    private readonly render: (panel: AgreementPanel, webview: vscode.Webview) => string,
    private readonly views: AnnotatorViews,
  ) {
    this.input = comparison.input;
    this.report = comparison.report;
    this.mode = comparison.mode;
    this.actors = comparison.actors;
    const [a, b] = this.report.pairs[0];
    this.pair = [a, b];
    this.panel = vscode.window.createWebviewPanel('sorot.agreement', vscode.l10n.t('Sorot: Annotator Agreement'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [],
    });
    this.disposables.push(
      this.panel,
      this.resolutionsChanged,
      this.panel.webview.onDidReceiveMessage((m: { type: string; id?: string; resolution?: Resolution; a?: string; b?: string; page?: number }) => {
        if (m.type === 'show' && m.id) void this.show(m.id);
        else if (m.type === 'page' && typeof m.page === 'number') this.setPage(m.page);
        else if (m.type === 'resolve' && m.id && m.resolution) this.resolve(m.id, m.resolution);
        else if (m.type === 'pair' && m.a && m.b) this.setPair(m.a, m.b);
        else if (m.type === 'write') void this.writeAdjudicated();
      }),
    );
    this.refresh();
  }

  get onDidDispose(): vscode.Event<void> {
    return this.panel.onDidDispose;
  }

  get html(): string {
    return this.panel.webview.html;
  }

  refresh(): void {
    this.panel.webview.html = this.render(this, this.panel.webview);
  }

  resolve(id: string, resolution: Resolution): void {
    if (this.resolutions.get(id) === resolution) this.resolutions.delete(id);
    else this.resolutions.set(id, resolution);
    this.refresh();
    this.resolutionsChanged.fire();
  }

  /** True when `id` is a disagreement of this report. */
  has(id: string): boolean {
    return this.report.disagreements.some((d) => d.id === id);
  }

  setPair(a: string, b: string): void {
    this.pair = [a, b];
    this.page = 0;
    this.refresh();
  }

  /** Lists the pair's disagreements of page `page` (the render keeps it within the list). */
  setPage(page: number): void {
    this.page = page;
    this.refresh();
  }

  /** Opens the two annotators' views of the disagreement's article side by side (A left,
   *  B right), each selecting its annotator's span of it. */
  async show(id: string): Promise<vscode.TextEditor[]> {
    const d = this.report.disagreements.find((x) => x.id === id);
    const article = d && this.articles.find((a) => a.path === d.article);
    const compared = d && this.input.articles.find((a) => a.path === d.article);
    if (!d || !article || !compared) return [];
    return this.views.open(
      { articleUri: article.uri, text: article.text, article: compared, pair: [d.annotatorA, d.annotatorB], mode: this.mode, resolutions: this.resolutions },
      sides(d),
    );
  }

  /** Writes `<article>.adjudicated.sorot.json` for every article of the pair's comparison. */
  async writeAdjudicated(): Promise<{ written: number; pending: number; refused: string[] }> {
    const [annotatorA, annotatorB] = this.pair;
    const result = adjudicate(this.input, { annotatorA, annotatorB, mode: this.mode, resolutions: this.resolutions, adjudicator: ADJUDICATOR, actors: this.actors });
    if (!mayWrite(() => vscode.l10n.t('no adjudicated annotation file is written'))) return { written: 0, pending: result.pending.length, refused: [] };
    const store = new SidecarStore(new VscodeFileSystem());
    const refused: string[] = [];
    let written = 0;
    for (const { path, annotations } of result.articles) {
      const article = this.articles.find((a) => a.path === path);
      if (!article) continue;
      const target = sidecarPathFor(article.uri.toString(), ADJUDICATOR);
      try {
        const loaded = await store.load(target);
        if (loaded.status === 'error') {
          refused.push(`${basename(target)}: ${loaded.error.message}`);
          continue;
        }
        const sidecar = { ...emptySidecar(basename(article.uri.toString()), ADJUDICATOR), annotations };
        const saved = await store.save(target, sidecar);
        if (saved.status === 'saved') written++;
        else refused.push(`${basename(target)}: ${saved.error.message}`);
      } catch (e) {
        // Unreadable, unwritable or busy: this file is reported, the others still written.
        refused.push(`${basename(target)}: ${fileErrorReason(e)}`);
      }
    }
    const msg = adjudicatedMessage(vscode, written, annotatorA, annotatorB, result.pending.length);
    if (refused.length) void vscode.window.showErrorMessage(`${msg} ${vscode.l10n.t('Not written: {0}', refused.join('; '))}`);
    else void vscode.window.showInformationMessage(msg);
    return { written, pending: result.pending.length, refused };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
