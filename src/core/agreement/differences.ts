/**
 * How two matched annotations differ: the aspects (boundary, kind, polarity, source type,
 * other fields) and, for each differing field, both values, so a report can say
 * "polarity: favor (ani) ≠ against (budi)" instead of only "fields".
 * The actor (claimant, holder, source) is compared by identity: the same KB entity
 * (after merges) under any label agrees; see actor-identity.ts.
 */
import { ACTOR_FIELDS, emptyActorDirectory, resolveAnnotationActor, sameActor, type ActorDirectory, type ResolvedActor } from '../annotations/actor-identity';
import type { Annotation } from '../annotations/types';
import type { DisagreementAspect, FieldDifference } from './types';

export interface Comparison {
  aspects: DisagreementAspect[];
  differences: FieldDifference[];
}

/** Polarity and source type first: they are aspects of their own. */
const FIRST_FIELDS = ['polarity', 'sourceType'];

export function compareAnnotations(x: Annotation, y: Annotation, actors: ActorDirectory = emptyActorDirectory()): Comparison {
  const aspects: DisagreementAspect[] = [];
  const differences: FieldDifference[] = [];
  if (x.target.start !== y.target.start || x.target.end !== y.target.end) aspects.push('boundary');
  if (x.kind !== y.kind) {
    // Different kinds have different fields: the kind is the difference.
    aspects.push('kind');
    differences.push({ field: 'kind', a: x.kind, b: y.kind });
    return { aspects, differences };
  }
  const fx = fieldsOf(x), fy = fieldsOf(y);
  const actor = ACTOR_FIELDS[x.kind];
  const keys = new Set([...FIRST_FIELDS.filter((k) => k in fx || k in fy), ...Object.keys(fx), ...Object.keys(fy)]);
  for (const field of keys) {
    if (field === actor.id) continue; // compared with the label, as one identity
    if (field === actor.label) {
      // A label without id may name a KB entity: an older file meets a picked id.
      const ax = resolveAnnotationActor(actors, x, { matchLabels: true });
      const ay = resolveAnnotationActor(actors, y, { matchLabels: true });
      if (sameActor(ax, ay)) continue;
      if (!aspects.includes('fields')) aspects.push('fields');
      differences.push({ field, ...actorTexts(ax, ay) });
      continue;
    }
    if (sameValue(fx[field], fy[field])) continue;
    const aspect: DisagreementAspect = field === 'polarity' || field === 'sourceType' ? field : 'fields';
    if (!aspects.includes(aspect)) aspects.push(aspect);
    const d: FieldDifference = { field };
    if (fx[field] !== undefined) d.a = valueText(fx[field]);
    if (fy[field] !== undefined) d.b = valueText(fy[field]);
    differences.push(d);
  }
  return { aspects, differences };
}

/** Each side's actor as shown, with its identity; the same name for two identities gets
 *  each id added. */
function actorTexts(x: ResolvedActor, y: ResolvedActor): Omit<FieldDifference, 'field'> {
  const ids = { ...(x.id !== undefined ? { idA: x.id } : {}), ...(y.id !== undefined ? { idB: y.id } : {}) };
  if (x.label !== y.label) return { a: x.label, b: y.label, ...ids };
  const tag = (r: ResolvedActor) => (r.id === undefined ? r.label : `${r.label} [${r.id}]`);
  return { a: tag(x), b: tag(y), ...ids };
}

function fieldsOf(x: Annotation): Record<string, unknown> {
  return (x as unknown as Record<string, Record<string, unknown>>)[x.kind] ?? {};
}

/** Equal values; objects (e.g. an actor reference) compare by content, in any key order. */
function sameValue(p: unknown, q: unknown): boolean {
  if (p === q) return true;
  if (typeof p !== 'object' || typeof q !== 'object' || p === null || q === null) return false;
  return canonical(p) === canonical(q);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined).sort(([p], [q]) => (p < q ? -1 : 1));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

function valueText(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : canonical(v);
}
