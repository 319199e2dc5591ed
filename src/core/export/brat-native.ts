/**
 * brat standoff laid out for brat users (`--brat-native`): one folder per annotator, each
 * with its own annotation.conf, so brat shows one person's annotations per collection.
 * The fields brat can show are attributes (polarity, source type and relation, check-
 * worthiness, intensity, status, needs review) and relations to the actor mention that
 * names the claimant, holder or source; the rest is a readable AnnotatorNotes line
 * ("id: …; created: …; claimant: Budi; note: …") that a person can edit in brat.
 */
import type { Annotation } from '../annotations/types';
import { BRAT_SOURCE_TYPE_VALUES, CONF_ENTITIES_AND_SPEAKER, sourceTypeToBrat } from './brat-conf';

/** Everything Python's str.splitlines() breaks on (as brat.ts's LINE_BREAK). */
// eslint-disable-next-line no-control-regex -- the ASCII separators are exactly what must be matched
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export const BRAT_NATIVE_ATTRIBUTES = {
  polarity: 'Polarity',
  sourceType: 'SourceType',
  relation: 'SourceRelation',
  checkWorthiness: 'CheckWorthiness',
  intensity: 'Intensity',
  status: 'Status',
  needsReview: 'NeedsReview',
} as const;

/** Field -> relation type from the annotation to the mention naming that actor. */
export const BRAT_ACTOR_RELATIONS = { claimant: 'Claimant', holder: 'Holder', sourceName: 'SourceActor' } as const;
const ID_FIELD = { claimant: 'claimantId', holder: 'holderId', sourceName: 'sourceId' } as const;

export const NATIVE_ANNOTATION_CONF = `# Sorot export for brat users: entity, relation and attribute types (brat annotation.conf)
${CONF_ENTITIES_AND_SPEAKER}Claimant\tArg1:Claim, Arg2:PER|ORG|GPE
Holder\tArg1:Stance, Arg2:PER|ORG|GPE
SourceActor\tArg1:Source, Arg2:PER|ORG|GPE
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Polarity\tArg:Stance, Value:favor|against|neutral
Intensity\tArg:Stance, Value:1|2|3
SourceType\tArg:Source, Value:${BRAT_SOURCE_TYPE_VALUES}
SourceRelation\tArg:Source, Value:direct|reported
CheckWorthiness\tArg:Claim, Value:low|medium|high
Status\tArg:Claim|Stance|Source, Value:suggested|accepted|rejected
NeedsReview\tArg:Claim|Stance|Source
`;

/** Lines for one annotation besides its T line: attributes, relations, the note. */
export function nativeAnnotationLines(x: Annotation, t: string, mentions: ReadonlyMap<string, string>, next: { a: () => string; r: () => string; n: () => string }): string[] {
  const lines: string[] = [];
  const attr = (name: string, value?: string) => lines.push(`${next.a()}\t${name} ${t}${value === undefined ? '' : ` ${value}`}`);
  const fields = (x as unknown as Record<string, Record<string, unknown>>)[x.kind];
  const noted: Array<[string, string]> = [['id', x.id], ['created', x.created], ['modified', x.modified]];
  attr(BRAT_NATIVE_ATTRIBUTES.status, x.status);
  if (x.needsReview) attr(BRAT_NATIVE_ATTRIBUTES.needsReview);
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (field === 'polarity' || field === 'relation' || field === 'checkWorthiness' || field === 'intensity') {
      attr(BRAT_NATIVE_ATTRIBUTES[field], String(value));
    } else if (field === 'sourceType') {
      attr(BRAT_NATIVE_ATTRIBUTES.sourceType, sourceTypeToBrat(value as never));
    } else if (field in BRAT_ACTOR_RELATIONS) {
      const key = field as keyof typeof BRAT_ACTOR_RELATIONS;
      const mention = mentions.get(actorKey(String(value), fields[ID_FIELD[key]] as string | undefined));
      if (mention) lines.push(`${next.r()}\t${BRAT_ACTOR_RELATIONS[key]} Arg1:${t} Arg2:${mention}`);
      else noted.push([field, String(value)]);
    } else if (!(Object.values(ID_FIELD) as string[]).includes(field) || !relationCarries(fields, field, mentions)) {
      noted.push([field, String(value)]);
    }
  }
  if (x.note !== undefined) noted.push(['note', x.note]);
  if (x.tags.length) noted.push(['tags', x.tags.map((g) => g.replace(/[\\,]/g, '\\$&')).join(', ')]);
  lines.push(`${next.n()}\tAnnotatorNotes ${t}\t${noteText(noted)}`);
  return lines;
}

/** Whether the id field travels with its relation (the mention has that entity id). */
function relationCarries(fields: Record<string, unknown>, idField: string, mentions: ReadonlyMap<string, string>): boolean {
  const label = Object.entries(ID_FIELD).find(([, id]) => id === idField)![0];
  return fields[label] !== undefined && mentions.has(actorKey(String(fields[label]), fields[idField] as string | undefined));
}

/** A mention stands for an actor field when its canonical name and KB id are the
 *  field's, so the relation alone gives both back. */
export function actorKey(canonical: string, entityId: string | undefined): string {
  return `${entityId ?? ''}\u0000${canonical}`;
}

/** "key: value; key: value", with \ ; and every line break escaped (brat splits lines
 *  on all of Python's splitlines() breaks). */
export function noteText(pairs: ReadonlyArray<[string, string]>): string {
  return pairs.map(([k, v]) => `${k}: ${escapeNote(v)}`).join('; ');
}

function escapeNote(v: string): string {
  return v.replace(/[\\;\t]/g, (c) => (c === '\t' ? '\\u0009' : '\\' + c)).replace(LINE_BREAK, (m) => [...m].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
}

/** The pairs of a native note, or undefined when the text is not one. */
export function parseNote(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let key: string | undefined;
  let buf = '';
  const flush = () => {
    if (key === undefined) return false;
    out.set(key, buf);
    key = undefined;
    buf = '';
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (key === undefined) {
      const m = /^([A-Za-z]+): /.exec(text.slice(i));
      if (!m) return undefined;
      key = m[1];
      i += m[0].length - 1;
    } else if (c === '\\' && text[i + 1] === 'u' && /^[0-9a-f]{4}$/i.test(text.slice(i + 2, i + 6))) {
      buf += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 5;
    } else if (c === '\\' && i + 1 < text.length) {
      buf += text[++i];
    } else if (c === ';' && text[i + 1] === ' ') {
      flush();
      i++;
    } else {
      buf += c;
    }
  }
  flush();
  return out.size ? out : undefined;
}
