// "Sekretaris Perusahaan Benang Mas, Yohana Setiadi": "Sekretaris Perusahaan" is a listed
// company's corporate secretary, one title; "Perusahaan" is its word, not the head of an
// organisation's name ("Perusahaan Benang Mas" was read as a body of its own, dev d367).
// The company named after the title is read on its own.
import { adjacent, lowIs, wordIs, type Ctx } from './ctx';

/** Token i is "Perusahaan" of the title "Sekretaris Perusahaan" (both capitalised). */
export function corporateSecretaryWord(ctx: Ctx, i: number): boolean {
  return i > 0 && lowIs(ctx, i, 'perusahaan') && wordIs(ctx, i - 1, 'Sekretaris') && adjacent(ctx, i - 1, i);
}
