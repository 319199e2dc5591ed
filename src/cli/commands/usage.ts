// How every subcommand treats --help and bad arguments, so they behave alike: --help
// prints the usage on stdout (exit 0); an argument error prints the reason and the usage
// on stderr (exit 2).

export interface CliCommand {
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

/** The parsed arguments, or the exit code when --help or an error was handled. */
export function parseCommandLine<P>(command: string, usage: string, args: string[], parse: (args: string[]) => P | string): P | number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  const parsed = parse(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`sorot ${command}: ${parsed}\n\n${usage}`);
    return 2;
  }
  return parsed;
}
