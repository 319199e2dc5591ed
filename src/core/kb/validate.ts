import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/kb.schema.json';

/** Validators compiled once, lazily: compiling costs milliseconds and most sessions
 *  never load a workspace file. */
let compiled:
  | { workspace: ValidateFunction; builtin: ValidateFunction; entityPatch: ValidateFunction }
  | undefined;

function validators(): NonNullable<typeof compiled> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(schema, 'kb');
    compiled = {
      workspace: ajv.getSchema('kb') as ValidateFunction,
      builtin: ajv.compile({ $ref: 'kb#/definitions/builtinFile' }),
      entityPatch: ajv.compile({ $ref: 'kb#/definitions/entityPatch' }),
    };
  }
  return compiled;
}

/** Messages for a whole workspace file (.sorot/actors.json); [] when valid. */
export function validateWorkspaceKbFile(data: unknown): string[] {
  const v = validators().workspace;
  return v(data) ? [] : formatErrors(v.errors, '');
}

/** Messages for a built-in file (data/kb/*.json, complete entities); [] when valid. */
export function validateBuiltinKbFile(data: unknown): string[] {
  const v = validators().builtin;
  return v(data) ? [] : formatErrors(v.errors, '');
}

/** Messages for one workspace entry, prefixed with its path, e.g. "entities[3]". */
export function validateEntityPatch(data: unknown, path: string): string[] {
  const v = validators().entityPatch;
  return v(data) ? [] : formatErrors(v.errors, path);
}

/** Turns ajv errors into readable lines: "entities[3].aliases[0]: must match pattern ...". */
function formatErrors(errors: ErrorObject[] | null | undefined, prefix: string): string[] {
  if (!errors) return [];
  return errors.map((e) => {
    const rel = pointerToPath(e.instancePath);
    const path = prefix && rel && !rel.startsWith('[') ? `${prefix}.${rel}` : prefix + rel;
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      message = `has unknown property "${String(e.params.additionalProperty)}"`;
    } else if (e.keyword === 'enum') {
      message = `must be one of ${JSON.stringify(e.params.allowedValues)}`;
    } else if (e.keyword === 'pattern' && e.instancePath.includes('/aliases/')) {
      message = 'must be a non-empty single-line string without leading or trailing spaces';
    }
    return `${path || '(file)'}: ${message}`;
  });
}

/** "/entities/3/aliases/0" -> "entities[3].aliases[0]". */
function pointerToPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}
