/**
 * The label map for annotations made in other tools (`.sorot/import-map.json`): each
 * foreign label (a brat type, a Label Studio or doccano label, a W3C tagging body) says
 * what Sorot makes of it. Checked against schemas/import-map.schema.json; a label the
 * map does not name is skipped and reported, never guessed.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import schema from '../../../schemas/import-map.schema.json';
import { isAnnotationKind, type AnnotationKind } from '../annotations/types';
import type { ActorType } from '../recognize/types';

export type MapTarget =
  | { to: 'annotation'; kind: AnnotationKind }
  | { to: 'mention'; type: ActorType }
  | { to: 'quote' }
  | { to: 'reported' }
  | { to: 'tag'; tag: string }
  | { to: 'skip' };

export type ImportMap = ReadonlyMap<string, MapTarget>;

export const IMPORT_MAP_PATH = '.sorot/import-map.json';

let validate: ValidateFunction | undefined;

/** The map in `contents`, or messages naming `file` (and the label concerned). */
export function parseImportMap(contents: string, file: string): { map: ImportMap } | { errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(contents.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { errors: [`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  if (!validate(data)) {
    return {
      errors: (validate.errors ?? []).map((e) => {
        const where = e.instancePath ? ` ${e.instancePath.replace(/^\/labels\//, 'label ').replace(/~1/g, '/').replace(/~0/g, '~')}` : '';
        const why = e.keyword === 'pattern' ? 'must be claim, stance, source, PER, ORG, GPE, quote, reported, skip or tag:<name>' : e.keyword === 'additionalProperties' ? `has unknown property "${String(e.params.additionalProperty)}"` : (e.message ?? 'is invalid');
        return `${file}:${where || ' (file)'} ${why}`;
      }),
    };
  }
  const map = new Map<string, MapTarget>();
  for (const [label, value] of Object.entries((data as { labels: Record<string, string> }).labels)) map.set(label, targetOf(value));
  return { map };
}

function targetOf(value: string): MapTarget {
  if (isAnnotationKind(value)) return { to: 'annotation', kind: value };
  if (value === 'PER' || value === 'ORG' || value === 'GPE') return { to: 'mention', type: value };
  if (value === 'quote') return { to: 'quote' };
  if (value === 'reported') return { to: 'reported' };
  if (value === 'skip') return { to: 'skip' };
  return { to: 'tag', tag: value.slice('tag:'.length) };
}

/** What a map entry is written as, for proposals and reports. */
export function mapValue(t: MapTarget): string {
  switch (t.to) {
    case 'annotation': return t.kind;
    case 'mention': return t.type;
    case 'quote': return 'quote';
    case 'reported': return 'reported';
    case 'skip': return 'skip';
    case 'tag': return `tag:${t.tag}`;
  }
}

/**
 * A map proposed from the labels found: Sorot's own kinds and the usual entity, quote and
 * reported-speech labels get their obvious target, everything else `tag:<label>` for the user to review.
 */
export function proposeImportMap(labels: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const label of [...new Set(labels)].sort()) {
    const l = label.toLowerCase();
    if (isAnnotationKind(l)) out[label] = l;
    else if (['per', 'person', 'persons', 'people'].includes(l)) out[label] = 'PER';
    else if (['org', 'organization', 'organisation', 'organizations'].includes(l)) out[label] = 'ORG';
    else if (['gpe', 'loc', 'location', 'place'].includes(l)) out[label] = 'GPE';
    else if (['quote', 'quotation'].includes(l)) out[label] = 'quote';
    else if (['reported', 'reported speech', 'reported_speech', 'indirect quote', 'indirect_quote', 'indirect speech'].includes(l)) out[label] = 'reported';
    else out[label] = `tag:${label.replace(/\s+/g, '_').slice(0, 64)}`;
  }
  return out;
}
