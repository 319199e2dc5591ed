// The five charts, drawn with Observable Plot from the view model. Each returns the SVG,
// the legend it needs (drawn by picture.ts inside the same SVG, so an export carries it)
// and, per clickable mark layer, the key of each datum (Plot binds each element to its
// datum's index).
import * as Plot from '@observablehq/plot';
import { rgb } from 'd3';
import type { ViewModel } from '../../extension/analysis/protocol';
import { t } from './i18n';
import { layoutNetwork } from './layout';
import type { Theme } from './theme';
import { clip } from '../../core/text/clip';

export interface LegendItem {
  label: string;
  color: string;
  /** Drawn pale (reported statements beside quotes). */
  pale?: boolean;
  /** A line (an edge) instead of a swatch. */
  line?: boolean;
}

export interface ChartPicture {
  svg: SVGSVGElement;
  legend: LegendItem[];
  /** Class name of a clickable layer -> key of the datum at each index. */
  clickable: Map<string, number[]>;
  /** Said under the chart: what it leaves out. */
  notes: string[];
  empty: boolean;
}

/** A label's width where nothing can measure it (no canvas), per character at 12px. */
const CHAR_PX = 6.6;
const outletLabel = (o: string) => (o === '' ? t('no outlet') : o);
/** The left margin that holds the widest label: measured in the charts' font where the page
 *  has a canvas (an estimate per character cut proportional names short: "mmanuel Macron"). */
const marginFor = (labels: readonly string[], max = 240) => Math.min(max, 16 + Math.max(4 * CHAR_PX, ...labels.map(labelWidth)));

let measurer: CanvasRenderingContext2D | null | undefined;

function labelWidth(label: string): number {
  if (measurer === undefined) {
    measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    // The charts' font (theme.ts: --vscode-font-family) at their size, 12px.
    if (measurer) measurer.font = `12px ${getComputedStyle(document.documentElement).getPropertyValue('--vscode-font-family').trim() || 'sans-serif'}`;
  }
  return measurer ? Math.ceil(measurer.measureText(label).width) : label.length * CHAR_PX;
}

function base(theme: Theme, width: number): Plot.PlotOptions {
  return {
    width,
    style: { fontFamily: theme.font, fontSize: '12px', color: theme.foreground, background: 'transparent', overflow: 'visible' },
  };
}

function picture(svg: SVGSVGElement | HTMLElement, legend: LegendItem[], clickable: Map<string, number[]>, notes: string[], empty = false): ChartPicture {
  return { svg: svg as SVGSVGElement, legend, clickable, notes, empty };
}

function colorMap(domain: readonly string[], theme: Theme): Map<string, string> {
  return new Map(domain.map((d, i) => [d, theme.categories[i % theme.categories.length]]));
}

export function speakersChart(model: ViewModel, theme: Theme, width: number): ChartPicture {
  const { order, outlets, marks, more } = model.speakers;
  const colors = colorMap(outlets, theme);
  const data = marks.map((m) => ({ ...m, label: outletLabel(m.outlet) }));
  const sum = new Map<string, number>();
  for (const m of marks) sum.set(m.speaker, (sum.get(m.speaker) ?? 0) + m.count);
  const totals = [...sum].map(([speaker, total]) => ({ speaker, total }));
  const svg = Plot.plot({
    ...base(theme, width),
    height: 44 + 24 * Math.max(1, order.length),
    marginLeft: marginFor(order),
    marginRight: 36,
    x: { label: t('quotes and reported statements'), grid: true, labelAnchor: 'right' },
    y: { domain: order, label: null },
    color: { domain: outlets.map(outletLabel), range: outlets.map((o) => colors.get(o)!) },
    marks: [
      Plot.barX(data, {
        y: 'speaker',
        x: 'count',
        fill: 'label',
        fillOpacity: (d: (typeof data)[number]) => (d.kind === 'quote' ? 1 : 0.45),
        inset: 0.5,
        title: (d: (typeof data)[number]) => `${d.speaker} · ${d.label}\n${d.kind === 'quote' ? t('{0} quotes', d.count) : t('{0} reported statements', d.count)}`,
        className: 'sorot-speakers',
      }),
      Plot.text(totals, { y: 'speaker', x: 'total', text: (d: (typeof totals)[number]) => String(d.total), dx: 4, textAnchor: 'start', fill: theme.foreground }),
      Plot.ruleX([0], { stroke: theme.foreground }),
    ],
  });
  const legend: LegendItem[] = [...outlets.map((o) => ({ label: outletLabel(o), color: colors.get(o)! })), { label: t('quotes'), color: theme.muted }, { label: t('reported statements'), color: theme.muted, pale: true }];
  const notes = more > 0 ? [t('{0} more speakers are not drawn; the CSV has them all.', more)] : [];
  return picture(svg, legend, new Map([['sorot-speakers', data.map((d) => d.key)]]), notes, data.length === 0);
}

