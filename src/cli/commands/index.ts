// The CLI's subcommands. Add one line per command.
export interface CliCommand {
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Record<string, CliCommand> = {
  // @cli-commands
};
