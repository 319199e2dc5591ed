// Waiting helpers shared by the Node (helpers.ts) and web worker (web/web-helpers.ts)
// test helpers: nothing here may import Node modules.

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `fn` until it returns something truthy; UI state settles asynchronously, so
 *  tests wait for it instead of sleeping a fixed time. */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 10_000, stepMs = 100): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
    await sleep(stepMs);
  }
}
