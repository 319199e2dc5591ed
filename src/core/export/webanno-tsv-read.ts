/**
 * Parses a WebAnno TSV 3.x file into its text and its span and relation annotations, as
 * INCEpTION's reader (Tsv3XDeserializer) does: the text is rebuilt from the `#Text=`
 * lines, gaps between sentences filled with spaces; stacked values are split on an
 * unescaped `|`; a `[N]` suffix joins the units of one annotation; a relation sits on its
 * dependent's first unit and names its governor's unit (`1-3`, `1-3[2_0]`).
 */
import { unescapeText, unescapeValue } from './webanno-tsv-format';

export interface TsvSpan {
  layer: string;
  start: number;
  end: number;
  /** Feature name -> value; null where the file has `*` (no value). */
  features: Map<string, string | null>;
}

export interface TsvRelation {
  layer: string;
  governor: TsvSpan;
  dependent: TsvSpan;
}

export interface TsvDocument {
  text: string;
  spans: TsvSpan[];
  relations: TsvRelation[];
  /** Annotations of layers Sorot does not read (chains, slot links), counted by layer. */
  unread: Map<string, number>;
}

interface Column {
  layer: string;
  kind: 'span' | 'relation' | 'chain';
  /** Feature name; '' for a layer without features; BT_ marks a relation's governor column. */
  feature: string;
  role?: 'slot-role' | 'slot-target' | 'governor';
}

interface Unit {
  name: string;
  start: number;
  end: number;
  fields: string[];
}

const UNIT_ROW = /^(\d+-\d+(?:\.\d+)?)\t(\d+)-(\d+)\t/;
const STACK_SEP = /(?<!\\)\|/;

