// Runs a CLI command in this process with stdout and stderr captured.

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCaptured(run: () => Promise<number>): Promise<CliRun> {
  let out = '', err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}
