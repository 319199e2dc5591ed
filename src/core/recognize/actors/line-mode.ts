// Line modes: headlines in Title Case / ALL CAPS, credit lines, source lines.
import { CREDIT_LABELS } from '../lexicon';
import { anyHas, has, kbMatch, low, lowIs, type Ctx } from './ctx';
import { F_ACRONYM, F_DERIVED_NOUN, F_NEVER_ACTOR, F_ORG_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';
import { isDigit } from '../../text/chars';
import { readsAsPerson } from '../name-model';

export const SOURCE_LABELS = new Set(['sumber', 'foto', 'video', 'grafis', 'infografis', 'kredit']);
export const HEADLINE_FUNCTION_WORDS = new Set(['di', 'ke', 'dari', 'dan', 'atau', 'untuk', 'yang', 'soal', 'pada', 'dengan',
  'usai', 'jelang', 'bagi', 'oleh', 'akan', 'tak', 'tidak', 'ini', 'itu', 'vs', 'jadi', 'hingga', 'demi', 'the', 'of', 'and', 'in',
  'karena', 'setelah', 'saat', 'sebagai', 'agar', 'meski', 'sejak', 'tanpa', 'terhadap',
  // (the other short prepositions Title Case leaves in lower case: "… Berubah dalam Semalam",
  // dev d370, read as body text glued the verb to the organisation before it)
  'dalam', 'atas', 'lewat', 'melalui', 'tentang', 'selama', 'sebelum', 'kepada', 'antara']);

/** A lower-case word (the start of one, not inside a word). Built once here: the bundler
 *  (esbuild, target node20) turns a regex literal with \p{…} outside brackets into a
 *  `new RegExp(…)` call, made anew at each use. */
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu;

// Module constants rather than literals in lineMode: a regex literal is a new RegExp
// object each time it is evaluated, and lineMode runs for every paragraph.
const READ_ALSO = /^\s*(?:Baca [Jj]uga|BACA JUGA|Pilihan Editor|PILIHAN EDITOR|Lihat [Jj]uga|(?:Simak|Tonton) [Jj]uga(?: [Vv]ideo)?|Artikel [Tt]erkait)\s*:/;
const ENDS_WITH_DOT = /\.\s*$/;
const LOWER_CASE_START = /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}/u;

/** Sets ctx.mode (and ctx.valueFrom) for the whole line. */
export function lineMode(ctx: Ctx): void {
  const { p, ts, te, nt } = ctx;
  // "Editor: M Razi Rahman", "Pewarta: X", "Sumber: Sputnik-OANA".
  // "Editor : X" is written with a space before the colon too.
  if (ts[0] <= 2 && (p.charCodeAt(te[0]) === 58 /* : */ || (p.charCodeAt(te[0]) === 32 && p.charCodeAt(te[0] + 1) === 58))) {
    if (CREDIT_LABELS.has(low(ctx, 0))) { ctx.mode = 'credit'; ctx.valueFrom = 1; return; }
    if (SOURCE_LABELS.has(low(ctx, 0))) { ctx.mode = 'source'; ctx.valueFrom = 1; return; }
  }
  // "Oleh Yohana Sinaga": a byline without a colon, a short line of capitalised words only.
  if (ts[0] === 0 && nt >= 3 && nt <= 6 && lowIs(ctx, 0, 'oleh') && !LOWER_CASE_START.test(p)) { ctx.mode = 'credit'; ctx.valueFrom = 1; return; }
  // "Penulis Galih Deronu | Editor Fajar Nugroho": a byline whose labels have no colon,
  // its parts split by bars (a Kompas.com layout). Read before the headline test: it is a
  // short line of capitalised words, which a headline is too.
  if (ts[0] === 0 && nt <= 10 && CREDIT_LABELS.has(low(ctx, 0)) && p.indexOf(' | ') > 0 && !LOWER_CASE_START.test(p)) { ctx.mode = 'credit'; ctx.valueFrom = 1; return; }
  if (contributorByline(ctx)) { ctx.mode = 'credit'; ctx.valueFrom = 1; return; }
  // "Baca juga: …", "Pilihan Editor: …": the rest of the line is another article's headline.
  if (READ_ALSO.test(p)) {
    ctx.mode = 'kbOnly';
    return;
  }
  // A headline has (almost) every word capitalised, or is in capitals. Counting spaces
  // with indexOf keeps this off the per-character path; the count stops as soon as
  // fewer than half the words can be capitalised (most paragraphs, after a few words).
  // A word that starts with a digit ("Kirim 40 Ton Bantuan") has no case: not counted.
  const caps = nt;
  let wordsTotal = 1;
  for (let k = p.indexOf(' '); k !== -1 && wordsTotal <= 2 * caps; k = p.indexOf(' ', k + 1)) if (k > 0 && p.charCodeAt(k - 1) !== 32 && !isDigit(p.charCodeAt(k + 1))) wordsTotal++;
  if (wordsTotal < 4) return;
  if (caps / wordsTotal < 0.5) return;
  let allCaps = 0;
  for (let k = 0; k < caps; k++) if (has(ctx, k, F_ACRONYM)) allCaps++;
  if (allCaps / wordsTotal > 0.7) { ctx.mode = 'kbOnly'; return; }
  // Title Case: the only lower-case words are short function words ("di", "dan").
  if (caps / wordsTotal >= 0.75 && wordsTotal <= 25 && !ENDS_WITH_DOT.test(p)) {
    const lowerWords = p.match(LOWER_CASE_WORD) ?? [];
    if (lowerWords.every((w) => HEADLINE_FUNCTION_WORDS.has(w))) ctx.mode = 'kbOnly';
  }
}


/** Words of a name after a byline's comma. */
const MAX_BYLINE_NAME_WORDS = 4;

/** "Kontributor Sragen, Budi Santoso", "Koresponden Klaten, Rina Wulandari": a line of its own
 *  that opens with a credit label ("Kontributor", "Wartawan") and no colon, a place the KB knows, one comma
 *  and a few capitalised words the name model reads as a person's name is a byline, as it is
 *  after "Penulis:" (not "Wartawan Senior Sragen, Kini Jadi Petani Melon", a headline). */
function contributorByline(ctx: Ctx): boolean {
  const { p, ts, te, nt } = ctx;
  if (ts[0] !== 0 || nt < 3 || nt > 3 + MAX_BYLINE_NAME_WORDS || !CREDIT_LABELS.has(low(ctx, 0))) return false;
  const comma = p.indexOf(', ');
  if (comma < 0 || p.indexOf(',', comma + 1) >= 0 || LOWER_CASE_START.test(p)) return false;
  const end = te[nt - 1];
  if (end < p.trimEnd().length) return false; // the name closes the line
  // the place the KB knows right after the label, closed by the comma ("Editor Senior Tempo,
  // Budi Santoso" is a headline's or a caption's, its words no byline's)
  const place = kbMatch(ctx, 1);
  if (!place || place.entity.type !== 'GPE' || place.end !== comma) return false;
  // (a headline's words after the comma: "Kini", "Jadi", "Raih" open sentences, "Penghargaan" is a
  // derived noun; the name model reads a Title Case run as a name whatever its words)
  let k = nt - 1;
  while (k > 0 && ts[k] > comma) k--;
  if (nt - 1 - k > MAX_BYLINE_NAME_WORDS || anyHas(ctx, k + 1, nt, F_SENTENCE_STARTER | F_NEVER_ACTOR | F_DERIVED_NOUN | F_TITLE_HEAD | F_ORG_HEAD)) return false;
  return readsAsPerson(p, comma + 2, end);
}
