/** Text rendering of evaluation scores (the table `npm run eval` prints and its --errors list). */
import { accuracy, prf, type DocumentScore, type ScoreError, totals } from './score';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(name: string, s: Omit<DocumentScore, 'name' | 'errors'>): string {
  const a = prf(s.actors);
  const q = prf(s.quotes);
  return [
    name.padEnd(36).slice(0, 36),
    String(s.actors.tp + s.actors.fn).padStart(4),
    pct(a.precision), pct(a.recall), pct(a.f1),
    `${pct(accuracy(s.canonical))} (${s.canonical.total})`.padStart(11),
    '│',
    String(s.quotes.tp + s.quotes.fn).padStart(3),
    pct(q.precision), pct(q.recall), pct(q.f1),
    `${pct(accuracy(s.speaker))} (${s.speaker.total})`.padStart(10),
    '│',
    ...(s.reportedScored ? reportedCells(s) : ['   -', '     -', '     -', '     -', '     -', '          -']),
  ].join(' ');
}

function reportedCells(s: Omit<DocumentScore, 'name' | 'errors'>): string[] {
  const r = prf(s.reported);
  return [
    String(s.reported.tp + s.reported.fn).padStart(4),
    pct(r.precision), pct(r.recall), pct(r.f1), pct(prf(s.reportedExact).f1),
    `${pct(accuracy(s.reportedSpeaker))} (${s.reportedSpeaker.total})`.padStart(11),
  ];
}

const HEADER = [
  'article'.padEnd(36), 'gold', '  act P', '    R', '   F1', ' canon acc (n)', '│',
  ' gq', ' quo P', '    R', '   F1', ' spkr acc (n)', '│',
  '  gr', ' rep P', '    R', '   F1', 'exact', ' spkr acc (n)',
].join(' ');

export function renderTable(scores: readonly DocumentScore[]): string {
  const header = HEADER;
  const rule = '─'.repeat(header.length);
  const t = totals(scores);
  const byType = (['PER', 'ORG', 'GPE'] as const).map((k) => {
    const c = t.actorsByType[k];
    const p = prf(c);
    return `${k} P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)} (gold ${c.tp + c.fn})`;
  });
  return [header, rule, ...scores.map((s) => row(s.name, s)), rule, row(`ALL (${scores.length} articles, micro)`, t), '', `actors by type: ${byType.join('  │  ')}`].join('\n');
}

const signed = (x: number) => (x >= 0 ? '+' : '−') + (100 * Math.abs(x)).toFixed(1);

/** The micro totals of a set as is and perturbed, and how much each measure changed
 *  (points); the articles whose counts changed are named. */
export function renderDelta(asIs: readonly DocumentScore[], perturbed: readonly DocumentScore[]): string {
  const a = totals(asIs);
  const p = totals(perturbed);
  // Counts, not error lists: a perturbation may move offsets.
  const counts = (s: DocumentScore) => JSON.stringify([s.actors, s.canonical, s.quotes, s.speaker]);
  const changed = perturbed.filter((s, i) => counts(s) !== counts(asIs[i]));
  const change = [
    `actor F1 ${signed(prf(p.actors).f1 - prf(a.actors).f1)}`,
    `canonical ${signed(accuracy(p.canonical) - accuracy(a.canonical))}`,
    `quote F1 ${signed(prf(p.quotes).f1 - prf(a.quotes).f1)}`,
    `speaker ${signed(accuracy(p.speaker) - accuracy(a.speaker))}`,
  ].join(', ');
  return [
    HEADER, '─'.repeat(HEADER.length), row('as is', a), row('perturbed', p), '',
    `change (points): ${change}`,
    changed.length === 0 ? 'every article scores exactly as before' : `articles scoring differently: ${changed.map((s) => s.name).join(', ')}`,
  ].join('\n');
}

const show = (s: string) => JSON.stringify(s.length > 90 ? s.slice(0, 87) + '…' : s);

export function renderError(e: ScoreError): string {
  const at = `@${e.start}-${e.end}`;
  switch (e.kind) {
    case 'actor-fp':
      return `  actor FP ${at} ${show(e.text)} ${e.type} → ${e.canonical}` + (e.gold ? `   (gold overlaps: ${show(e.gold.text)} ${e.gold.type})` : '');
    case 'actor-fn':
      return `  actor FN ${at} ${show(e.text)} ${e.type} = ${e.canonical}` + (e.predicted ? `   (predicted overlap: ${show(e.predicted.text ?? '')}@${e.predicted.start}-${e.predicted.end} ${e.predicted.type})` : '');
    case 'actor-canonical':
      return `  canon    ${at} ${show(e.text)}: gold ${show(e.gold)}, predicted ${show(e.predicted)}`;
    case 'quote-fp':
      return `  quote FP ${at} ${show(e.text)} speaker ${String(e.speaker)}`;
    case 'quote-fn':
      return `  quote FN ${at} ${show(e.text)} speaker ${String(e.speaker)}` + (e.predicted ? `   (predicted overlap @${e.predicted.start}-${e.predicted.end})` : '');
    case 'quote-speaker':
      return `  speaker  ${at} ${show(e.text)}: gold ${String(e.gold)}, predicted ${String(e.predicted)}`;
    case 'reported-fp':
      return `  stmt FP  ${at} ${show(e.text)} speaker ${String(e.speaker)}`;
    case 'reported-fn':
      return `  stmt FN  ${at} ${show(e.text)} speaker ${String(e.speaker)}` + (e.predicted ? `   (predicted overlap @${e.predicted.start}-${e.predicted.end})` : '');
    case 'reported-speaker':
      return `  stmt spk ${at} ${show(e.text)}: gold ${String(e.gold)}, predicted ${String(e.predicted)}`;
  }
}

export function renderErrors(scores: readonly DocumentScore[]): string {
  const parts: string[] = [];
  for (const s of scores) {
    if (s.errors.length === 0) continue;
    parts.push(`${s.name} (${s.errors.length})`, ...s.errors.map(renderError));
  }
  return parts.length ? parts.join('\n') : 'no errors';
}

/** Machine-readable summary: figures per article and overall, plus the errors; the errors of an article `withheld` says to keep back (a held-back
 *  yardstick batch) are written as "withheld". */
export function toJson(scores: readonly DocumentScore[], goldDir: string, withheld: (name: string) => boolean = () => false): object {
  const figures = (s: Omit<DocumentScore, 'name' | 'errors'>) => ({
    actors: { ...s.actors, ...prf(s.actors) },
    actorsByType: Object.fromEntries(Object.entries(s.actorsByType).map(([k, c]) => [k, { ...c, ...prf(c) }])),
    canonical: { ...s.canonical, accuracy: accuracy(s.canonical) },
    quotes: { ...s.quotes, ...prf(s.quotes) },
    speaker: { ...s.speaker, accuracy: accuracy(s.speaker) },
    ...(s.reportedScored ? {
      reported: { ...s.reported, ...prf(s.reported) },
      reportedExact: { ...s.reportedExact, ...prf(s.reportedExact) },
      reportedSpeaker: { ...s.reportedSpeaker, accuracy: accuracy(s.reportedSpeaker) },
    } : {}),
  });
  return {
    gold: goldDir,
    overall: figures(totals(scores)),
    articles: scores.map((s) => ({ name: s.name, ...figures(s), errors: withheld(s.name) ? 'withheld' : s.errors })),
  };
}
