// `sorot` command-line tool: the same core as the extension, for batch work.
// Subcommands live in src/cli/commands/<name>.ts and are listed in COMMANDS.
import { COMMANDS } from './commands';
import { isCliWorker, serveTasks } from './parallel/worker-serve';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`sorot: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return cmd.run(rest);
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  sorot ${n.padEnd(10)} ${c.summary}`);
  return `usage: sorot <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "sorot <command> --help" for a command's options.\n`;
}

// --jobs: the bundle is also the worker threads' script (parallel/pool.ts).
if (isCliWorker()) serveTasks();
else start();

function start(): void {
  // `sorot stats … | head`: a reader that closes the pipe early ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });

  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`sorot: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
