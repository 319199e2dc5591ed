// "seperti dilaporkan Radar Depok", "BOGOR, RADARBOGOR.ID -": the Jawa Pos group's regional
// papers are named "Radar" and their town (Radar Bogor, Radar Tegal, Radar Jember …), the
// Kompas group's "Tribun" and theirs (Tribun Pekanbaru, Tribun Timur …), and the old
// regional dailies "Pos" and theirs (Pos Kupang, Pos Belitung). The KB knows a few; for the
// others the town was read as a place and the paper's word dropped (issue 13's leftover
// "Radar <city> read as a place"; recog37's "SOE, Pos Kupang –", "tribunpekanbaru.com").
// Such a word right before a place the KB knows is the paper, named by the word and the town
// as written; so is a domain "radar<town>.<tld>", "tribun<town>.<tld>".
// "Harian <region>" (Harian Sulbar, Harian Jogja) likewise, the word also meaning "daily";
// "Suara <town>" (Suara Surabaya, suarajogja.id), the word also meaning "voice" or "vote";
// and "Radio <country>" (Radio New Zealand, Radio France), a country's broadcaster, whose
// country was read alone with "Radio" cut off as a body of its own (dev d261, d267).
// "Pos" is also the post office's word ("Pos Malang ditutup", "Kantor Pos Kupang"), so
// "Pos <town>" is the paper only where the text cites an outlet around it (OUTLET_BEFORE,
// OUTLET_AFTER; fixB37); the postal company is the KB's "Pos Indonesia". "Harian" and
// "Suara" too ("suara Jakarta" is the city's vote), and "Radio" ("Radio Indonesia kini jarang
// didengar" is the medium).
import type { KbIndex } from '../../kb/kb-index';
import { DASH_CLASS, isUpper } from '../../text/chars';
import type { LocalMention } from '../mention';
import { adjacent, has, kbMatch, pushMention, wordIs, type Ctx } from './ctx';
import { F_NEVER_ACTOR } from './word-class';
import { OUTLET_TOP_LEVEL } from './domains';

/** The regional papers' first words, as written and in capitals. */
const PAPER_WORDS = ['Radar', 'RADAR', 'Tribun', 'TRIBUN', 'Pos', 'POS', 'Harian', 'HARIAN', 'Suara', 'SUARA', 'Radio', 'RADIO'];
/** `word` is a regional paper's first word ("Harian Kalbar" is named as written, not as the
 *  province: regional-names.ts asks). */
export function isRegionalPaperWord(word: string): boolean {
  return PAPER_WORDS.includes(word);
}
/** Paper words that are also common words: a paper only where the text cites an outlet. */
const CITED_PAPER_WORDS = ['Pos', 'POS', 'Harian', 'HARIAN', 'Suara', 'SUARA', 'Radio', 'RADIO'];
/** The broadcaster's word, whose name may run on past its country ("Radio France Internationale"). */
const RUN_ON_WORDS = ['Radio', 'RADIO'];
/** Words ending a country's foreign service after its country ("Radio Taiwan International"). */
const BROADCASTER_TAILS = ['International', 'Internationale', 'Internacional', 'Internazionale', 'Worldwide', 'INTERNATIONAL', 'INTERNATIONALE'];
/** Words that cite an outlet right before its name ("dikutip dari", "kepada", "harian",
 *  "saat dihubungi Pos Kupang";
 *  "menurut", "mengutip", "laporan": a source cited, "Menurut Radio New Zealand, …"). */
const OUTLET_BEFORE = /(?:^|[^\p{L}])(?:dikutip(?: dari)?|dilansir(?: dari)?|dilaporkan|diberitakan|dihubungi|diwawancarai|melaporkan|memberitakan|kepada|harian|koran|surat kabar|wartawan|redaksi|wawancara dengan|menurut|mengutip|laporan) +$/iu;
/** After the name: the paper reporting or interviewing ("Pos Kupang mewawancarai …", dev
 *  d357), or the dash of a dateline ("SOE, Pos Kupang –"). */