export function stanceChart(model: ViewModel, theme: Theme, width: number): ChartPicture {
  const { holders, targets, marks, more } = model.stance;
  const fill = { favor: theme.favor, against: theme.against, neutral: theme.neutral, mixed: theme.mixed } as const;
  const left = marginFor(holders);
  const cellWidth = Math.max(64, Math.min(110, (width - left - 10) / Math.max(1, targets.length)));
  // Target names wrap under each other above their column, as in a printed table.
  const lineEms = (cellWidth - 8) / 12; // ems of the 12px labels
  const lines = Math.max(1, ...targets.map((x) => Math.ceil((x.length * 0.6) / lineEms)));
  const marginTop = 24 + 14 * Math.min(5, lines);
  const svg = Plot.plot({
    ...base(theme, left + 10 + cellWidth * Math.max(1, targets.length)),
    height: marginTop + 10 + 34 * Math.max(1, holders.length),
    marginLeft: left,
    marginTop,
    marginRight: 10,
    marginBottom: 10,
    x: { domain: targets, label: null, axis: null },
    y: { domain: holders, label: `${t('stance holder')} ↓   ${t('stance target')} →`, labelAnchor: 'top', tickSize: 0 },
    marks: [
      Plot.axisX({ anchor: 'top', lineWidth: lineEms, tickSize: 0, fontSize: 12, label: null }),
      Plot.cell(marks, {
        x: 'target',
        y: 'holder',
        fill: (d: (typeof marks)[number]) => fill[d.polarity],
        inset: 1.5,
        title: (d: (typeof marks)[number]) => `${d.holder} → ${d.target}\n${t('favor')} ${d.favor} · ${t('against')} ${d.against} · ${t('neutral')} ${d.neutral}`,
        className: 'sorot-stance',
      }),
      Plot.text(marks, { x: 'target', y: 'holder', text: (d: (typeof marks)[number]) => String(d.total), fill: (d: (typeof marks)[number]) => readableOn(fill[d.polarity]), fontSize: 13, fontWeight: 600, pointerEvents: 'none' }),
    ],
  });
  const legend: LegendItem[] = (['favor', 'against', 'neutral', 'mixed'] as const).map((p) => ({ label: t(p), color: fill[p] }));
  const notes = more > 0 ? [t('{0} more holder and target pairs are not drawn; the CSV has them all.', more)] : [];
  return picture(svg, legend, new Map([['sorot-stance', marks.map((m) => m.key)]]), notes, marks.length === 0);
}

/** Black or white, whichever reads better on `background`. */
function readableOn(background: string): string {
  const c = rgb(background);
  if (!c || Number.isNaN(c.r)) return '#000000';
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  return luminance > 0.35 ? '#000000' : '#ffffff';
}

export function sourcesChart(model: ViewModel, theme: Theme, width: number): ChartPicture {
  const { outlets, marks } = model.sources;
  const types = [...new Set(marks.map((m) => m.sourceType))];
  const colors = colorMap(types, theme);
  const labels = outlets.map(outletLabel);
  const data = marks.map((m) => ({ ...m, label: outletLabel(m.outlet), type: t(m.sourceType) }));
  const svg = Plot.plot({
    ...base(theme, width),
    height: 54 + 30 * Math.max(1, outlets.length),
    marginLeft: marginFor(labels),
    marginRight: 20,
    x: { label: t('share of source annotations'), percent: true, domain: [0, 100], grid: true, labelAnchor: 'right' },
    y: { domain: labels, label: null },
    color: { domain: types.map((x) => t(x)), range: types.map((x) => colors.get(x)!) },
    marks: [
      Plot.barX(data, {
        y: 'label',
        x: 'share',
        fill: 'type',
        inset: 0.5,
        title: (d: (typeof data)[number]) => `${d.label} · ${d.type}\n${t('{0} source annotations', d.count)} (${Math.round(d.share * 100)}%)`,
        className: 'sorot-sources',
      }),
      Plot.text(data, Plot.stackX({ y: 'label', x: 'share', text: (d: (typeof data)[number]) => (d.share >= 0.06 ? String(d.count) : ''), fill: (d: (typeof data)[number]) => readableOn(colors.get(d.sourceType)!), fontWeight: 600, pointerEvents: 'none' })),
    ],
  });
  const legend = types.map((x) => ({ label: t(x), color: colors.get(x)! }));
  return picture(svg, legend, new Map([['sorot-sources', data.map((d) => d.key)]]), [], data.length === 0);
}