export function readWebannoTsv(contents: string): TsvDocument | { error: string } {
  const lines = contents.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^#FORMAT=WebAnno TSV 3\./.test(lines[0] ?? '')) return { error: 'not a WebAnno TSV 3 file (its first line must be "#FORMAT=WebAnno TSV 3.x")' };
  const columns: Column[] = [];
  let i = 1;
  for (; i < lines.length && /^#T_(SP|CH|RL)=/.test(lines[i]); i++) columns.push(...headerColumns(lines[i]));
  let text = '';
  let sentenceText: string[] = [];
  let inHeader = false;
  const units: Unit[] = [];
  for (let n = i; n < lines.length; n++) {
    const line = lines[n];
    if (line.startsWith('#Text=')) {
      sentenceText.push(unescapeText(line.slice(6)) + '\n');
      inHeader = true;
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = UNIT_ROW.exec(line);
    if (!m) {
      if (line.trim() !== '') return { error: `line ${n + 1}: expected a token row, a #Text= line or a blank line, found "${line.slice(0, 40)}"` };
      continue;
    }
    const start = Number(m[2]), end = Number(m[3]);
    if (inHeader) {
      // A sentence starts: drop the line feed the previous one ended with if the text
      // runs on, pad with spaces up to this sentence's first offset otherwise.
      if (text.length > start && text.endsWith('\n')) text = text.slice(0, -1);
      if (text.length < start) text += ' '.repeat(start - text.length);
      text += sentenceText.join('');
      sentenceText = [];
      inHeader = false;
    }
    const fields = line.split('\t').slice(3);
    if (fields.length < columns.length) return { error: `line ${n + 1}: ${fields.length} annotation columns where the header declares ${columns.length}` };
    units.push({ name: m[1], start, end, fields });
  }
  return collect(text, units, columns);
}

function headerColumns(line: string): Column[] {
  const kind = line[3] === 'S' ? 'span' : line[3] === 'R' ? 'relation' : 'chain';
  const [layer, ...features] = line.slice(6).split('|');
  const out: Column[] = [];
  if (kind === 'chain') return [{ layer, kind, feature: 'referenceType' }, { layer, kind, feature: 'referenceRelation' }];
  const named = features.filter((f) => f !== '');
  if (named.length === 0) return [{ layer, kind, feature: '' }];
  for (let k = 0; k < named.length; k++) {
    const f = named[k];
    if (f.startsWith('ROLE_')) {
      out.push({ layer, kind, feature: f, role: 'slot-role' }, { layer, kind, feature: named[k + 1] ?? '', role: 'slot-target' });
      k++;
    } else if (f.startsWith('BT_')) out.push({ layer, kind, feature: f, role: 'governor' });
    else out.push({ layer, kind, feature: f });
  }
  // A relation layer whose only column is BT_ has no features at all.
  return out;
}

function collect(text: string, units: Unit[], columns: Column[]): TsvDocument {
  const spans: TsvSpan[] = [];
  const relations: TsvRelation[] = [];
  const unread = new Map<string, number>();
  const byId = new Map<string, TsvSpan>();
  /** Span annotations on each unit, per layer, in stacking order. */
  const onUnit = new Map<string, Map<string, TsvSpan[]>>();
  const unitByName = new Map(units.map((u) => [u.name, u]));
  const spanAt = (unit: Unit, layer: string, index: number, id: string | undefined): TsvSpan => {
    const here = onUnit.get(unit.name) ?? new Map<string, TsvSpan[]>();
    onUnit.set(unit.name, here);
    const list = here.get(layer) ?? [];
    here.set(layer, list);
    let span = list[index];
    if (!span && id !== undefined) {
      span = byId.get(`${layer}#${id}`)!;
      if (span) span.end = Math.max(span.end, unit.end);
    }
    if (!span) {
      span = { layer, start: unit.start, end: unit.end, features: new Map() };
      spans.push(span);
      if (id !== undefined) byId.set(`${layer}#${id}`, span);
    }
    list[index] = span;
    return span;
  };

  for (const unit of units) {
    columns.forEach((col, c) => {
      const raw = unit.fields[c];
      if (col.kind !== 'span' || raw === '_' || raw === undefined) return;
      if (col.role) {
        if (col.role === 'slot-role' && raw !== '*') unread.set(`${col.layer} slot links`, (unread.get(`${col.layer} slot links`) ?? 0) + raw.split(';').length);
        return;
      }
      raw.split(STACK_SEP).forEach((v, index) => {
        const { value, id } = splitId(v);
        const span = spanAt(unit, col.layer, index, id);
        if (col.feature !== '') span.features.set(col.feature, value === '*' ? null : unescapeValue(value));
      });
    });
  }
  for (const unit of units) {
    columns.forEach((col, c) => {
      const raw = unit.fields[c];
      if (raw === '_' || raw === undefined) return;
      if (col.kind === 'chain') {
        if (c === 0 || columns[c - 1].layer !== col.layer) unread.set(`${col.layer} chain links`, (unread.get(`${col.layer} chain links`) ?? 0) + raw.split(STACK_SEP).length);
        return;
      }
      if (col.kind !== 'relation' || col.role !== 'governor') return;
      const base = col.feature.slice(3);
      raw.split(STACK_SEP).forEach((v) => {
        const m = /^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)_(\d+)\])?$/.exec(v);
        const govUnit = m && unitByName.get(m[1]);
        if (!m || !govUnit) return void unread.set(`${col.layer} relations with an unreadable governor`, (unread.get(`${col.layer} relations with an unreadable governor`) ?? 0) + 1);
        const governor = m[2] && m[2] !== '0' ? byId.get(`${base}#${m[2]}`) : onUnit.get(govUnit.name)?.get(base)?.[0];
        const dependent = m[3] && m[3] !== '0' ? byId.get(`${base}#${m[3]}`) : onUnit.get(unit.name)?.get(base)?.[0];
        if (governor && dependent) relations.push({ layer: col.layer, governor, dependent });
        else unread.set(`${col.layer} relations whose ends were not found`, (unread.get(`${col.layer} relations whose ends were not found`) ?? 0) + 1);
      });
    });
  }
  return { text, spans, relations, unread };
}

/** "PER[3]" -> PER and 3; an escaped "\]" is part of the value. */
function splitId(v: string): { value: string; id?: string } {
  const m = /^(.*)\[(\d+)\]$/s.exec(v);
  if (!m || /(?:^|[^\\])(?:\\\\)*\\$/.test(m[1])) return { value: v };
  return { value: m[1], id: m[2] };
}
