// Entry of the Articles view's headline worker thread on the desktop (headlines-away.ts),
// bundled as dist/headline-worker.js next to dist/extension.js (scripts/build.mjs).
import { serveRequests } from '../../node/worker-pool';
import { headlineTask } from './headline-task';

serveRequests(headlineTask);
