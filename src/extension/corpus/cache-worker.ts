// Entry of the worker thread that reads and decodes the corpus index cache's files on
// the desktop (cache-away.ts), bundled as dist/cache-worker.js next to dist/extension.js
// (scripts/build.mjs).
import { serveRequests } from '../../node/worker-pool';
import { decodeCacheFile } from './cache-away';

serveRequests(decodeCacheFile);
