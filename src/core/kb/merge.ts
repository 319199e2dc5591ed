import type { Kb, KbEntity, KbEntityPatch, KbProblem } from './types';
import { validateEntityPatch } from './validate';
import { reservedIdentityById } from './reserved-ids';

export interface MergeResult {
  kb: Kb;
  problems: KbProblem[];
}

const KNOWN_TOP_LEVEL = new Set(['$schema', 'version', 'entities', 'suppress']);

/**
 * Applies a workspace file (.sorot/actors.json, already parsed from JSON) to a KB.
 * Never throws and never mutates `builtin`: whatever is wrong is reported in `problems`
 * and the rest of the file is still applied (one bad entry does not discard the others).
 *
 * Semantics, in this order:
 * 1. An entry whose id exists overrides the fields it gives (canonical, type, wikidata,
 *    description.en/.id) and ADDS its aliases. An entry with a new id defines an entity:
 *    it needs canonical and type; aliases default to [canonical], description to ''.
 * 2. `mergeInto: "target-id"`: the entry's entity disappears and its canonical and
 *    aliases become aliases of the target (chains are followed, cycles are reported).
 *    A mergeInto entry needs no other field: `{ "id": "kiev", "mergeInto": "kyiv" }`.
 * 3. A workspace alias that a built-in entity also has moves to the workspace entity
 *    (reported as 'info'): the user's explicit word wins.
 * 4. `suppress`: these surface forms are removed from every entity and kept in
 *    `kb.suppress`, so the recognizer can also ignore them as unknown names.
 * Workspace entities are placed first, so they win any alias collision in the index.
 */
export function mergeWorkspaceKb(builtin: Kb, userFile: unknown): MergeResult {
  const problems: KbProblem[] = [];
  const unchanged = (): MergeResult => ({ kb: builtin, problems });
  if (typeof userFile !== 'object' || userFile === null || Array.isArray(userFile)) {
    problems.push(error('', 'the file must contain a JSON object like {"version": 1, "entities": []}'));
    return unchanged();
  }
  const file = userFile as Record<string, unknown>;
  for (const key of Object.keys(file)) {
    if (!KNOWN_TOP_LEVEL.has(key)) problems.push(warning(key, `unknown property "${key}" is ignored`));
  }
  if (file.version === undefined) {
    problems.push(warning('version', 'missing "version": 1; the file was read as version 1'));
  } else if (file.version !== 1) {
    problems.push(error('version', `unsupported version ${JSON.stringify(file.version)}; only 1 is known, nothing was applied`));
    return unchanged();
  }

  const patches = readPatches(file.entities, problems);
  const suppress = readSuppress(file.suppress, problems);

  // Copies, so the built-in KB object stays untouched.
  const entities = new Map<string, KbEntity>();
  for (const e of builtin.entities) entities.set(e.id, { ...e, aliases: [...e.aliases], description: { ...e.description } });
  const workspaceIds = new Set<string>();
  const userAliases = new Map<string, string>(); // alias -> workspace entity id

  for (const { patch, path } of patches) {
    if (patch.mergeInto !== undefined) continue;
    const existing = entities.get(patch.id);
    if (existing) {
      applyPatch(existing, patch);
    } else {
      if (patch.canonical === undefined || patch.type === undefined) {
        problems.push(error(path, `"${patch.id}" is not a built-in entity, so it needs "canonical" and "type" (or "mergeInto")`));
        continue;
      }
      entities.set(patch.id, {
        id: patch.id,
        canonical: patch.canonical,
        type: patch.type,
        aliases: patch.aliases ? [...patch.aliases] : [patch.canonical],
        description: { en: patch.description?.en ?? '', id: patch.description?.id ?? '' },
        ...(patch.wikidata ? { wikidata: patch.wikidata } : {}),
      });
    }
    workspaceIds.add(patch.id);
    for (const alias of patch.aliases ?? []) userAliases.set(alias, patch.id);
  }

  const merged = applyMerges(patches, entities, workspaceIds, userAliases, problems);
  moveUserAliases(entities, userAliases, problems);

  const suppressed = new Set([...builtin.suppress, ...suppress]);
  if (suppressed.size > 0) {
    for (const e of entities.values()) e.aliases = e.aliases.filter((a) => !suppressed.has(a));
  }

  const ordered = [
    ...[...workspaceIds].filter((id) => entities.has(id)).map((id) => entities.get(id) as KbEntity),
    ...[...entities.values()].filter((e) => !workspaceIds.has(e.id)),
  ];
  const kb: Kb = { entities: ordered, suppress: [...suppressed] };
  const links = { ...builtin.merged, ...merged };
  if (Object.keys(links).length > 0) kb.merged = links;
  return { kb, problems };
}

interface LocatedPatch {
  patch: KbEntityPatch;
  path: string;
}

