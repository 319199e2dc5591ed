// A worker script for worker-pool.test.ts: each request's number doubled, or an error
// for a negative one (the pool's own messaging, without a recognizer to start).
import { serveRequests } from '../../../src/node/worker-pool';

serveRequests(async () => (n: number) => {
  if (n < 0) throw new Error(`no double of ${n}`);
  return 2 * n;
});
