// "Pengamat pendidikan Universitas Pakuan Eka Dodera Prawira menilai …", "Dosen astronomi
// Institut Teknologi Sumatera Yanu Handayani Siregar": an academic's role, the university
// and the academic's name with nothing between them. Universities are never cut by
// person-after-body.ts (many are named after people: "Universitas Sam Ratulangi"), so the
// run went on over the academic's name (issue 13's leftover "a university name that runs
// into the following person's name"). Cut only where the sentence shows a person: a role
// word just before the university, and a speech verb right after the run (a comma there
// closes the university's name: "Universitas Sultan Ageng Tirtayasa, Ikhsan Raneku, …").
import { SPEECH_VERB_WORDS, TITLE_HEAD_WORDS, UNIVERSITY_HEADS } from '../lexicon';
import { wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { kbMatch, low, type Ctx } from './ctx';
import { bestPersonTail, personMargin } from './person-after-body';

const UNIVERSITY_HEAD_SET: ReadonlySet<string> = new Set(UNIVERSITY_HEADS);
/** Words looked at before the university: the role, or a lower-case word and the role
 *  ("Pengamat *pendidikan* …"). */
const ROLE_REACH = 2;

/** The token where the academic's name starts inside the university run [i, j), or j. */
export function universityHolder(ctx: Ctx, i: number, j: number): number {
  if (j - i < 4 || !UNIVERSITY_HEAD_SET.has(low(ctx, i)) || !(ctx.titleCue || roleBefore(ctx.p, ctx.ts[i]))) return j;
  // A university the KB knows ends where its name ends ("Universitas Hasanuddin | …"),
  // whatever follows the run: "… dan peneliti pesisir Universitas Tadulako Reya
  // Mokodompit." names the academic in a list, with no verb after (recog37, d159).
  const known = kbMatch(ctx, i);
  if (known && known.entity.type === 'ORG') {
    let s = i + 1;
    while (s < j && ctx.ts[s] < known.end) s++;
    return j - s >= 2 && j - s <= 4 && personMargin(ctx, s, j) > 0 ? s : j;
  }
  if (!speechVerbAfter(ctx, j - 1)) return j;
  // Otherwise the tail of two or three words the name model reads best as a person's;
  // the university keeps its head and at least one word of its name.
  return bestPersonTail(ctx, i, j, (s) => universityKeepsName(ctx, i, s));
}

/** Words of a university's name that say what kind it is, not whose it is ("Universitas
 *  Islam Negeri Sunan Kalijaga": cut after "Negeri", the university would have no name). */
const GENERIC_UNIVERSITY_WORDS = new Set(['islam', 'islamic', 'negeri', 'kristen', 'katolik', 'muhammadiyah', 'nahdlatul', 'ulama',
  'teknologi', 'swasta', 'terbuka', 'internasional', 'nasional', 'pendidikan', 'agama', 'state', 'of', 'sains', 'dan']);
/** Titles of the people universities are named after ("Universitas Sultan Ageng Tirtayasa",
 *  "UIN Syarif Hidayatullah"): the name after them belongs to the university. */
const NAMESAKE_TITLES = new Set(['sunan', 'sultan', 'syarif', 'syekh', 'raden', 'kh', 'haji', 'teuku', 'cut', 'pangeran', 'ratu']);

/** The university [i, s) keeps a word of its own name before a cut at s, and the cut is
 *  not right after a namesake's title. */
function universityKeepsName(ctx: Ctx, i: number, s: number): boolean {
  if (NAMESAKE_TITLES.has(low(ctx, s - 1))) return false;
  for (let k = i + 1; k < s; k++) if (!GENERIC_UNIVERSITY_WORDS.has(low(ctx, k)) && !NAMESAKE_TITLES.has(low(ctx, k))) return true;
  return false;
}

/** A role word (a title head: "pengamat", "dosen", "peneliti", "rektor") at most two words
 *  before `start`, in any case. */
function roleBefore(p: string, start: number): boolean {
  let pos = start;
  for (let k = 0; k < ROLE_REACH; k++) {
    const w = wordBefore(p, pos);
    if (w === null || w.end !== pos - 1 || p.charCodeAt(w.end) !== 32) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return true;
    // only lower-case words may stand between the role and the university
    const c = p.charCodeAt(w.start);
    if (c < 97 || c > 122) return false;
    pos = w.start;
  }
  return false;
}

/** Verbs of an academic's view that are no speech verbs ("… Teguh Santoso Wibisono melihat …");
 *  (not reported/view-as.ts's VIEW_VERBS, the verbs of "melihat X sebagai Y"). */
const OPINION_VERB_WORDS = new LowerWordSet(['melihat', 'memandang', 'berpendapat', 'menganggap']);

/** Token k is followed by one space and a speech verb ("… Eka Suryana Prawira menilai"). */
function speechVerbAfter(ctx: Ctx, k: number): boolean {
  const { p, te } = ctx;
  const next = wordAfter(p, te[k]);
  return next !== null && next.start === te[k] + 1 && (SPEECH_VERB_WORDS.hasAt(p, next.start, next.end) || OPINION_VERB_WORDS.hasAt(p, next.start, next.end));
}