export type TimelineMeasure = 'mentions' | 'quotes';

export function timelineChart(model: ViewModel, theme: Theme, width: number, measure: TimelineMeasure): ChartPicture {
  const { periods, actors, marks, undated, more } = model.timeline;
  const colors = colorMap(actors, theme);
  // Periods where an actor has nothing are 0, so lines do not bridge a gap.
  const byKey = new Map(marks.map((m) => [`${m.period}\u0000${m.actor}`, m]));
  const series = actors.flatMap((actor) => periods.map((period) => ({ actor, period, value: byKey.get(`${period}\u0000${actor}`)?.[measure] ?? 0 })));
  const points = marks.filter((m) => m[measure] > 0);
  const svg = Plot.plot({
    ...base(theme, width),
    height: 300,
    marginLeft: 44,
    marginBottom: 48,
    x: { type: 'point', domain: periods, label: model.options.period === 'month' ? t('month') : t('ISO week'), tickRotate: periods.length > 12 ? -35 : 0, padding: 0.3 },
    y: { label: measure === 'mentions' ? t('mentions') : t('quotes'), grid: true, zero: true },
    color: { domain: actors, range: actors.map((a) => colors.get(a)!) },
    marks: [
      Plot.line(series, { x: 'period', y: 'value', z: 'actor', stroke: 'actor', strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'period',
        y: measure,
        fill: 'actor',
        r: 4.5,
        stroke: theme.background,
        title: (d: (typeof points)[number]) => `${d.actor} · ${d.period}\n${t('{0} mentions', d.mentions)} · ${t('{0} quotes', d.quotes)}`,
        className: 'sorot-timeline',
      }),
    ],
  });
  const notes: string[] = [];
  if (more > 0) notes.push(t('{0} more actors are not drawn; the CSV has them all.', more));
  if (undated > 0) notes.push(t('{0} articles without a date are not counted.', undated));
  return picture(svg, actors.map((a) => ({ label: a, color: colors.get(a)!, line: true })), new Map([['sorot-timeline', points.map((p) => p.key)]]), notes, points.length === 0);
}

