// The tasks a worker thread can run, by name; each is the per-item step of a command,
// the same function the command runs in-process under --jobs 1.
import { analyzeTask } from '../commands/analyze';
import { exportTask } from '../commands/export';
import { statsTask } from '../commands/stats';
import { validateTask } from '../commands/validate';
import type { TaskName } from './protocol';

type AnyTask = (init: never) => Promise<(input: never) => Promise<unknown>>;

export const TASKS: Record<TaskName, AnyTask> = {
  analyze: analyzeTask,
  export: exportTask,
  stats: statsTask,
  validate: validateTask,
};
