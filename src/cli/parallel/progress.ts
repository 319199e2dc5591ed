// "label 120/10000" on stderr while a command works, only when stderr is a terminal:
// piped or redirected output (scripts, CI, tests) never sees it.

/** Redraw at most this often (ms): a terminal write per article would cost more than the work. */
const EVERY_MS = 100;

export class Progress {
  private done_ = 0;
  private last = 0;
  private shown = false;
  private readonly on: boolean;

  constructor(private readonly label: string, private readonly total: number) {
    this.on = process.stderr.isTTY === true && total > 1;
  }

  tick(): void {
    this.done_++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < EVERY_MS && this.done_ < this.total) return;
    this.last = now;
    this.shown = true;
    process.stderr.write(`\r${this.label} ${this.done_}/${this.total}`);
  }

  /** Clears the line so messages printed after it start clean. */
  done(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
