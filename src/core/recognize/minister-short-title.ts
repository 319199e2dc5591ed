// "Menhut juga meminta …": a minister's short title alone as a subject points back like "ia",
// but only to a person the article introduced with the same office ("Menteri Kehutanan Raja
// Juli Antoni"): after "Gubernur … Dedi Mulyadi mengatakan …", "Menkeu juga meminta …" is
// another person, whom the article does not name, and the statement has no speaker.
import { MINISTER_SHORT_TITLE_WORDS } from './lexicon';
import type { PeopleByName } from './people-by-name';

/** The first word of the portfolio each short title stands for (after "Menteri"). */
const PORTFOLIO_OF: Record<string, string[]> = {
  menlu: ['luar'], menhan: ['pertahanan'], mendagri: ['dalam'], menkeu: ['keuangan'], mentan: ['pertanian'],
  menkes: ['kesehatan'], menag: ['agama'], menhub: ['perhubungan'], menperin: ['perindustrian'], mendag: ['perdagangan'],
  menaker: ['ketenagakerjaan', 'tenaga'], menpora: ['pemuda'], menpar: ['pariwisata'], menparekraf: ['pariwisata'],
  menekraf: ['ekonomi'], menkomdigi: ['komunikasi'], menkominfo: ['komunikasi'], mensesneg: ['sekretaris'],
  menkop: ['koperasi'], menkopukm: ['koperasi'], menpan: ['pendayagunaan'], menpanrb: ['pendayagunaan'],
  menkum: ['hukum'], menkumham: ['hukum'], menham: ['hak'], menimipas: ['imigrasi'], menpupr: ['pekerjaan'], menpu: ['pekerjaan'],
  menpkp: ['perumahan'], mendesa: ['desa'], mentrans: ['transmigrasi'], menhut: ['kehutanan'], menlhk: ['lingkungan'],
  menlh: ['lingkungan'], mendikdasmen: ['pendidikan'], mendikti: ['pendidikan'], mendiktisaintek: ['pendidikan'],
  mendikbud: ['pendidikan'], mendikbudristek: ['pendidikan'], menbud: ['kebudayaan'], menristek: ['riset'], mensos: ['sosial'],
  menbumn: ['bumn', 'badan'], menesdm: ['energi', 'esdm'], menatr: ['agraria', 'atr'], menpppa: ['pemberdayaan'],
};
/** How far before the person's mention their title may start. */
const TITLE_REACH = 80;

/** How far back from a statement its subject may stand ("Menhut juga meminta agar …"). */
const SUBJECT_REACH = 60;
const WORD = /\p{Lu}\p{Ll}+/gu;

/** The last capitalised minister's short title in the sentence before `start`, lower case. */
export function ministerShortTitleBefore(text: string, start: number): string | undefined {
  // Only the reach is searched: an unbounded lastIndexOf scans a whole one-paragraph text
  // for every statement in it.
  const floor = Math.max(0, start - SUBJECT_REACH);
  if (!shortTitleMayStart(text, floor, start)) return undefined;
  let from = floor;
  for (const stop of ['\n', '. ']) {
    const k = text.slice(floor, start + stop.length).lastIndexOf(stop);
    if (k >= 0) from = Math.max(from, floor + k + stop.length);
  }
  let found: string | undefined;
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < start; m = WORD.exec(text)) {
    if (MINISTER_SHORT_TITLE_WORDS.hasAt(text, m.index, m.index + m[0].length)) found = m[0].toLowerCase();
  }
  return found;
}

/** Every short title is capitalised "Men…" or "Wamen…": a reach with neither (nearly every
 *  statement's, and an article of a long text has tens of thousands) holds none, told
 *  without the slices and the Unicode word regex above. */
function shortTitleMayStart(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c === 77 && text.startsWith('en', k + 1)) || (c === 87 && text.startsWith('amen', k + 1))) return true;
  }
  return false;
}

/** The person at `start` was introduced, right before the name, with the office `cue`
 *  abbreviates: the short title itself or "Menteri <portfolio>" on the same line. */
export function holdsMinistry(text: string, start: number, cue: string): boolean {
  const portfolios = PORTFOLIO_OF[cue];
  if (portfolios === undefined) return false;
  const floor = Math.max(0, start - TITLE_REACH);
  const near = text.slice(floor, start);
  const before = near.slice(near.lastIndexOf('\n') + 1).toLowerCase();
  if (new RegExp(`\\b${cue}\\b`).test(before)) return true;
  return portfolios.some((p) => before.includes(`menteri ${p}`));
}

/** Whether a person of the article was introduced with the office a short title stands for
 *  (holdsMinistry at any of their mentions), answered once per person and short title: the
 *  link pass asks it for every anaphoric statement under a short title, and a long text
 *  asks about the same few people thousands of times. */
export class MinistryHolders {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly text: string, private readonly people: PeopleByName) {}

  holds(canonical: string, cue: string): boolean {
    const key = `${cue} ${canonical}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.people.of(canonical).some((m) => holdsMinistry(this.text, m.start, cue));
      this.answers.set(key, answer);
    }
    return answer;
  }
}
