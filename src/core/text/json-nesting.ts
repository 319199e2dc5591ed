/**
 * A guard against hostile JSON: V8's JSON.parse copes with 100,000 nested arrays, but
 * everything that walks the value afterwards recursively (jsonc-parser's tree, Ajv,
 * JSON.stringify, our own visitors) throws "Maximum call stack size exceeded", which
 * names no file and aborts a whole export. Every file Sorot reads or imports is shallow
 * (a sidecar nests 4 levels, a W3C export 8), so a cheap linear scan before parsing
 * refuses anything deeper than MAX_JSON_NESTING with the place where it goes too deep.
 */

/** Far above any file Sorot writes or imports, far below what recursion survives. */
export const MAX_JSON_NESTING = 64;

export interface TooDeep {
  /** Offset (UTF-16) of the bracket that goes one level too deep. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

/** Undefined when no value in `text` nests deeper than `max` arrays/objects. Strings are
 *  skipped (brackets inside them do not count); invalid JSON is left to the parser. */
export function jsonTooDeep(text: string, max = MAX_JSON_NESTING): TooDeep | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string; a backslash escapes the next character.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) {
        const column = i - lineStart + 1;
        return { offset: i, line, column, message: `nested more than ${max} levels deep at line ${line}, column ${column}; no file Sorot reads nests that deep, so it was not parsed` };
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return undefined;
}