const OUTLET_AFTER = new RegExp(String.raw`^(?: +(?:melaporkan|memberitakan|mengabarkan|menyiarkan|mewawancarai|edisi)(?![\p{L}])| +[${DASH_CLASS}] )`, 'u');
/** How far around the name the cue is looked for (a few words). */
const CUE_REACH = 24;

/** The token after the paper's name when token i is "Radar", "Tribun" or "Pos" (or in
 *  capitals) before a place the KB knows; the mention is pushed. -1 otherwise. */
export function regionalNewspaper(ctx: Ctx, i: number): number {
  // (a space after the word: "Pos-Kupang.com" is a domain, outlet-domain-name.ts)
  if (!isPaperWord(ctx, i) || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || ctx.p.charCodeAt(ctx.te[i]) === 45) return -1;
  const place = kbMatch(ctx, i + 1);
  if (!place || place.entity.type !== 'GPE' || place.start !== ctx.ts[i + 1]) return -1;
  let k = i + 2;
  while (k < ctx.nt && ctx.ts[k] < place.end) k++;
  let end = place.end;
  // "Radio France Internationale", "Radio Canada International": the word after the country is
  // the name's, not a person (only such words: "Radio France Senin" is the day).
  if (k < ctx.nt && ctx.ts[k] === end + 1 && adjacent(ctx, k - 1, k) && isOneOf(ctx, k, BROADCASTER_TAILS) && isOneOf(ctx, i, RUN_ON_WORDS)) end = ctx.te[k++];
  if (isOneOf(ctx, i, CITED_PAPER_WORDS) && !citesOutlet(ctx.p, ctx.ts[i], end)) {
    // "Radio Indonesia kini jarang didengar": the medium, no body; "radio" alone would be
    // read as one (a body's tail word, lexicon ORG_TAILS). The country after is read alone.
    return isOneOf(ctx, i, RUN_ON_WORDS) ? i + 1 : -1;
  }
  pushMention(ctx, ctx.ts[i], end, 'ORG', 'pattern');
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.start === ctx.ts[i]) last.canonical = `${asName(ctx.p.slice(ctx.ts[i], ctx.te[i]))} ${asName(ctx.p.slice(ctx.ts[i + 1], end))}`;
  return k;
}

/** The dailies named by their region and then "Pos" or "Post" (Riau Pos, Sumut Pos, Bali
 *  Post, Lampung Post: the Jawa Pos group's and the old regional papers), as their domains
 *  are (regionalPaperDomainName). The post office names itself with "Pos" first ("Kantor Pos
 *  Riau", "Pos Indonesia"), so a capitalised "Pos" right after a place is the paper's word. */
const PAPER_TAILS = ['Pos', 'POS', 'Post', 'POST'];

/** The token after "<place> Pos" when the place the KB matched at token i (ending at
 *  `placeEnd`) is followed by a paper's tail word; the paper is pushed as an organisation
 *  named as written (dev d330: "Riau Pos -", "ujarnya kepada Riau Pos" were the province and
 *  a body "Pos"). -1 otherwise. */
export function paperAfterPlace(ctx: Ctx, i: number, placeEnd: number): number {
  const { p, ts, te, nt } = ctx;
  let k = i + 1;
  while (k < nt && ts[k] < placeEnd) k++;
  if (k >= nt || ts[k] !== placeEnd + 1 || p.charCodeAt(placeEnd) !== 32 || !isOneOf(ctx, k, PAPER_TAILS)) return -1;
  // ("Riau Pos-Kupang", "Bali Post.com": a domain or a hyphenated word is another reading)
  const after = p.charCodeAt(te[k]);
  if (after === 45 || (after === 46 && isLetterAt(p, te[k] + 1))) return -1;
  // ("di Jambi Pos Lintas Batas …": "Pos" opens the name after the place)
  if (k + 1 < nt && adjacent(ctx, k, k + 1) && ts[k + 1] === te[k] + 1 && isUpper(p.charCodeAt(ts[k + 1])) && !has(ctx, k + 1, F_NEVER_ACTOR)) return -1;
  pushMention(ctx, ts[i], te[k], 'ORG', 'pattern');
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.start === ts[i]) last.canonical = `${asName(p.slice(ts[i], placeEnd))} ${asName(p.slice(ts[k], te[k]))}`;
  return k + 1;
}

