// 'Awak Kapal Ditahan Maladewa: "Kami Ingin Pulang"', 'Budi Santoso Diperiksa KPK: "Saya
// Kooperatif"': in a Title Case headline label a passive di- verb puts its agent after it
// (who held the crew, who questioned Budi); the words after the colon are the label's
// subject's, the one acted upon, telling of it. So the name ending at the colon is no speaker
// when such a verb stands before it in the label: the speaker is the subject, when a person
// or body is named whole before the verb, else nobody ("Awak Kapal", "Nelayan Aceh" name no
// one). A passive of speech ("Disampaikan Jokowi:", "Ditegaskan Menkeu:") names its speaker
// as the agent, and Title Case words opening with Di- are also offices, bodies and names
// ("Direktur", "Dinas", "Dian"), which stand inside a mention or in NOT_PASSIVE.
import { isSpace, isUpper, wordAfter } from '../text/chars';
import { HEADLINE_FUNCTION_WORDS } from './actors/line-mode';
import { firstStartingAt } from './mention';

/** Title Case words opening with Di- that are no passive verb: offices, units, bodies and
 *  everyday nouns of headlines (a name is read as a mention, and is skipped). */
const NOT_PASSIVE = new Set([
  'dia', 'diam', 'diri', 'dirinya', 'dini', 'dingin', 'dimana', 'direktur', 'direktorat', 'direksi', 'dirut', 'dirjen', 'ditjen',
  'dinas', 'divisi', 'distrik', 'diskusi', 'dialog', 'digital', 'diplomat', 'diplomasi', 'diaspora', 'diesel', 'diet', 'dinamika',
  'diklat', 'dinkes', 'disdik', 'dishub', 'diskominfo', 'disnaker', 'disperindag', 'dispenda', 'dispora', 'dirreskrimum',
  'dirreskrimsus', 'dirresnarkoba', 'dirlantas', 'dirpolairud', 'dirbinmas', 'disabilitas', 'diabetes', 'diare', 'distribusi',
  'distributor', 'diskon', 'dividen', 'dirgahayu', 'diploma', 'dimensi', 'dinasti', 'diva',
]);

/** Passives whose agent is the one who speaks ("Disampaikan Jokowi:"): di- + these stems. */
const SPEECH_PASSIVE_RE = /^di(?:sampaikan|katakan|ungkapkan|ungkap|tegaskan|nyatakan|jelaskan|kemukakan|utarakan|tuturkan|sebut|sebutkan|tambahkan|akui|benarkan|bantah|jawab|tanggapi|ingatkan|minta)$/;

/** A Title Case passive di- verb ("Ditahan", "Diperiksa") at [s, e) of `p`. */
function titlePassiveAt(p: string, s: number, e: number): boolean {
  if (e - s < 5 || p.charCodeAt(s) !== 68 || p.charCodeAt(s + 1) !== 105) return false; // "Di"
  const c = p.charCodeAt(s + 2);
  if (c < 97 || c > 122) return false;
  const w = p.slice(s, e).toLowerCase();
  return !NOT_PASSIVE.has(w) && !SPEECH_PASSIVE_RE.test(w);
}

/** For a label ending at the colon at `colon` of `p` (the words since the line start or the
 *  last comma, in Title Case): undefined when no passive verb stands in it outside the
 *  `mentions` (sorted by start), else the mention the words after the colon belong to: a
 *  person or body named whole from the label's start to the verb, or -1 for nobody. */
export function passiveLabelSubject(p: string, colon: number, mentions: readonly Span[]): number | undefined {
  let from = colon;
  while (from > 0) {
    const c = p.charCodeAt(from - 1);
    if (c === 10 || c === 13 || c === 44 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d) break;
    from--;
  }
  while (from < colon && isSpace(p.charCodeAt(from))) from++;
  let verb = -1;
  const first = firstStartingAt(mentions, from);
  let next = first;
  for (let w = wordAfter(p, from, colon); w; w = wordAfter(p, w.end, colon)) {
    while (next < mentions.length && mentions[next].end <= w.start) next++;
    if (next < mentions.length && mentions[next].start <= w.start) continue; // a word of a name
    // (a body sentence, not a label; a headline writes only its function words in lower case)
    if (!isUpper(p.charCodeAt(w.start)) && !HEADLINE_FUNCTION_WORDS.has(p.slice(w.start, w.end))) return undefined;
    if (verb < 0 && titlePassiveAt(p, w.start, w.end)) verb = w.start;
  }
  if (verb < 0) return undefined;
  const m = first < mentions.length ? mentions[first] : undefined;
  if (m !== undefined && m.start === from && (m.type === 'PER' || m.type === 'ORG') && onlySpaces(p, m.end, verb)) return first;
  return -1;
}

/** What passiveLabelSubject reads of a mention. */
interface Span { start: number; end: number; type: string }

function onlySpaces(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(p.charCodeAt(k))) return false;
  return true;
}
