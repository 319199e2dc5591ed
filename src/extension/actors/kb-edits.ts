// Edits of the workspace knowledge-base file (.sorot/actors.json) as pure functions on
// its parsed JSON, so they are unit-tested without VS Code. Each returns a NEW object;
// unknown properties the user put in the file are kept as they are.
import { slugify } from '../../core/kb/surface';
import type { KbEntityPatch } from '../../core/kb/types';
import { jsonTooDeep } from '../../core/text/json-nesting';
import type { ActorType } from '../../core/recognize/types';

/** The actor a command acts on, as the index knows it. */
export interface ActorRef {
  canonical: string;
  type: ActorType;
  /** KB id when the actor is a known entity; absent for names found only in text. */
  entityId?: string;
  /** Surface forms seen in the corpus. */
  surfaces: string[];
}

export interface KbFileJson {
  [key: string]: unknown;
  version: 1;
  entities: KbEntityPatch[];
  suppress?: string[];
}

/** `file`: the file itself is unusable (never rewritten); `input`: the user's request was. */
export class KbEditError extends Error {
  constructor(
    message: string,
    readonly kind: 'file' | 'input' = 'input',
  ) {
    super(message);
  }
}

/** Parses the file's text for editing. Throws KbEditError (never returns a guess) when
 *  the text is not a JSON object with an entities array: such a file is never rewritten. */
