// `npm run bench`: runs every bench/*.bench.ts module in name order, one after another
// in this process. A module exports `run(): Promise<void> | void` and prints its own
// figures, always as ratios against a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
  if (files.length === 0) throw new Error(only ? `no bench/*.bench.ts matches "${only}"` : 'no bench/*.bench.ts modules');
  let failed = 0;
  for (const f of files) {
    process.stdout.write(`\n=== ${f} ===\n`);
    try {
      const mod = (await import(pathToFileURL(join(__dirname, f)).href)) as { run?: () => unknown; default?: { run?: () => unknown } };
      const run = mod.run ?? mod.default?.run;
      if (typeof run !== 'function') throw new Error('does not export run()');
      await run();
    } catch (e) {
      failed++;
      process.stderr.write(`${f} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    }
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