export function networkChart(model: ViewModel, theme: Theme, width: number): ChartPicture {
  const { nodes, marks, relation, more } = model.network;
  // Each node keeps room for its label; the picture is as tall as the layout needs at
  // the given width, so labels keep the room the layout gave them.
  const room = (id: string) => 14 + 3.3 * Math.min(LABEL_MAX, id.length);
  const placed = layoutNetwork(nodes.map((n) => n.id), marks, room);
  const xs = placed.map((p) => p.x), ys = placed.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(0, ...xs), Math.max(0, ...xs), Math.min(0, ...ys), Math.max(0, ...ys)];
  const pad = { x: 100, y: 34 };
  const k = Math.min(1.4, (width - 2 * pad.x) / Math.max(1, x1 - x0));
  const height = Math.round(Math.max(280, Math.min(1100, (y1 - y0) * k + 2 * pad.y)));
  const ky = Math.min(k, (height - 2 * pad.y) / Math.max(1, y1 - y0));
  const at = new Map(placed.map((p) => [p.id, { x: width / 2 + (p.x - (x0 + x1) / 2) * k, y: height / 2 + (p.y - (y0 + y1) / 2) * ky }]));
  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
  const radius = new Map(nodes.map((n) => [n.id, 5 + 11 * Math.sqrt(n.degree / maxDegree)]));
  const maxWeight = Math.max(1, ...marks.map((m) => m.weight));
  const directed = relation === 'speaks-about';
  // Edges end at the target's rim, so an arrow head shows.
  const edges = marks.map((m) => {
    const a = at.get(m.source)!, b = at.get(m.target)!;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const cut = directed ? radius.get(m.target)! + 2 : 0;
    return { ...m, x1: a.x, y1: a.y, x2: b.x - ((b.x - a.x) * cut) / len, y2: b.y - ((b.y - a.y) * cut) / len };
  });
  const dots = nodes.map((n) => ({ ...n, ...at.get(n.id)!, r: radius.get(n.id)!, role: n.speaks > 0 || !directed ? 'speaker' : 'actor' }));
  const labels = placeLabels(dots);
  const speakerColor = theme.categories[0], actorColor = theme.categories[1];
  const svg = Plot.plot({
    ...base(theme, width),
    height,
    margin: 0,
    x: { type: 'identity' },
    y: { type: 'identity' },
    r: { type: 'identity' },
    marks: [
      Plot.link(edges, {
        x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2',
        stroke: theme.muted,
        strokeOpacity: 0.75,
        strokeWidth: (d: (typeof edges)[number]) => 1 + 5 * (d.weight / maxWeight),
        markerEnd: directed ? 'arrow' : 'none',
        title: (d: (typeof edges)[number]) => `${d.source} ${directed ? '→' : '–'} ${d.target}\n${directed ? t('{0} quotes', d.weight) : t('{0} articles', d.weight)}`,
        className: 'sorot-edges',
      }),
      Plot.dot(dots, {
        x: 'x', y: 'y', r: 'r',
        fill: (d: (typeof dots)[number]) => (d.role === 'speaker' ? speakerColor : actorColor),
        stroke: theme.background,
        strokeWidth: 1.5,
        title: (d: (typeof dots)[number]) => d.id,
        className: 'sorot-nodes',
      }),
      // textAnchor is no channel in Plot: one text mark per side.
      ...(['middle', 'start', 'end'] as const).map((anchor) =>
        Plot.text(labels.filter((l) => l.anchor === anchor), { x: 'x', y: 'y', text: 'text', textAnchor: anchor, fill: theme.foreground, stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke', fontSize: 12, pointerEvents: 'none' }),
      ),
    ],
  });
  const legend: LegendItem[] = directed
    ? [{ label: t('speaker'), color: speakerColor }, { label: t('actor named in their quotes'), color: actorColor }, { label: t('arrow: speaks about (width: quotes)'), color: theme.muted, line: true }]
    : [{ label: t('speaker'), color: speakerColor }, { label: t('line: quoted in the same article (width: articles)'), color: theme.muted, line: true }];
  const notes = more > 0 ? [t('{0} weaker links are not drawn; the CSV has them all.', more)] : [];
  return picture(svg, legend, new Map([['sorot-edges', edges.map((e) => e.key)], ['sorot-nodes', dots.map((d) => d.key)]]), notes, marks.length === 0);
}

const LABEL_MAX = 30;
const LABEL_CHAR_PX = 6.8;

/** Each node's label where it overlaps no label placed before it nor any node: above,
 *  below, right or left of the node, larger nodes first; above when all overlap. */
function placeLabels(dots: ReadonlyArray<{ id: string; x: number; y: number; r: number; degree: number }>): Array<{ x: number; y: number; text: string; anchor: 'middle' | 'start' | 'end' }> {
  type Box = [number, number, number, number];
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const taken: Box[] = dots.map((d) => [d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r]);
  const out = new Map<string, { x: number; y: number; text: string; anchor: 'middle' | 'start' | 'end' }>();
  for (const d of [...dots].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))) {
    const text = clip(d.id, LABEL_MAX);
    const w = text.length * LABEL_CHAR_PX, h = 14;
    const candidates: Array<{ x: number; y: number; anchor: 'middle' | 'start' | 'end'; box: Box }> = [
      { x: d.x, y: d.y - d.r - 8, anchor: 'middle', box: [d.x - w / 2, d.y - d.r - 15, d.x + w / 2, d.y - d.r - 1] },
      { x: d.x, y: d.y + d.r + 9, anchor: 'middle', box: [d.x - w / 2, d.y + d.r + 2, d.x + w / 2, d.y + d.r + 2 + h] },
      { x: d.x + d.r + 4, y: d.y, anchor: 'start', box: [d.x + d.r + 4, d.y - h / 2, d.x + d.r + 4 + w, d.y + h / 2] },
      { x: d.x - d.r - 4, y: d.y, anchor: 'end', box: [d.x - d.r - 4 - w, d.y - h / 2, d.x - d.r - 4, d.y + h / 2] },
    ];
    const own: Box = [d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r];
    const chosen = candidates.find((c) => !taken.some((b) => b !== own && !(b[0] === own[0] && b[1] === own[1]) && overlaps(b, c.box))) ?? candidates[0];
    taken.push(chosen.box);
    out.set(d.id, { x: chosen.x, y: chosen.y, text, anchor: chosen.anchor });
  }
  return dots.map((d) => out.get(d.id)!);
}
