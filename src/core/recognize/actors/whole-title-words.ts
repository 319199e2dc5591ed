// Title words that are also common words of Indonesian names ("Arya Perdana", "Agung Wibowo",
// "Ratu Lestari") act as a title's word only inside their whole title: "Perdana" before
// "Menteri" ("Wakil Perdana Menteri"), "Agung" after the offices it raises ("Jaksa Agung",
// "Hakim Agung", "Imam Agung"). Elsewhere, after another title ("Kepala Desa Agung
// Wibowo"), the word opens the holder's name, and the title rule (rules/title.ts) must end
// before it (the name was cut to "Wibowo").
// After one given name the word is the name's next word (title-word-surname.ts).
import { low, lowIs, type Ctx } from './ctx';

/** The word that must follow each such word for it to be a title's ("perdana menteri"). */
const TITLE_ONLY_BEFORE = new Map<string, readonly string[]>([['perdana', ['menteri', 'mentri']]]);
/** The words after which each such word is a title's ("jaksa agung"). */
const TITLE_ONLY_AFTER = new Map<string, readonly string[]>([['agung', ['jaksa', 'hakim', 'imam', 'mufti', 'pendeta']]]);

/** Token j, inside a title that began before it, is a word of that title; false for a word of
 *  the lists above outside its whole title. */
export function wholeTitleWordAt(ctx: Ctx, j: number): boolean {
  const w = low(ctx, j);
  const before = TITLE_ONLY_BEFORE.get(w);
  if (before !== undefined) return j + 1 < ctx.nt && before.some((b) => lowIs(ctx, j + 1, b));
  const after = TITLE_ONLY_AFTER.get(w);
  if (after !== undefined) return j > 0 && after.some((a) => lowIs(ctx, j - 1, a));
  return true;
}
