/**
 * JSON parsing that says WHERE it failed. JSON.parse is the authority on validity (its
 * messages differ between engines and often lack a position), jsonc-parser locates the
 * problem, and duplicate keys are refused because JSON.parse would silently keep only
 * the last one and a later save would lose the other.
 */
// The ESM build on purpose: the package's default UMD build loads its parts with a
// dynamic require() that esbuild cannot bundle ("Cannot find module './impl/format'").
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { ErrorObject } from 'ajv';
import { jsonTooDeep } from '../text/json-nesting';
import type { SidecarError } from './types';

export type JsonResult = { ok: true; value: unknown; tree: Node | undefined } | { ok: false; error: SidecarError };

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'invalid symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comments are not allowed',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

export function parseJsonWithLocation(text: string): JsonResult {
  // Before anything recursive (parseTree, Ajv) sees it: a hostile depth is reported, not thrown.
  const deep = jsonTooDeep(text);
  if (deep) return { ok: false, error: { kind: 'parse', message: deep.message, line: deep.line, column: deep.column } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: locateSyntaxError(text, err instanceof Error ? err.message : String(err)) };
  }
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const duplicate = tree && findDuplicateKey(tree);
  if (duplicate) {
    const { line, column } = lineColumn(text, duplicate.offset);
    return {
      ok: false,
      error: {
        kind: 'parse',
        message: `duplicate key "${String(duplicate.value)}" at line ${line}, column ${column}`,
        line,
        column,
      },
    };
  }
  return { ok: true, value, tree };
}

/** Turns an Ajv error into a SidecarError that names both the JSON pointer and the line. */
export function schemaErrorToSidecarError(text: string, error: ErrorObject, tree?: Node): SidecarError {
  const pointer = error.instancePath;
  if (error.propertyName !== undefined) {
    // A propertyNames failure: name the field, the allowed list alone does not say which one is wrong.
    return withLocation(text, pointer, `${pointer || '(root)'} may not have the field "${error.propertyName}" here`, tree);
  }
  const extra =
    error.keyword === 'additionalProperties'
      ? ` ("${String((error.params as { additionalProperty: string }).additionalProperty)}")`
      : error.keyword === 'enum'
        ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : '';
  return withLocation(text, pointer, `${pointer || '(root)'} ${error.message ?? 'is invalid'}${extra}`, tree);
}

/** A schema-kind error at `pointer`, with line/column when the pointer resolves. */
export function withLocation(text: string, pointer: string, message: string, tree?: Node): SidecarError {
  const root = tree ?? parseTree(text);
  const node = root && findNodeAtLocation(root, pointerToPath(pointer));
  if (!node) return { kind: 'schema', message, pointer };
  const { line, column } = lineColumn(text, node.offset);
  return { kind: 'schema', message: `${message} (line ${line}, column ${column})`, pointer, line, column };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function locateSyntaxError(text: string, engineMessage: string): SidecarError {
  if (text.trim() === '') return { kind: 'parse', message: 'the file is empty', line: 1, column: 1 };
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { kind: 'parse', message: `invalid JSON: ${engineMessage}` };
  const { line, column } = lineColumn(text, first.offset);
  const code = printParseErrorCode(first.error);
  return {
    kind: 'parse',
    message: `invalid JSON at line ${line}, column ${column}: ${PARSE_ERROR_TEXT[code] ?? code}`,
    line,
    column,
  };
}

function findDuplicateKey(node: Node): Node | undefined {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) return key;
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) {
    const found = findDuplicateKey(child);
    if (found) return found;
  }
  return undefined;
}

function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
