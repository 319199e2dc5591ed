// Entry of the corpus index's worker thread on the desktop (recognition-away.ts), bundled
// as dist/recognition-worker.js next to dist/extension.js (scripts/build.mjs).
import { serveRequests } from '../../node/worker-pool';
import { lowerThisThreadsPriority } from '../../node/thread-priority';
import { recognitionTasksOnDisk } from './recognition-file';

// Below the extension host's thread: the pool has a worker a core where it can do this
// (recognition-away.ts), and a worker then takes only what the host leaves idle.
lowerThisThreadsPriority();
serveRequests(recognitionTasksOnDisk);
