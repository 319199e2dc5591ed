/**
 * Turns a report into tables (plain data), and tables into Markdown or plain text.
 * `sorot agreement` prints the plain text; a webview can render the same tables.
 */
import { countOf } from '../text/plural';
import type { RecognizedLayerReport } from './recognized-layer';
import type { AgreementReport, Disagreement, FieldDifference, LabelRow, Section } from './types';
import { clipLine } from '../text/clip';
import { STORED_NAMES, type ShownNames } from '../annotations/reserved-actors';

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
}

/** How much of a disagreeing passage, and of a label value, a table cell shows (one line). */
const PASSAGE_MAX = 60;
const VALUE_MAX = 40;
const ATTRIBUTE_NAMES = { kind: 'kind', polarity: 'stance polarity', sourceType: 'source type' } as const;

export function fmt(x: number | null, digits = 3): string {
  return x === null || Number.isNaN(x) ? '—' : x.toFixed(digits);
}

/** `maxArticles`: the per-article table lists the first this many articles (the report
 *  panel: 10,000 rows made a page of megabytes, built in one task). `names`: how a
 *  differing actor is named (default: as stored). */
export function reportTables(report: AgreementReport, options: { maxDisagreements?: number; maxArticles?: number; names?: ShownNames } = {}): Table[] {
  const match = report.mode === 'exact' ? 'exact span match' : 'overlapping span match';
  const tables: Table[] = [
    spanTable(`Overall span agreement (${match})`, report.overall),
    labelTable(`Overall label agreement on matched spans (${match})`, report.overall.labels),
  ];
  // An article with one annotator says nothing about agreement: counted in the title only.
  const compared = report.articles.filter((a) => a.annotators.length >= 2);
  const listed = compared.slice(0, options.maxArticles ?? Infinity);
  tables.push({
    title: `Per article (articles with two or more annotators: ${compared.length} of ${report.articles.length}${listed.length < compared.length ? `; the first ${listed.length} listed` : ''})`,
    headers: ['article', 'annotators', 'matched pairs / spans (all annotators)', 'span F1', "kind: Cohen's κ", "kind: Krippendorff's α", "polarity: α", "source type: α", 'disagreements'],
    rows: listed.map((a) => {
      const all = a.spans.filter((r) => r.kind === 'all');
      const matched = all.reduce((s, r) => s + r.matched, 0);
      const spans = all.reduce((s, r) => s + r.countA + r.countB, 0);
      const label = (attr: string) => a.labels.find((l) => l.attribute === attr)!;
      const kindCohen = label('kind').cohen;
      return [
        a.path,
        a.annotators.join(', '),
        `${matched} / ${spans}`,
        fmt(spans ? (2 * matched) / spans : null),
        kindCohen.length === 1 ? fmt(kindCohen[0].kappa) : kindCohen.map((c) => fmt(c.kappa)).join(' '),
        fmt(label('kind').alpha),
        fmt(label('polarity').alpha),
        fmt(label('sourceType').alpha),
        String(a.disagreements),
      ];
    }),
  });
  const limit = options.maxDisagreements ?? Infinity;
  const shown = report.disagreements.slice(0, limit);
  tables.push({
    title: shown.length < report.disagreements.length ? `Disagreements (first ${shown.length} of ${report.disagreements.length})` : `Disagreements (${report.disagreements.length})`,
    headers: ['article', 'what differs', 'A', 'A span', 'A label', 'B', 'B span', 'B label'],
    rows: shown.map((d) => [
      d.article,
      whatDiffers(d, options.names),
      d.annotatorA,
      d.a ? `[${d.a.start}, ${d.a.end}) "${clipLine(d.a.exact, PASSAGE_MAX)}"` : '—',
      d.a ? d.a.kind + (d.a.value ? `: ${d.a.value}` : '') : '—',
      d.annotatorB,
      d.b ? `[${d.b.start}, ${d.b.end}) "${clipLine(d.b.exact, PASSAGE_MAX)}"` : '—',
      d.b ? d.b.kind + (d.b.value ? `: ${d.b.value}` : '') : '—',
    ]),
  });
  return tables;
}