export function parseForEdit(text: string | undefined): KbFileJson {
  if (text === undefined) return { version: 1, entities: [] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { version: 1, entities: [] };
  let raw: unknown;
  const deep = jsonTooDeep(body);
  if (deep) throw new KbEditError(deep.message, 'file');
  try {
    raw = JSON.parse(body);
  } catch (e) {
    throw new KbEditError(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, 'file');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new KbEditError('the file must contain a JSON object', 'file');
  const obj = raw as Record<string, unknown>;
  if (obj.version !== undefined && obj.version !== 1) throw new KbEditError(`unsupported version ${JSON.stringify(obj.version)}`, 'file');
  if (obj.entities !== undefined && !Array.isArray(obj.entities)) throw new KbEditError('"entities" must be an array', 'file');
  if (obj.suppress !== undefined && !Array.isArray(obj.suppress)) throw new KbEditError('"suppress" must be an array', 'file');
  return { ...obj, version: 1, entities: (obj.entities as KbEntityPatch[] | undefined) ?? [] } as KbFileJson;
}

export function serialize(file: KbFileJson): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** A fresh id for a new entity: the slug of its canonical name, suffixed if taken. */
export function freshId(canonical: string, taken: (id: string) => boolean): string {
  const base = slugify(canonical) || 'actor';
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

/** Surface forms safe to register as global aliases of a name found only in text:
 *  multi-word names and acronyms. A lone first name or surname ("Raka") is resolved
 *  within each article by the recognizer and would be too ambiguous corpus-wide. */
export function safeAliases(actor: ActorRef): string[] {
  const out = new Set<string>([actor.canonical]);
  for (const s of actor.surfaces) if (/\s/.test(s.trim()) || /^[A-Z0-9]{2,}$/.test(s)) out.add(s.trim());
  return [...out];
}

function withPatch(file: KbFileJson, id: string, change: (p: KbEntityPatch) => KbEntityPatch): KbFileJson {
  const entities = [...file.entities];
  // The last entry for an id wins when the file is merged, so edit that one.
  let i = -1;
  for (let k = entities.length - 1; k >= 0; k--) if ((entities[k] as KbEntityPatch).id === id) { i = k; break; }
  if (i >= 0) entities[i] = change({ ...(entities[i] as KbEntityPatch) });
  else entities.push(change({ id }));
  return { ...file, entities };
}

function addUnique(list: string[] | undefined, items: string[]): string[] {
  const out = [...(list ?? [])];
  for (const it of items) if (!out.includes(it)) out.push(it);
  return out;
}

/** Ensures the actor has an entity in the file (creating one for a text-only name) and
 *  returns its id with the updated file. */
function ensureEntity(file: KbFileJson, actor: ActorRef, taken: (id: string) => boolean): { file: KbFileJson; id: string } {
  if (actor.entityId) return { file, id: actor.entityId };
  const existing = file.entities.find((e) => e.canonical === actor.canonical && !e.mergeInto);
  if (existing) return { file, id: existing.id };
  const id = freshId(actor.canonical, (x) => taken(x) || file.entities.some((e) => e.id === x));
  const entity: KbEntityPatch = { id, canonical: actor.canonical, type: actor.type, aliases: safeAliases(actor) };
  return { file: { ...file, entities: [...file.entities, entity] }, id };
}

export function renameCanonical(file: KbFileJson, actor: ActorRef, newCanonical: string, taken: (id: string) => boolean): KbFileJson {
  const name = newCanonical.trim();
  if (name === '') throw new KbEditError('the new name is empty');
  const ensured = ensureEntity(file, actor, taken);
  // The old name stays an alias so the text that said it is still recognised.
  return withPatch(ensured.file, ensured.id, (p) => ({ ...p, canonical: name, aliases: addUnique(p.aliases, [actor.canonical, name]) }));
}

export function addAlias(file: KbFileJson, actor: ActorRef, alias: string, taken: (id: string) => boolean): KbFileJson {
  const a = alias.trim();
  if (a === '' || /[\r\n]/.test(a)) throw new KbEditError('an alias must be a non-empty single line');
  const ensured = ensureEntity(file, actor, taken);
  const cleared = { ...ensured.file, suppress: ensured.file.suppress?.filter((s) => s !== a) };
  if (cleared.suppress === undefined) delete cleared.suppress;
  return withPatch(cleared, ensured.id, (p) => ({ ...p, aliases: addUnique(p.aliases, [a]) }));
}

/** Merges `source` into `target`: afterwards every mention of source is target. */
export function mergeActors(file: KbFileJson, source: ActorRef, target: ActorRef, taken: (id: string) => boolean): KbFileJson {
  if (source.canonical === target.canonical) throw new KbEditError('an actor cannot be merged into itself');
  const t = ensureEntity(file, target, taken);
  if (source.entityId) {
    // The entry becomes a pure redirect; the names it defined travel with it, because
    // an entity defined only in this file would otherwise vanish with its aliases.
    return withPatch(t.file, source.entityId, (p) => ({
      id: source.entityId as string,
      mergeInto: t.id,
      aliases: addUnique(p.aliases, [source.canonical]),
    }));
  }
  // A text-only name has no entity to redirect: its surface forms join the target.
  // The user asked for this merge explicitly, so even lone surnames are included.
  const forms = addUnique([source.canonical], source.surfaces);
  return withPatch(t.file, t.id, (p) => ({ ...p, aliases: addUnique(p.aliases, forms) }));
}

/** "Not an actor": this exact surface form is never recognised again. */
export function suppressSurface(file: KbFileJson, surface: string): KbFileJson {
  const s = surface.trim();
  if (s === '') throw new KbEditError('nothing to suppress');
  return { ...file, suppress: addUnique(file.suppress, [s]) };
}

/** A selection made into an actor: a new entity, or an alias of an existing one when
 *  `canonical` names an entity already in the file or the KB (`existingId`). */
export function addActor(
  file: KbFileJson,
  surface: string,
  canonical: string,
  type: ActorType,
  taken: (id: string) => boolean,
  existingId?: string,
): KbFileJson {
  const s = surface.trim();
  const c = canonical.trim() || s;
  if (s === '' || /[\r\n]/.test(s)) throw new KbEditError('select a name on one line');
  const unsuppressed = { ...file, suppress: file.suppress?.filter((x) => x !== s) };
  if (unsuppressed.suppress === undefined) delete unsuppressed.suppress;
  if (existingId) return withPatch(unsuppressed, existingId, (p) => ({ ...p, aliases: addUnique(p.aliases, [s]) }));
  const actor: ActorRef = { canonical: c, type, surfaces: [s] };
  const ensured = ensureEntity(unsuppressed, actor, taken);
  return withPatch(ensured.file, ensured.id, (p) => ({ ...p, aliases: addUnique(p.aliases, [s]) }));
}
