// The words that make a sentence report speech without quotation marks, and the words
// that tell a content clause from a noun object. See ANNOTATION-SPEC "Reported speech".
import { WEEKDAYS } from '../../text/calendar-words';
import { OBJECT_TAIL_PREPOSITIONS, VERB_ADJUNCT_WORDS } from '../adjunct-words';
import { wordAfter } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { POST_CUES } from '../lexicon';
import { VIEW_VERBS } from './view-as';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Reporting verbs whose content clause may follow directly ("X menilai kebijakan itu
 *  keliru") as well as after "bahwa". Opinion and stance verbs count when voiced;
 *  "membenarkan" confirms a clause ("membenarkan pihaknya sudah menerima …"), its noun
 *  object fails the clause test; "menunjukkan" reports only a person's words (find.ts). */
export const CLAUSE_VERBS = words(`
  mengatakan menyatakan menegaskan menyebut menyebutkan menjelaskan mengungkapkan menilai
  memperingatkan mengklaim menuding menuduh menambahkan mengakui mengaku berpendapat berharap
  memandang meyakini merasa mengingatkan menekankan memastikan menduga memperkirakan
  memprediksi menganggap menandaskan menuturkan menerangkan memaparkan mengemukakan berkata
  menulis mencuit mengungkap mengutarakan menggarisbawahi berjanji bersikeras berujar
  bertutur berucap mengeluhkan menyimpulkan mengisyaratkan berdalih membantah menyangkal
  menceritakan mengonfirmasi mempertanyakan membenarkan menunjukkan menyayangkan menyesalkan
  mengenang menyampaikan melaporkan bercerita khawatir menjawab mengumumkan
`);

/** Clause verbs whose content, when it opens with a verb and no subject ("mengumumkan akan
 *  memangkas belanja pemain", "berjanji memeriksa …"), states the speaker's own act to come:
 *  a plan, no statement (spec: actions and plans). */
export const OWN_ACT_VERB_WORDS = new LowerWordSet(['mengumumkan']);

/** Clause verbs that name a feeling: speech only when the paragraph reports speech (find.ts). */
export const FEELING_VERB_WORDS = new LowerWordSet(['khawatir']);

/** Requests: the content follows "agar" / "supaya" / "untuk" or directly ("X mendesak
 *  pemerintah segera …"); those words stay outside the span. */
export const REQUEST_VERBS = words(`
  meminta mendesak mengimbau menyerukan mengajak menuntut mengusulkan menyarankan memohon
  mendorong
`);

/** Verbs that report speech only with an explicit "bahwa" / "agar" ("X menampik bahwa
 *  …"); with a bare object they are acts ("X menyampaikan pidato", "menampik tuduhan
 *  itu"). */
export const BAHWA_VERBS = words(`
  menampik menepis mencatat
  menyoroti mengungkit
`);

/** Passives that report words said, read before the one who said them ("demikian
 *  disampaikan X"): the cue for a quote's speaker after it (attribution.ts). */
export const SPEAKER_PASSIVES = words(`
  disampaikan dikatakan diungkapkan ditegaskan dijelaskan dinyatakan disebutkan
`);

/** Every passive that says whose report a sentence carries: the speaker passives and those
 *  that name a source ("dicatat oleh BPS", "dilaporkan oleh …", "dikutip dari …"). The
 *  annotation pickers read them as attribution (annotations/narration.ts, default-actor.ts). */
export const REPORTING_PASSIVES = [...SPEAKER_PASSIVES, ...words(`
  dicatat dilaporkan diumumkan dikutip diberitakan dirilis diklaim
`)];

/** Predicates that voice the subject's own belief, hope or promise about a clause ("X
 *  yakin banjir tidak terulang", "X optimistis ekonomi tumbuh", "X menjamin stok cukup"):
 *  the recognizer reports no speech for them, yet the clause is the subject's, not the
 *  writer's narration (annotations/narration.ts). "khawatir" and "memastikan" are clause
 *  verbs (CLAUSE_VERBS), read there. */
export const ATTITUDE_PREDICATE_WORDS = new LowerWordSet(words(`
  yakin optimistis optimis pesimistis pesimis menjamin
`));

export const CLAUSE_VERB_WORDS = new LowerWordSet(CLAUSE_VERBS);

/** Clause verbs that rarely take a noun object: their content needs no predicate test. */
export const STRONG_CLAUSE_VERB_WORDS = new LowerWordSet(words(`
  mengatakan menegaskan menilai berpendapat berharap mengklaim menambahkan memperingatkan meyakini
  menduga memperkirakan memprediksi menganggap memandang merasa menuding menuduh berkata mengaku
  bersikeras menandaskan berujar berdalih
`));
/** Verbs of judgement: their object and its complement form the content ("menilai sikap
 *  Jakarta konsisten …", "menganggap hal itu wajar"). */
export const JUDGEMENT_VERB_WORDS = new LowerWordSet(words(`menilai memandang menganggap`));
export const REQUEST_VERB_WORDS = new LowerWordSet(REQUEST_VERBS);
/** Objects of a request verb that make it no request with content: "meminta maaf kepada
 *  …" apologises, "memohon ampun" begs pardon (spec: a request reports what is asked for). */
export const APOLOGY_WORDS = new LowerWordSet(['maaf', 'ampun']);
export const BAHWA_VERB_WORDS = new LowerWordSet(BAHWA_VERBS);

/** Quote cues that are mostly something else after a comma in plain narration ("tanya"
 *  asks, "aku" is "I", "ingat" / "pesan" are "remember" / "message", "potong" / "sela"
 *  cut and gap). */
const TRAILING_EXCLUDED = new Set(['tanya', 'aku', 'ingat', 'pesan', 'jawab', 'bilang', 'katakan', 'potong', 'sela']);

/** Cue words after a comma that attribute the words before them ("…, kata X",
 *  "…, ujarnya"): the quote cues, read by the same attribution rules as for quotes. */
export const TRAILING_CUES = [...POST_CUES].filter((w) => !TRAILING_EXCLUDED.has(w));

/** Words that open an indirect yes/no question ("mempertanyakan apakah …", "menanyakan
 *  apakah …"): a doubt asked, no statement (spec: questions are excluded). A wh-clause
 *  after "mempertanyakan" challenges in public ("mempertanyakan siapa yang bakal
 *  menanggung biaya …"), which the dev gold counts as a statement. */
export const QUESTION_OPENER_WORDS = new LowerWordSet(words(`apakah`));

/** Complementisers that open a content clause; they stay outside the span. */
export const COMPLEMENTIZER_WORDS = new LowerWordSet(['bahwa', 'bahwasanya']);
export const REQUEST_COMPLEMENTIZER_WORDS = new LowerWordSet(['agar', 'supaya', 'untuk']);

/** "menurut data BPS", "menurut jadwal": a source of information, not of words. */
const MENURUT_NON_SPEECH_WORDS = new LowerWordSet(words(`
  data catatan hasil survei jadwal rencana aturan ketentuan peraturan undang-undang pasal
  perhitungan penghitungan hitungan prakiraan pantauan laporan informasi situs laman dokumen putusan
`));

/** "menurut" ending at `cueEnd` names a source of information ("menurut data BPS", ",
 *  menurut jadwal Pemkot Bogor"), or nothing: no speaker (find.ts checks every form). */
export function menurutNamesNoSpeaker(p: string, cueEnd: number): boolean {
  const next = wordAfter(p, cueEnd);
  return next === null || MENURUT_NON_SPEECH_WORDS.hasAt(p, next.start, next.end);
}

/** Words that open a phrase between the verb and its content ("mengatakan kepada
 *  wartawan di Jakarta, Senin, bahwa …"): skipped up to the next comma or "bahwa". */
export const ADJUNCT_OPENER_WORDS = new LowerWordSet(VERB_ADJUNCT_WORDS);

/** Words before a reporting verb that make it a plan or a duty, not a statement ("X akan
 *  mengumumkan …", "untuk menjelaskan …"), or an obligation someone else sees ("BPOM perlu
 *  mengumumkan …", "pemerintah harus menjelaskan …"). */
export const PLAN_OR_DUTY_WORDS = new LowerWordSet(words(`akan untuk ingin hendak bakal sempat berencana enggan menolak saling
  perlu harus wajib mesti seharusnya semestinya`));

/** Signs of a predicate in the first words of a content: auxiliaries, negation, copulas,
 *  frequency adverbs, which stand before a predicate only ("rest area itu kerap kekurangan
 *  toilet"; an affixed verb is recognised by its prefix). "menilai X sebagai Y" takes "sebagai". */
export const PREDICATE_WORDS = new LowerWordSet(words(`
  akan tidak tak belum telah sudah sedang masih harus bisa dapat perlu ingin adalah merupakan
  ada bukan mampu mau boleh segera terus tetap pernah sempat hanya sebagai menjadi jadi
  wajib mesti siap layak patut cukup sangat terlalu lebih kurang justru memang bakal
  kerap sering selalu jarang
  hendak sulit mudah penting baik buruk benar salah naik turun masuk keluar mulai datang tiba
  muncul hilang kehilangan berada kalah menang gagal berhasil sukses kembali
  aman kondusif terkendali normal lancar stabil
`));

/** Predicates that also modify a noun, most without a verbal prefix: intransitive verbs and
 *  states ("tumbuh", "jebol", "tewas", "rusak", "murah") head a clause in "menyebut tanggul
 *  kolam jebol karena hujan" but end a noun compound in "menyebut tempat tinggal sementara"
 *  or "menjelaskan program pupuk murah" (issue 14). Unlike PREDICATE_WORDS above, which
 *  count wherever they stand (some of which, "naik", "turun", "aman", "stabil", are such
 *  states too, kept as they were), these count only after a subject closed off or with a
 *  second sign of a clause after them (clause.ts, barePredicateAt). The ter- adjectives of
 *  documents and meetings ("keterangan tertulis", "surat terbuka", "rapat tertutup") are read
 *  here, not as prefixed verbs: "membantah tuduhan itu lewat keterangan tertulis …" has a
 *  noun object only (dev d273, d277), "aturan itu tertulis dalam …" a clause. */
export const BARE_PREDICATE_WORDS = new LowerWordSet(words(`
  tumbuh jebol duduk tewas rusak habis jatuh tenggelam pulang tinggal hidup mati
  lahir tidur runtuh roboh ambruk putus selesai tuntas batal lolos anjlok padam mogok macet
  kosong penuh langka mahal murah sembuh selamat hancur retak bocor pecah
  lumpuh mandek molor cacat
  tertulis terbuka tertutup
`));

/** Nouns that a bare predicate right after them qualifies, the two one noun ("tempat
 *  tinggal", "jalur pulang", "korban tewas", "harga murah" in "daftar harga murah"): never a
 *  subject and its predicate. */
export const COMPOUND_HEAD_WORDS = new LowerWordSet(words(`
  tempat jalur rute program paket skema data daftar kisah kronologi korban masa akta jam
  waktu tanggal operasi angka jumlah
`));

/** Degree words before an adjective or a verb ("sangat mencekam", "makin parah"). */
const DEGREES = words(`paling sangat amat makin semakin cukup terlalu`);
export const DEGREE_WORDS = new LowerWordSet(DEGREES);

/** Words right after a bare predicate that show it heads a clause: a degree, an aspect, or
 *  an adjunct of cause or time ("tumbuh paling cepat", "jebol akibat hujan", "langka sejak
 *  Senin", "duduk bersama"). */
export const CLAUSE_SIGN_WORDS = new LowerWordSet([...DEGREES, ...words(`
  sekali parah berat total lagi pula bersama
  akibat karena sejak setelah sesudah usai seusai sebelum saat ketika
`)]);

/** Words that end the search for a predicate: what follows qualifies a noun object
 *  ("mengungkapkan keprihatinan atas serangan yang menewaskan …"). */
export const OBJECT_TAIL_WORDS = new LowerWordSet(OBJECT_TAIL_PREPOSITIONS);

/** Words after "A, kata X," that continue the attribution rather than the statement. Not
 *  "lalu": between a verb and its content it closes a time adjunct ("mengatakan pekan lalu
 *  bahwa …"); right after the attribution's comma it opens the statement's next clause
 *  ("A, kata X, lalu B"). */
export const ATTRIBUTION_TAIL_WORDS = new LowerWordSet([...WEEKDAYS, ...VERB_ADJUNCT_WORDS.filter((w) => w !== 'lalu'), 'yang', 'dikutip']);

/** Every cue the paragraph scan looks for, as one regex: reporting verbs, "menurut",
 *  and the trailing cues after a comma. Built as a trie so the engine tests a prefix
 *  once ("me-ng-atakan", "me-ny-atakan" …) instead of trying every word at each position. */
export function cueRegex(): RegExp {
  const verbs = [...CLAUSE_VERBS, ...REQUEST_VERBS, ...BAHWA_VERBS, ...VIEW_VERBS];
  const trailing = [...TRAILING_CUES, 'menurut', 'demikian'];
  // Group 1: a trailing cue after ", " (with -nya), group 2: "Menurut"/"menurut(nya)" and
  // a leading "Kata(nya)" ("Kata dia, …"),
  // group 3: a reporting verb.
  const source = `, (${trie(trailing)}(?:nya)?)\\b|\\b([Mm]enurut(?:nya)?|Kata(?:nya)?)\\b|\\b(${trie(verbs)})\\b`;
  return new RegExp(source, 'g');
}

interface Node { end: boolean; next: Map<string, Node> }

function trie(list: readonly string[]): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of new Set(list)) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) { child = { end: false, next: new Map() }; n.next.set(ch, child); }
      n = child;
    }
    n.end = true;
  }
  return render(root);
}

function render(n: Node): string {
  const branches = [...n.next].map(([ch, child]) => ch + render(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!n.end) return body;
  return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`;
}
