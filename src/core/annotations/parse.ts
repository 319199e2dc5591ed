/**
 * Reading a sidecar: bytes -> text (strict UTF-8) -> JSON (with line/column on error)
 * -> version check -> JSON Schema -> the few rules a schema cannot say. Any failure is
 * a typed SidecarError and the caller must not overwrite the file.
 */
import type { ErrorObject } from 'ajv';
import { validate as generatedValidate } from './sidecar-validate.generated';
import { parseJsonWithLocation, schemaErrorToSidecarError, withLocation } from './json-errors';
import { canonicalSidecar } from './serialize';
import { decodeJsonText } from './text-decoding';
import { isCalendarDate } from '../metadata/dates';
import { withReservedActorIds } from './actor-identity';
import { SIDECAR_SCHEMA_VERSION, type Sidecar, type SidecarError } from './types';

export { SIDECAR_SCHEMA_VERSION };

export type SidecarParseResult = { ok: true; sidecar: Sidecar } | { ok: false; error: SidecarError };

/** The schema's validator as Ajv compiles it, made ahead of time (scripts/sidecar-validator.mjs):
 *  compiling it here took 60-77 ms of the extension host in one task (issue 19). */
const validate = generatedValidate as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export function parseSidecarBytes(bytes: Uint8Array): SidecarParseResult {
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) return decoded;
  return parseSidecarText(decoded.text);
}

export function parseSidecarText(text: string): SidecarParseResult {
  const json = parseJsonWithLocation(text);
  if (!json.ok) return json;
  const value = json.value;

  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SIDECAR_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'version',
        message: `schemaVersion ${version} is newer than this version of Sorot understands (${SIDECAR_SCHEMA_VERSION}); update Sorot — the file is left untouched`,
        pointer: '/schemaVersion',
      },
    };
  }

  if (!validate(value)) {
    const first = validate.errors?.[0];
    return {
      ok: false,
      error: first
        ? schemaErrorToSidecarError(text, first, json.tree)
        : { kind: 'schema', message: 'the file does not match the sidecar schema' },
    };
  }

  const sidecar = withReservedActors(migrate(value as StoredSidecar));
  const seen = new Set<string>();
  for (let i = 0; i < sidecar.annotations.length; i++) {
    const a = sidecar.annotations[i];
    if (a.target.end < a.target.start) {
      return { ok: false, error: withLocation(text, `/annotations/${i}/target/end`, `/annotations/${i}/target: end is before start`, json.tree) };
    }
    if (seen.has(a.id)) {
      return { ok: false, error: withLocation(text, `/annotations/${i}/id`, `/annotations/${i}/id: duplicate id ${a.id}`, json.tree) };
    }
    seen.add(a.id);
  }
  const date = sidecar.metadata?.date;
  if (date !== undefined && !isCalendarDate(date)) {
    return { ok: false, error: withLocation(text, '/metadata/date', `/metadata/date: ${date} is not a day of the calendar`, json.tree) };
  }
  const corrections = sidecar.corrections ?? [];
  for (let i = 0; i < corrections.length; i++) {
    const c = corrections[i];
    if (c.target.end < c.target.start) {
      return { ok: false, error: withLocation(text, `/corrections/${i}/target/end`, `/corrections/${i}/target: end is before start`, json.tree) };
    }
    if (seen.has(c.id)) {
      return { ok: false, error: withLocation(text, `/corrections/${i}/id`, `/corrections/${i}/id: duplicate id ${c.id}`, json.tree) };
    }
    seen.add(c.id);
  }
  return { ok: true, sidecar: canonicalSidecar(sidecar) };
}

/** A sidecar as any version wrote it. */
type StoredSidecar = Omit<Sidecar, 'schemaVersion'> & { schemaVersion: 1 | 2 | typeof SIDECAR_SCHEMA_VERSION };

/**
 * Older versions to the current one. Each step only adds optional fields, so a migrated
 * file is the same data under the new number:
 * - 1 -> 2 adds `textHash`; a version 1 file has none, so its offsets count as unverified
 *   (readers find its annotations again by quote).
 * - 2 -> 3 adds the actor ids (`claimantId`, `holderId`, `sourceId`) and the
 *   corrections of the recognized layer (`corrections`); a version 2 actor is a label only
 *   and a version 2 file has no corrections. Migration does not guess ids from labels: an identity is what an
 *   annotator picked, never what a later KB happens to match (actor-identity.ts may match
 *   a label when comparing, but that is never written).
 */
function migrate(stored: StoredSidecar): Sidecar {
  if (stored.schemaVersion === SIDECAR_SCHEMA_VERSION) return stored as Sidecar;
  return { ...stored, schemaVersion: SIDECAR_SCHEMA_VERSION };
}

/**
 * Files of any version from before the reserved actors (reserved-actors.ts) hold the
 * picker's translated label of the outlet's own voice or of an unnamed source, with no
 * id: read as the reserved id and fixed label. Not a guess from a label (see migrate):
 * the label is the picker's own choice. The file itself is rewritten only when its
 * owner next saves it, like any migration.
 */
function withReservedActors(sidecar: Sidecar): Sidecar {
  const annotations = withReservedActorIds(sidecar.annotations);
  return annotations === sidecar.annotations ? sidecar : { ...sidecar, annotations };
}