/** "2 articles compared; 1 skipped because fewer than two of its annotators reviewed it". */
export function recognizedSummary(r: RecognizedLayerReport): string {
  const skipped = r.skipped === 1 ? '1 skipped because fewer than two of its annotators reviewed it' : `${r.skipped} skipped because fewer than two of their annotators reviewed them`;
  return `${countOf(r.compared, 'article')} compared; ${skipped}`;
}

/**
 * The recognized layer's tables: which articles were compared, then per annotator pair
 * the curated actor mentions, the quote speakers and the reported statements with their
 * speakers (recognized-layer.ts), and the mean
 * over pairs when there are two or more.
 */
export function recognizedTables(r: RecognizedLayerReport): Table[] {
  const many = r.pairs.length >= 2;
  const meanLabel = `mean of ${r.pairs.length} pairs`;
  const actors: string[][] = r.actors.map((x) => [
    x.a, x.b, String(x.articles), String(x.mentionsA), String(x.mentionsB), String(x.sameSpan), String(x.matched),
    fmt(x.precision), fmt(x.recall), fmt(x.f1), fmt(x.typeKappa), String(x.sameActor), fmt(x.actorAgreement), String(x.untouched),
  ]);
  if (many) actors.push([meanLabel, '', '', '', '', '', '', '', '', fmt(r.mean.actorF1), fmt(r.mean.typeKappa), '', fmt(r.mean.actorAgreement), '']);
  const speakers: string[][] = r.speakers.map((x) => [
    x.a, x.b, String(x.articles), String(x.quotesA), String(x.quotesB), String(x.matched), String(x.sameSpeaker), fmt(x.agreement), fmt(x.kappa), String(x.untouched),
  ]);
  if (many) speakers.push([meanLabel, '', '', '', '', '', '', fmt(r.mean.speakerAgreement), fmt(r.mean.speakerKappa), '']);
  const statements: string[][] = r.statements.map((x) => [
    x.a, x.b, String(x.articles), String(x.statementsA), String(x.statementsB), String(x.matched), fmt(x.precision), fmt(x.recall), fmt(x.f1),
    String(x.sameSpan), fmt(x.exactF1), String(x.sameSpeaker), fmt(x.speakerAgreement), fmt(x.speakerKappa), String(x.untouched),
  ]);
  if (many) statements.push([meanLabel, '', '', '', '', '', '', '', fmt(r.mean.statementF1), '', fmt(r.mean.statementExactF1), '', fmt(r.mean.statementSpeakerAgreement), fmt(r.mean.statementSpeakerKappa), '']);
  return [
    {
      // Articles nobody reviewed are only counted: in a corpus annotated but not curated
      // they would be every article.
      title: `Recognized layer, curated by each annotator: ${recognizedSummary(r)} (listed: the articles someone reviewed)`,
      headers: ['article', 'reviewed by', 'not reviewed by', 'compared'],
      rows: r.articles.filter((a) => a.reviewed.length > 0).map((a) => [a.path, a.reviewed.join(', ') || '—', a.notReviewed.join(', ') || '—', a.compared ? 'yes' : 'no: fewer than two reviewed it']),
    },
    {
      title: 'Recognized layer: actor mentions (match: exact span and type)',
      headers: ['A', 'B', 'articles', 'A mentions', 'B mentions', 'same span', 'matched', 'precision', 'recall', 'F1', "type: Cohen's κ (same span)", 'same actor (matched)', 'actor agreement', 'matched, machine\'s in both'],
      rows: actors,
    },
    {
      title: 'Recognized layer: quote speakers (quotes matched by exact span)',
      headers: ['A', 'B', 'articles', 'A quotes', 'B quotes', 'matched', 'same speaker', 'speaker agreement', "speaker: Cohen's κ", 'matched, machine\'s in both'],
      rows: speakers,
    },
    {
      title: 'Recognized layer: reported statements (match: overlap of at least half the longer span) and their speakers',
      headers: ['A', 'B', 'articles', 'A statements', 'B statements', 'matched', 'precision', 'recall', 'F1', 'same span', 'exact F1', 'same speaker', 'speaker agreement', "speaker: Cohen's κ", 'matched, machine\'s in both'],
      rows: statements,
    },
  ];
}