function isLetterAt(p: string, at: number): boolean {
  const c = p.charCodeAt(at);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Token i is one of PAPER_WORDS. An indexed loop, not `some` with an arrow: this is asked
 *  for every unknown name, and a closure per call was about a twentieth of what the
 *  paragraph pass allocated (speed38). */
function isPaperWord(ctx: Ctx, i: number): boolean {
  return isOneOf(ctx, i, PAPER_WORDS);
}

function isOneOf(ctx: Ctx, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (wordIs(ctx, i, words[k])) return true;
  return false;
}

/** The text around p[start, end) cites it as an outlet (a dateline opening a line counts:
 *  "SOE, Pos Kupang –"). */
function citesOutlet(p: string, start: number, end: number): boolean {
  return OUTLET_BEFORE.test(p.slice(Math.max(0, start - CUE_REACH), start)) || OUTLET_AFTER.test(p.slice(end, end + CUE_REACH));
}

// Built on first use: domains.ts imports this module, and this one its OUTLET_TOP_LEVEL.
let paperDomain: RegExp | undefined;
let postDomain: RegExp | undefined;

/** The paper's name for a domain "radar<town>.<tld>" or "tribun<town>.<tld>" of a town the
 *  KB knows ("RADARBOGOR.ID" → Radar Bogor, "tribunpekanbaru.com" → Tribun Pekanbaru), or
 *  "<town or region>post" / "<town or region>pos" with or without its top-level domain
 *  ("malutpost.id" → Malut Post, "KALTENGPOS.CO" → Kalteng Pos, "Kaltimpost": the Jawa Pos
 *  group's regional dailies are named by their region and "Post" or "Pos", two words), else
 *  undefined. (Solopos, the one such paper named as one word, is a KB entry: media.json.) */
export function regionalPaperDomainName(domain: string, kb: KbIndex): string | undefined {
  paperDomain ??= new RegExp(`^(radar|tribun|suara)(\\p{L}{3,})\\.(?:${OUTLET_TOP_LEVEL}|co)$`, 'iu');
  postDomain ??= new RegExp(`^(\\p{L}{3,}?)(post?)(?:\\.(?:${OUTLET_TOP_LEVEL}|co))?$`, 'iu');
  let m = paperDomain.exec(domain);
  let paper: string;
  let town: string;
  // "radar<town>", "tribun<town>", "suara<town>": the paper's word first; "<town>post" last.
  const paperFirst = m !== null;
  if (m) {
    paper = asName(m[1].toLowerCase());
    town = asName(m[2].toLowerCase());
  } else {
    m = postDomain.exec(domain);
    if (!m) return undefined;
    paper = asName(m[2].toLowerCase());
    town = asName(m[1].toLowerCase());
  }
  const place = kb.lookup(town);
  if (!place || place.type !== 'GPE') return undefined;
  return paperFirst ? `${paper} ${town}` : `${town} ${paper}`;
}

/** Names the mention last pushed, when it is a regional paper's domain (above). */
export function nameRegionalPaperDomain(out: LocalMention[], start: number, kb: KbIndex): void {
  const last = out[out.length - 1];
  if (!last || last.start !== start || last.entityId !== undefined) return;
  const name = regionalPaperDomainName(last.canonical, kb);
  if (name !== undefined) last.canonical = name;
}

/** A word or words as a name: capitals lowered after each word's first letter. */
function asName(s: string): string {
  return s === s.toUpperCase() || s === s.toLowerCase() ? s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()) : s;
}
