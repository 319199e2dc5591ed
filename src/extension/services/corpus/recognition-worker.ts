// Entry of the corpus index's worker thread on the desktop (recognition-away.ts), bundled
// as dist/recognition-worker.js next to dist/extension.js (scripts/build.mjs).
import { serveRequests } from '../../../node/worker-pool';
import { recognitionTasksOnDisk } from './recognition-file';

serveRequests(recognitionTasksOnDisk);
