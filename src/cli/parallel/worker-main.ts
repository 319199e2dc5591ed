// Worker entry when the CLI runs from its TypeScript sources (tests under tsx); the
// bundle dist/cli.js starts itself instead (main.ts).
import { serveTasks } from './worker-serve';

serveTasks();
