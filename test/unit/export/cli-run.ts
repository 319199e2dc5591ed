// Runs a CLI command in this process with stdout and stderr captured.
//
// The writes put back are the process's own, taken when this module loads, never the
// ones found at the start of a run: a run that outlives its test (a mocha timeout under
// load) would otherwise hand its capture to the next run as "the original", and every
// later line of the reporter, failures included, was swallowed (a full `npx mocha` under
// load ended with exit code 2, 3 or 7 and no failure printed). The root hook in
// mocha-hooks.ts also puts them back after every test.

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

const PROCESS_WRITES = { out: process.stdout.write, err: process.stderr.write };

/** Puts the process's own stdout and stderr writes back. */
export function restoreOutput(): void {
  process.stdout.write = PROCESS_WRITES.out;
  process.stderr.write = PROCESS_WRITES.err;
}

export async function runCaptured(run: () => Promise<number>): Promise<CliRun> {
  let out = '', err = '';
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), out, err };
  } finally {
    restoreOutput();
  }
}
