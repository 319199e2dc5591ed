// node:assert is not available in the web worker extension host; these are the few
// assertions the web tests use, with node:assert's semantics (strict equality,
// structural deep equality) and messages that show both values.
export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, null, 1) ?? String(v));

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(`${message} (got ${show(value)})`);
}

export function equal<T>(actual: unknown, expected: T, message = 'values differ'): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message}: ${show(actual)} !== ${show(expected)}`);
}

function deepEquals(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function deepEqual<T>(actual: unknown, expected: T, message = 'values differ'): asserts actual is T {
  if (!deepEquals(actual, expected)) throw new AssertionError(`${message}:\n  actual   ${show(actual)}\n  expected ${show(expected)}`);
}

export function match(actual: string, pattern: RegExp, message = 'no match'): void {
  if (!pattern.test(actual)) throw new AssertionError(`${message}: ${show(actual)} does not match ${pattern}`);
}
