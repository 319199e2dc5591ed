// The number format of the persistent index (packed summaries, the names file): a
// non-negative integer as variable-length 7-bit digits, one character each, low digits
// first, the last below 0x80. Written into strings that are one-byte (every code below
// 0x100), so the cache files' base64 carries them unchanged.

/** Appends numbers (and, for subclasses, other character codes) to one string. */
export class VarintWriter {
  private readonly codes: number[] = [];
  private readonly chunks: string[] = [];
  /** Characters written so far. */
  length = 0;

  /** Writes `u`, a whole number from 0 to 2 ** 32 - 1 (callers check their own range). */
  protected uint(u: number): void {
    while (u >= 0x80) {
      this.push((u & 0x7f) | 0x80);
      u >>>= 7;
    }
    this.push(u);
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  protected push(code: number): void {
    this.codes.push(code);
    this.length++;
    if (this.codes.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.codes.length === 0) return;
    this.chunks.push(String.fromCharCode(...this.codes));
    this.codes.length = 0;
  }
}

/** Reads numbers of data already checked (CheckedVarintReader, CheckedVarintBytes) from
 *  `pos` on; each number is read as written minus `offset` (the packed summaries store -1
 *  as 0). No bounds checks: these run once per number of every summary read. */
export interface VarintReader {
  pos: number;
  int(): number;
  /** Steps over `count` numbers. */
  skip(count: number): this;
}

/** A VarintReader of data kept as a string. */
export class VarintTextReader implements VarintReader {
  constructor(private readonly data: string, public pos: number, private readonly offset = 0) {}

  int(): number {
    let u = 0;
    let shift = 0;
    let c = this.data.charCodeAt(this.pos++);
    while (c >= 0x80) {
      u += (c & 0x7f) * 2 ** shift;
      shift += 7;
      c = this.data.charCodeAt(this.pos++);
    }
    return u + c * 2 ** shift - this.offset;
  }

  skip(count: number): this {
    for (let k = 0; k < count; k++) while (this.data.charCodeAt(this.pos++) >= 0x80);
    return this;
  }
}

/** A VarintReader of one-byte data kept in `bytes` from `start` (`pos` counts from there). */
export class VarintBytesReader implements VarintReader {
  constructor(private readonly bytes: Uint8Array, private readonly start: number, public pos: number, private readonly offset = 0) {}

  int(): number {
    const bytes = this.bytes;
    let at = this.start + this.pos;
    let u = 0;
    let shift = 0;
    let c = bytes[at++] as number;
    while (c >= 0x80) {
      u += (c & 0x7f) * 2 ** shift;
      shift += 7;
      c = bytes[at++] as number;
    }
    this.pos = at - this.start;
    return u + c * 2 ** shift - this.offset;
  }

  skip(count: number): this {
    const bytes = this.bytes;
    let at = this.start + this.pos;
    for (let k = 0; k < count; k++) while ((bytes[at++] as number) >= 0x80);
    this.pos = at - this.start;
    return this;
  }
}

/** What layout checks read numbers with: CheckedVarintReader over a string, or
 *  CheckedVarintBytes over a cache file's bytes. */
export interface CheckedVarints {
  /** Where the next number starts. */
  readonly pos: number;
  within(min: number, max?: number): number;
}

/** Reads numbers from data not yet trusted: a number cut short, too long or out of range
 *  throws, its message starting with `what` ("summary", "names"). Each number is read as
 *  written minus `offset` (the packed summaries store -1 as 0). */
export class CheckedVarintReader implements CheckedVarints {
  pos = 0;
  constructor(private readonly data: string, private readonly what: string, private readonly offset = 0) {}

  get done(): boolean {
    return this.pos === this.data.length;
  }

  within(min: number, max = 2 ** 31): number {
    const data = this.data;
    let c = this.pos < data.length ? data.charCodeAt(this.pos++) : 0x100;
    let u = c & 0x7f;
    // Most numbers are one character; a longer one is at most five (2 ** 31 > 7 * 4 bits).
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      if (c > 0xff || scale > 0x10000000) break;
      c = this.pos < data.length ? data.charCodeAt(this.pos++) : 0x100;
      u += (c & 0x7f) * scale;
    }
    return checked(u - this.offset, c, this.pos >= data.length, this.what, min, max);
  }
}

/** CheckedVarintReader over bytes `start` to `end` of `bytes` (`pos` counts from `start`):
 *  a summary's data checked where the cache file holds it, before any string is made of
 *  it (packed-summary.ts). */
export class CheckedVarintBytes implements CheckedVarints {
  private at: number;
  constructor(private readonly bytes: Uint8Array, private readonly start: number, private readonly end: number, private readonly what: string, private readonly offset = 0) {
    this.at = start;
  }

  get pos(): number {
    return this.at - this.start;
  }

  within(min: number, max = 2 ** 31): number {
    const bytes = this.bytes;
    const end = this.end;
    let c = this.at < end ? (bytes[this.at++] as number) : 0x100;
    let u = c & 0x7f;
    for (let scale = 0x80; c >= 0x80; scale *= 0x80) {
      if (c > 0xff || scale > 0x10000000) break;
      c = this.at < end ? (bytes[this.at++] as number) : 0x100;
      u += (c & 0x7f) * scale;
    }
    return checked(u - this.offset, c, this.at >= end, this.what, min, max);
  }
}

/** The number `v` whose last digit read was `c` (0x100: none left), or why not. */
function checked(v: number, c: number, atEnd: boolean, what: string, min: number, max: number): number {
  if (c > 0xff) throw new Error(atEnd ? `${what} data cut short` : `${what} data malformed`);
  if (c >= 0x80) throw new Error(`${what} number too long`);
  if (v < min || v > max) throw new Error(`${what} number ${v} out of range`);
  return v;
}
