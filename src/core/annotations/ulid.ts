/**
 * ULIDs (https://github.com/ulid/spec): 48-bit millisecond timestamp + 80 random bits,
 * 26 characters of Crockford base32, so ids sort by creation time as plain strings.
 * Randomness comes from globalThis.crypto (Node 20 and browsers) so the core stays free
 * of Node imports. Within one millisecond the random part is incremented instead of
 * redrawn, keeping ids from one generator strictly increasing.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_LEN = 10;
const RANDOM_LEN = 16;
export const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

export type UlidGenerator = (now?: number) => string;

export function createUlidGenerator(random: (bytes: Uint8Array<ArrayBuffer>) => void = defaultRandom): UlidGenerator {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return (now = Date.now()) => {
    if (now <= lastTime) {
      // Same (or a clock that went back) millisecond: bump so the order still holds.
      lastRandom = increment(lastRandom);
    } else {
      lastTime = now;
      lastRandom = randomDigits(random);
    }
    return encodeTime(lastTime) + lastRandom.map((d) => ALPHABET[d]).join('');
  };
}

/** A process-wide generator for callers that do not need their own. */
export const newUlid: UlidGenerator = createUlidGenerator();

export function isUlid(id: string): boolean {
  return ULID_PATTERN.test(id);
}

function encodeTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > 2 ** 48 - 1) throw new RangeError(`ULID time out of range: ${ms}`);
  let out = '';
  let t = ms;
  for (let i = 0; i < TIME_LEN; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function randomDigits(random: (bytes: Uint8Array<ArrayBuffer>) => void): number[] {
  const bytes = new Uint8Array(RANDOM_LEN);
  random(bytes);
  return Array.from(bytes, (b) => b & 31);
}

function increment(digits: number[]): number[] {
  const out = digits.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] < 31) {
      out[i]++;
      return out;
    }
    out[i] = 0;
  }
  throw new RangeError('ULID random part overflowed within one millisecond');
}

function defaultRandom(bytes: Uint8Array<ArrayBuffer>): void {
  globalThis.crypto.getRandomValues(bytes);
}
