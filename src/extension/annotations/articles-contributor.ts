// Adds the researcher's work to the Articles view: on each article row its status icon
// and annotation count, and under it the annotations themselves (needs-review first),
// each revealing its span when clicked, named by its annotator and shown in their
// colour (a hidden annotator's rows stay, marked hidden, with the eye closed). Counts of articles nobody has opened come from
// a light read of their sidecar, done in the background and only for articles that
// have one, so a 10,000-article corpus costs nothing until it is annotated.
import * as vscode from 'vscode';
import { parseSidecarBytes, sidecarPathFor, type Annotation, type ArticleStatus } from '../../core/annotations';
import type { ArticleChild, ArticleContributor, ArticleEntry } from '../services/article-contributors';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { allAnnotations } from '../services/annotations/article-annotations';
import type { Annotators } from '../services/annotations/annotators';
import { annotatorLine, escapeMd, excerpt, kindIcon, shown, summary, type ActorNames } from '../services/annotations/describe';
import { KIND_LABELS } from '../services/annotations/describe';
import * as count from '../counts';

interface Summary {
  status?: ArticleStatus;
  count: number;
  needsReview: number;
}

const STATUS_ICONS: Record<ArticleStatus, [string, string]> = {
  'not-started': ['circle-large-outline', 'descriptionForeground'],
  'in-progress': ['record', 'charts.yellow'],
  done: ['pass-filled', 'charts.green'],
};

export class AnnotationsContributor implements ArticleContributor, vscode.Disposable {
  readonly id = 'annotations';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Sidecar URIs that exist in the workspace (found once, then kept by a watcher). */
  private sidecars: Set<string> | undefined;
  /** Resolves once `sidecars` is listed (the status filter waits for it). */
  private sidecarsListed: PromiseLike<void> = Promise.resolve();
  private readonly summaries = new Map<string, Summary>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly service: AnnotationService,
    private readonly annotators: Annotators,
    private readonly kb?: ActorNames,
  ) {
    this.disposables.push(
      this.emitter,
      // A batch of files (thousands after a `git pull`) is one change of the view, not one a file.
      service.files.onDidChange((batch) => {
        for (const { uri, exists } of batch) {
          if (exists) this.sidecars?.add(uri.toString());
          else this.sidecars?.delete(uri.toString());
        }
        this.summaries.clear();
        this.emitter.fire(undefined);
      }),
      service.onDidChange((uri) => this.emitter.fire(uri)),
      // a rename or merge in the workspace KB changes how actors read
      ...(kb?.onDidChange ? [kb.onDidChange(() => this.emitter.fire(undefined))] : []),
      annotators.onDidChange(() => this.emitter.fire(undefined)),
      // a folder moved in VS Code takes its sidecars along, and the watcher may report
      // only the folder: list them afresh
      vscode.workspace.onDidRenameFiles(() => this.findSidecars()),
    );
    this.findSidecars();
  }

  private findSidecars(): void {
    this.sidecarsListed = vscode.workspace.findFiles('**/*.sorot.json', '**/node_modules/**').then((uris) => {
      this.sidecars = new Set(uris.map((u) => u.toString()));
      this.summaries.clear();
      this.emitter.fire(undefined);
    });
  }

  decorateArticle(article: ArticleEntry, item: vscode.TreeItem): void {
    const s = this.summaryOf(article.uri);
    if (!s) return;
    const parts: string[] = [];
    if (s.count) parts.push(count.annotations(s.count));
    if (s.needsReview) parts.push(vscode.l10n.t('{0} to review', s.needsReview));
    if (parts.length) item.description = [item.description, ...parts].filter(Boolean).join(' · ');
    if (s.status) {
      const [icon, color] = STATUS_ICONS[s.status];
      item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
      const label = statusLabel(s.status);
      item.tooltip = `${typeof item.tooltip === 'string' ? item.tooltip : item.label?.toString() ?? ''}\n${vscode.l10n.t('Status: {0}', label)}`;
      // Every part of the description (other contributors' counts, "reviewed") is read out.
      item.accessibilityInformation = { label: `${item.label?.toString() ?? ''}, ${label}, ${String(item.description ?? '').split(' · ').filter(Boolean).join(', ')}` };
    }
  }

  /** The article's status as its row shows it: the one reader of article status for the
   *  Articles view (row icon and status filter alike). */
  async statusOf(article: ArticleEntry): Promise<ArticleStatus | undefined> {
    const state = this.service.peek(article.uri);
    if (state) return state.own.articleStatus;
    await this.sidecarsListed;
    if (!this.mayHaveAnnotations(article.uri)) return undefined;
    const key = article.uri.toString();
    const summary = this.summaries.get(key) ?? (await this.readSummary(article.uri));
    this.summaries.set(key, summary);
    return summary.status;
  }

  async childrenOf(article: ArticleEntry): Promise<ArticleChild[]> {
    if (!this.mayHaveAnnotations(article.uri)) return [];
    const state = await this.service.get(article.uri);
    if (!state) return [];
    const rows = allAnnotations(state).filter(({ annotation }) => annotation.status !== 'rejected');
    if (rows.length === 0) return [];
    this.annotators.see(rows.map((r) => r.annotation.annotator));
    // Several annotators: each row starts with its annotator's name (a narrow view cuts
    // the description first); one annotator: the name is in the description.
    const several = new Set(rows.map((r) => r.annotation.annotator)).size > 1;
    rows.sort((a, b) => Number(!!b.annotation.needsReview) - Number(!!a.annotation.needsReview) || a.annotation.target.start - b.annotation.target.start);
    const group = new vscode.TreeItem(vscode.l10n.t('Annotations ({0})', rows.length), vscode.TreeItemCollapsibleState.Expanded);
    group.iconPath = new vscode.ThemeIcon('bookmark');
    group.contextValue = 'sorot.annotations.group';
    return [{
      key: 'group',
      item: group,
      children: () => rows.map(({ annotation, own }) => ({ key: `${annotation.annotator}:${annotation.id}`, item: annotationItem(article.uri, shown(annotation, this.kb?.actors), own, this.annotators, several) })),
    }];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private mayHaveAnnotations(uri: vscode.Uri): boolean {
    if (this.service.peek(uri)) return true;
    if (!this.sidecars) return true;
    const stem = uri.toString().replace(/\.txt$/i, '.');
    for (const s of this.sidecars) if (s.startsWith(stem)) return true;
    return false;
  }

  private summaryOf(uri: vscode.Uri): Summary | undefined {
    const state = this.service.peek(uri);
    if (state) {
      const all = allAnnotations(state).map((r) => r.annotation).filter((a) => a.status !== 'rejected');
      return { status: state.own.articleStatus, count: all.length, needsReview: all.filter((a) => a.needsReview).length };
    }
    if (!this.mayHaveAnnotations(uri) || !this.sidecars) return undefined;
    const key = uri.toString();
    const cached = this.summaries.get(key);
    if (cached) return cached;
    if (!this.pending.has(key)) {
      this.pending.add(key);
      void this.readSummary(uri).then((s) => {
        this.pending.delete(key);
        this.summaries.set(key, s);
        this.emitter.fire(uri);
      });
    }
    return undefined;
  }

  /** Status and count from the sidecar files alone (no re-anchoring, no article read). */
  private async readSummary(uri: vscode.Uri): Promise<Summary> {
    const stem = uri.toString().replace(/\.txt$/i, '.');
    const shared = sidecarPathFor(uri.toString());
    const summary: Summary = { count: 0, needsReview: 0 };
    for (const path of [...(this.sidecars ?? [])].filter((s) => s.startsWith(stem))) {
      try {
        const parsed = parseSidecarBytes(await vscode.workspace.fs.readFile(vscode.Uri.parse(path, true)));
        if (!parsed.ok) continue;
        const live = parsed.sidecar.annotations.filter((a) => a.status !== 'rejected');
        summary.count += live.length;
        summary.needsReview += live.filter((a) => a.needsReview).length;
        if (path === shared || !summary.status) summary.status = parsed.sidecar.articleStatus ?? summary.status;
      } catch {
        // unreadable: the full load reports it when the article is opened
      }
    }
    return summary;
  }
}

