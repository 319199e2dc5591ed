// Codes an article declares for something that is no actor: a brand ("bermerek Renyah
// Riang": a product, no actor), a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", "saham ANTM": a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.
// A ticker after "saham" and initials before an age are guessed from the form alone, and
// bodies' acronyms take both forms ("saham PSKT Barat": a club's name goes on; "KSB (12)":
// a club's points in a table). Those two are declared only where the text around them
// reads so (no capitalised word after the ticker; a person's word before the initials)
// and where the article never writes the code as a body's ("Manajer PSKT", "Ketua KSB":
// BODY_WORD_BEFORE), since a declared code is dropped at every mention (fixB37).
import { isDigit, isWordChar } from '../text/chars';

// Sticky: tried only where the cue scan found the cue word, never scanned over the whole
// text (a long text, the analyze bench's 20 MB, has thousands of cues).
const INITIALS_AFTER = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER_AFTER = /\.?\s+\(([A-Z]{4})\)/y;
/** "saham ANTM", "kode saham BBRI": the Indonesian exchange's tickers are four capitals. */
const TICKER_AFTER_SHARE = /\s+(?:berkode\s+|dengan\s+kode\s+)?([A-Z]{4})(?![\p{L}\p{N}])(?! \p{Lu})/uy;
/** A word right before a code that makes it a body's: its officer, or the body's kind. */
const BODY_WORD_BEFORE = /(?:^|[^\p{L}])(?:Ketua|Manajer|Direktur|Kepala|Sekretaris|Bendahara|Pelatih|Presiden|Direksi|Manajemen|pengurus|manajemen|pelatih|direksi|klub|Klub|tim|Tim|partai|Partai|kubu|Kubu) +$/u;
/** Words that make the initials before an age a person's ("korban, FH (23)", "pelaku DS (31)"). */
const PERSON_WORD_BEFORE = /(?:^|[^\p{L}])(?:tersangka|terdakwa|terpidana|terlapor|pelapor|korban|pelaku|saksi|nakhoda|sopir|pengemudi|pengendara|penumpang|warga|pria|wanita|perempuan|remaja|bocah|pemuda|ibu|ayah|anak|istri|suami|kakek|nenek|oknum|napi|narapidana|buronan|ABK|berinisial|inisial)\b[^.\n]*$/iu;
/** A lower-case role right before the initials, a comma between or not: someone's relation
 *  ("bendaharanya, RN (44)", "istrinya AS (30)") or work ("pedagang SR (45)"); not any
 *  lower-case word: "disusul PKR (9)" is a table's. */
const ROLE_BEFORE = /(?:^|[^\p{L}])(?:\p{Ll}+nya|rekan|teman|kekasih|pacar|bendahara|sekretaris|karyawan|pegawai|pekerja|pedagang|petani|nelayan|buruh|guru|siswa|mahasiswa),? $/u;
/** How far back a person's word is looked for. */
const PERSON_REACH = 60;
/** A brand after "merek" / "bermerek": up to three capitalised words ("Renyah Riang"), on
 *  the same line ("… tanpa merek" ending a paragraph declares no brand). */
const BRAND_AFTER = /[ \u00a0]+(\p{Lu}[\p{L}\p{N}'-]*(?: \p{Lu}[\p{L}\p{N}'-]*){0,2})/uy;
/** The cue words in one pass over the text: an indexOf loop per word reads a 20 MB text
 *  once each, and "inisial" alone cost twice this scan (its first letter is everywhere in
 *  Indonesian). No cue is a suffix of another's start, so no match hides another. */
const CUES = /inisial|Tbk|merek|[sS]aham|[kK]ode/g;
/** "dengan kode KNLS", "berkode BKNI", "kode \"TNU\"": a code the article declares, of two to
 *  six capitals (a ticker, a ledger's or a product's code), quoted or not, after "kode" as a
 *  word or "berkode" (not "kodeks", nor "kode etik"). */
