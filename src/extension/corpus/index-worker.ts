// Entry of the corpus index's worker thread on the desktop (summaries-away.ts), bundled
// as dist/index-worker.js next to dist/extension.js (scripts/build.mjs).
import { serveRequests } from '../../node/worker-pool';
import { summaryTask } from './summary-task';

serveRequests(summaryTask);