function annotationItem(articleUri: vscode.Uri, a: Annotation, own: boolean, annotators: Annotators, nameFirst: boolean): vscode.TreeItem {
  const kind = KIND_LABELS[a.kind]();
  const item = new vscode.TreeItem(nameFirst ? `${a.annotator} — ${kind}: ${summary(a)}` : `${kind}: ${summary(a)}`);
  const visible = annotators.isVisible(a.annotator);
  item.description = [
    nameFirst ? '' : a.annotator,
    visible ? '' : vscode.l10n.t('hidden'),
    a.needsReview ? vscode.l10n.t('needs review') : '',
    a.status === 'suggested' ? vscode.l10n.t('suggested') : '',
    `“${excerpt(a.target.exact, 40)}”`,
  ].filter(Boolean).join(' · ');
  // The icon is the annotator's swatch: their colour (warning colour when it needs review).
  item.iconPath = !visible
    ? new vscode.ThemeIcon('eye-closed', annotators.themeColour(a.annotator))
    : new vscode.ThemeIcon(kindIcon(a), a.needsReview ? new vscode.ThemeColor('editorWarning.foreground') : annotators.themeColour(a.annotator));
  const tooltip = new vscode.MarkdownString(`${annotatorLine(annotators, a.annotator, own)}\n\n**${escapeMd(kind)}** — ${escapeMd(summary(a))}\n\n> ${escapeMd(a.target.exact.replace(/\n/g, ' '))}`);
  tooltip.supportHtml = true;
  item.tooltip = tooltip;
  item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show in Article'), arguments: [articleUri.toString(), a.target.start, a.target.end] };
  item.contextValue = own ? (a.status === 'suggested' ? 'sorot.annotation.own.suggested' : 'sorot.annotation.own') : 'sorot.annotation.other';
  item.accessibilityInformation = {
    label: [vscode.l10n.t('{0} annotation by {1}', kind, a.annotator), spokenSummary(a), visible ? '' : vscode.l10n.t('hidden'), a.needsReview ? vscode.l10n.t('needs review') : '']
      .filter(Boolean).join(', '),
  };
  return item;
}

export function statusLabel(s: ArticleStatus): string {
  return s === 'done' ? vscode.l10n.t('done') : s === 'in-progress' ? vscode.l10n.t('in progress') : vscode.l10n.t('not started');
}

/** What a screen reader says: summary() already gives a stance's polarity in words. */
function spokenSummary(a: Annotation): string {
  return summary(a);
}