function readPatches(raw: unknown, problems: KbProblem[]): LocatedPatch[] {
  if (raw === undefined) {
    problems.push(warning('entities', 'missing "entities": no entity was added'));
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push(error('entities', '"entities" must be an array of objects with at least an "id"'));
    return [];
  }
  const out: LocatedPatch[] = [];
  const seen = new Map<string, string>();
  raw.forEach((entry, i) => {
    const path = `entities[${i}]`;
    const messages = validateEntityPatch(entry, path);
    if (messages.length > 0) {
      const id = typeof entry === 'object' && entry && 'id' in entry ? ` ("${String((entry as { id: unknown }).id)}")` : '';
      problems.push(error(path, `entry skipped${id}: ${messages.join('; ')}`));
      return;
    }
    const patch = entry as KbEntityPatch;
    const earlier = seen.get(patch.id);
    if (earlier) problems.push(warning(path, `"${patch.id}" also appears at ${earlier}; both were applied in order`));
    else seen.set(patch.id, path);
    const reserved = reservedIdentityById(patch.id);
    // Applied all the same (its mentions are still recognized and the file stays as it
    // is), but an annotation can never point at it: the pickers' fixed actors own the id.
    if (reserved) problems.push(warning(path, `"${patch.id}" is reserved for ${reserved.meaning}: an annotation with this id always means ${reserved.meaning}, never this entity; give the entity another id`));
    out.push({ patch, path });
  });
  return out;
}

function readSuppress(raw: unknown, problems: KbProblem[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(error('suppress', '"suppress" must be an array of strings'));
    return [];
  }
  const out: string[] = [];
  raw.forEach((s, i) => {
    if (typeof s === 'string' && s.trim() !== '') out.push(s.trim());
    else problems.push(error(`suppress[${i}]`, 'must be a non-empty string; ignored'));
  });
  return out;
}

function applyPatch(target: KbEntity, patch: KbEntityPatch): void {
  if (patch.canonical !== undefined) target.canonical = patch.canonical;
  if (patch.type !== undefined) target.type = patch.type;
  if (patch.wikidata !== undefined) target.wikidata = patch.wikidata;
  if (patch.description?.en !== undefined) target.description.en = patch.description.en;
  if (patch.description?.id !== undefined) target.description.id = patch.description.id;
  for (const alias of patch.aliases ?? []) {
    if (!target.aliases.includes(alias)) target.aliases.push(alias);
  }
}

function applyMerges(
  patches: LocatedPatch[],
  entities: Map<string, KbEntity>,
  workspaceIds: Set<string>,
  userAliases: Map<string, string>,
  problems: KbProblem[],
): Record<string, string> {
  const merged: Record<string, string> = {};
  const mergeOf = new Map<string, { target: string; path: string; patch: KbEntityPatch }>();
  for (const { patch, path } of patches) {
    if (patch.mergeInto !== undefined) mergeOf.set(patch.id, { target: patch.mergeInto, path, patch });
  }
  for (const [sourceId, { path, patch }] of mergeOf) {
    // Follow chains (a -> b -> c) to the final target; a cycle merges nothing.
    const visited = new Set([sourceId]);
    let targetId = mergeOf.get(sourceId)?.target as string;
    while (mergeOf.has(targetId) && !visited.has(targetId)) {
      visited.add(targetId);
      targetId = mergeOf.get(targetId)?.target as string;
    }
    if (visited.has(targetId)) {
      problems.push(error(path, `mergeInto cycle through "${sourceId}"; not merged`));
      continue;
    }
    const target = entities.get(targetId);
    if (!target) {
      problems.push(error(path, `mergeInto target "${targetId}" does not exist; "${sourceId}" was not merged`));
      continue;
    }
    const source = entities.get(sourceId);
    const incoming = [...(source ? [source.canonical, ...source.aliases] : []), ...(patch.aliases ?? [])];
    if (!source && !patch.aliases) {
      problems.push(warning(path, `"${sourceId}" is not an entity and lists no aliases; mergeInto had no effect`));
    }
    for (const alias of incoming) {
      if (!target.aliases.includes(alias)) target.aliases.push(alias);
      userAliases.set(alias, targetId);
    }
    entities.delete(sourceId);
    workspaceIds.delete(sourceId);
    workspaceIds.add(targetId);
    merged[sourceId] = targetId;
  }
  return merged;
}

function moveUserAliases(
  entities: Map<string, KbEntity>,
  userAliases: Map<string, string>,
  problems: KbProblem[],
): void {
  if (userAliases.size === 0) return;
  for (const e of entities.values()) {
    const kept = e.aliases.filter((a) => {
      const owner = userAliases.get(a);
      return owner === undefined || owner === e.id;
    });
    if (kept.length === e.aliases.length) continue;
    for (const a of e.aliases) {
      if (!kept.includes(a)) {
        problems.push({ severity: 'info', path: '', message: `alias "${a}" now refers to "${userAliases.get(a)}" instead of "${e.id}"` });
      }
    }
    e.aliases = kept;
  }
}

function error(path: string, message: string): KbProblem {
  return { severity: 'error', path, message };
}

function warning(path: string, message: string): KbProblem {
  return { severity: 'warning', path, message };
}