const CODE_AFTER = /\s+["\u201c']?([A-Z][A-Z0-9]{1,5})(?![\p{L}\p{N}])(?! \p{Lu})/uy;
const KODE_WORD_BEFORE = /(?:^|[^\p{L}])(?:ber)?$/u;

/** The codes declared in `text`, or undefined when there are none. */
export function declaredCodes(text: string): Set<string> | undefined {
  let codes: Set<string> | undefined;
  const asBody = new Map<string, boolean>();
  CUES.lastIndex = 0;
  while (CUES.test(text)) {
    const after = CUES.lastIndex;
    const last = text.charCodeAt(after - 1);
    if (last === 107 && text.charCodeAt(after - 2) === 101 /* ek: merek */) {
      BRAND_AFTER.lastIndex = after;
      const m = BRAND_AFTER.exec(text);
      if (m) (codes ??= new Set()).add(m[1]);
    } else if (last === 109 /* m: saham */) {
      TICKER_AFTER_SHARE.lastIndex = after;
      const m = TICKER_AFTER_SHARE.exec(text);
      if (m && !writtenAsBody(text, m[1], asBody)) (codes ??= new Set()).add(m[1]);
    } else if (last === 101 /* e: kode */) {
      CODE_AFTER.lastIndex = after;
      const m = KODE_WORD_BEFORE.test(text.slice(Math.max(0, after - 7), after - 4)) ? CODE_AFTER.exec(text) : null;
      if (m && !writtenAsBody(text, m[1], asBody)) (codes ??= new Set()).add(m[1]);
    } else if (last === 107 /* k: Tbk */) {
      TICKER_AFTER.lastIndex = after;
      const m = TICKER_AFTER.exec(text);
      if (m) (codes ??= new Set()).add(m[1]);
    } else {
      INITIALS_AFTER.lastIndex = after;
      const m = INITIALS_AFTER.exec(text);
      if (m) for (const code of m[1].split(INITIALS_SEPARATOR)) (codes ??= new Set()).add(code);
    }
  }
  return initialsWithAge(text, codes, asBody);
}

/** "nakhoda AS (41), serta dua ABK, RZ (29) dan TKH (35)": Indonesian crime and court news
 *  gives a suspect's or a victim's initials with the age in brackets right after, often
 *  without "berinisial" (issue 13's leftover "TKH (35)" read as an organisation). Two to
 *  four capitals standing alone before " (NN)" after a person's word in the sentence are a
 *  person's initials, no actor, here and wherever they stand again (points and seats in
 *  brackets have no such word: "klasemen sementara, KSB (12)"). Found with an indexOf loop
 *  on " (", rarer than any letter. */
function initialsWithAge(text: string, codes: Set<string> | undefined, asBody: Map<string, boolean>): Set<string> | undefined {
  for (let k = text.indexOf(' ('); k !== -1; k = text.indexOf(' (', k + 2)) {
    if (!isDigit(text.charCodeAt(k + 2))) continue;
    const close = isDigit(text.charCodeAt(k + 3)) ? k + 4 : k + 3;
    if (text.charCodeAt(close) !== 41 /* ) */) continue;
    let s = k;
    while (s > 0 && s > k - 5 && isCapital(text.charCodeAt(s - 1))) s--;
    const n = k - s;
    if (n < 2 || n > 4 || (s > 0 && isWordChar(text.charCodeAt(s - 1)))) continue;
    const before = text.slice(Math.max(0, s - PERSON_REACH), s);
    if (!PERSON_WORD_BEFORE.test(before) && !ROLE_BEFORE.test(before)) continue;
    const code = text.slice(s, k);
    if (!writtenAsBody(text, code, asBody)) (codes ??= new Set()).add(code);
  }
  return codes;
}

/** Some mention of `code` in `text`, standing alone, follows a body's word (BODY_WORD_BEFORE).
 *  Each code is looked for once per text (`known` keeps the answers): a long text of crime
 *  news repeats its suspects' initials hundreds of times, and a scan of the whole text at
 *  each of them grew with the square of the text (speed48b: 730 ms, now 113 ms, on a 4 MB
 *  text with some 2,500 initials before an age). */
function writtenAsBody(text: string, code: string, known: Map<string, boolean>): boolean {
  let found = known.get(code);
  if (found === undefined) { found = findWrittenAsBody(text, code); known.set(code, found); }
  return found;
}

function findWrittenAsBody(text: string, code: string): boolean {
  for (let at = text.indexOf(code); at !== -1; at = text.indexOf(code, at + code.length)) {
    if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(at + code.length))) continue;
    if (BODY_WORD_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  }
  return false;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}
