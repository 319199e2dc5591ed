// The CLI's subcommands. Add one line per command.
import { validateCommand } from './validate';
import { analyzeCommand } from './analyze';
import { exportCommand } from './export';
import { importCommand } from './import';
import { agreementCommand } from './agreement';
import { statsCommand } from './stats';
import type { CliCommand } from './usage';

export const COMMANDS: Record<string, CliCommand> = {
  // @cli-commands
  validate: validateCommand,
  analyze: analyzeCommand,
  export: exportCommand,
  import: importCommand,
  agreement: agreementCommand,
  stats: statsCommand,
};
