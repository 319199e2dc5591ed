/** Best of `rounds` runs of `fn`, in milliseconds: the least disturbed run on a shared machine. */
export function bestOf(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}