/**
 * What differs, in words, each field with both values:
 * "polarity: favor (ani) ≠ against (budi)", "not marked by budi", "boundary".
 */
export function whatDiffers(d: Disagreement, names: ShownNames = STORED_NAMES): string {
  const parts: string[] = [];
  if (d.aspects.includes('missing')) parts.push(`not marked by ${d.a ? d.annotatorB : d.annotatorA}`);
  if (d.aspects.includes('boundary')) parts.push('boundary');
  // Long values (a paraphrase) are shortened like quotes; the JSON keeps them whole.
  const value = (v: string | undefined) => (v === undefined ? '—' : clipLine(v, VALUE_MAX));
  for (const f of d.differences) {
    const shown = shownValues(f, names);
    parts.push(`${f.field}: ${value(shown.a)} (${d.annotatorA}) ≠ ${value(shown.b)} (${d.annotatorB})`);
  }
  return parts.join('; ');
}

/** A differing field's two values as a report shows them: an actor (a value with its
 *  identity beside it) named by `names`, so the outlet's own voice reads as in the rest of
 *  the UI; any other value as it is. Every agreement report and view names values here. */
export function shownValues(f: FieldDifference, names: ShownNames = STORED_NAMES): { a?: string; b?: string } {
  const name = (v: string | undefined, id: string | undefined) => (v === undefined || id === undefined ? v : names.actor(v, id));
  return { a: name(f.a, f.idA), b: name(f.b, f.idB) };
}

function spanTable(title: string, section: Section): Table {
  return {
    title,
    headers: ['A', 'B', 'kind', 'A spans', 'B spans', 'matched', 'precision', 'recall', 'F1'],
    rows: section.spans.map((r) => [r.a, r.b, r.kind, String(r.countA), String(r.countB), String(r.matched), fmt(r.precision), fmt(r.recall), fmt(r.f1)]),
  };
}

/** Below this many units a chance-corrected coefficient is no figure to read: with one
 *  unit two annotators who differ give κ = −1 and α = 0, and each further unit can move it
 *  by tenths. The value is still printed, marked, so nothing is hidden. */
export const FEW_UNITS = 10;

/** The mark after a coefficient that rests on too few units to read. */
function few(value: number | null, count: number): string {
  return value !== null && count < FEW_UNITS ? ', too few to read' : '';
}

function labelTable(title: string, labels: LabelRow[]): Table {
  return {
    title,
    headers: ['attribute', 'units', "Cohen's κ (pair: κ, n)", "Fleiss' κ (units)", "Krippendorff's α (pairable values)"],
    rows: labels.map((l) => [
      ATTRIBUTE_NAMES[l.attribute],
      String(l.units),
      l.cohen.map((c) => `${c.a}–${c.b}: ${fmt(c.kappa)}, n=${c.n}${few(c.kappa, c.n)}`).join('; ') || '—',
      `${fmt(l.fleiss)} (${l.fleissUnits})${few(l.fleiss, l.fleissUnits)}`,
      `${fmt(l.alpha)} (${l.alphaPairable})${few(l.alpha, l.alphaPairable)}`,
    ]),
  };
}

export function renderMarkdown(tables: readonly Table[]): string {
  const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  return tables
    .map((t) => {
      const lines = [`## ${t.title}`, '', `| ${t.headers.map(esc).join(' | ')} |`, `|${t.headers.map(() => ' --- ').join('|')}|`];
      for (const row of t.rows) lines.push(`| ${row.map(esc).join(' | ')} |`);
      if (t.rows.length === 0) lines.push(`| ${t.headers.map(() => '').join(' | ')} |`);
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

export function renderPlain(tables: readonly Table[]): string {
  return tables
    .map((t) => {
      const widths = t.headers.map((h, i) => Math.max(width(h), ...t.rows.map((r) => width(r[i] ?? ''))));
      const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
      const out = [t.title, '='.repeat(width(t.title)), line(t.headers), line(widths.map((w) => '-'.repeat(w)))];
      for (const r of t.rows) out.push(line(r));
      if (t.rows.length === 0) out.push('(none)');
      return out.join('\n') + '\n';
    })
    .join('\n');
}

/** Display width in code points (good enough for aligned terminal columns). */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
