// The longest the event loop was blocked while a bench ran: the longest gap between the
// callbacks of a 1 ms timer.

export interface LoopProbe {
  /** The longest gap since the start or the last reset, in milliseconds. */
  longest(): number;
  reset(): void;
  stop(): void;
}

export function probeLoop(): LoopProbe {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  return {
    longest: () => longest,
    reset: () => {
      longest = 0;
      last = performance.now();
    },
    stop: () => clearInterval(timer),
  };
}
