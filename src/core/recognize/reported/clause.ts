// Content clause or noun object? "X menilai kebijakan itu keliru" reports a judgement;
// "X menyatakan dukungannya terhadap …" and "X menekankan perlunya …" name a thing.
// Decided on the first words after the verb: a clause shows a predicate early.
import { isDigit, isUpper, isWordChar, wordAfter } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS, NUMBER_WORDS, POSSESSED_STATE_WORDS, PREFIXED_NOT_VERB_WORDS, QUANTIFIER_WORDS, SUBJECT_PRONOUN_WORDS } from '../lexicon';
import { BARE_PREDICATE_WORDS, CLAUSE_SIGN_WORDS, COMPOUND_HEAD_WORDS, DEGREE_WORDS, OBJECT_TAIL_WORDS, PREDICATE_WORDS } from './cues';
import { CONTRAST_OPENERS } from './contrasted-speaker';
import { demonstrativeSubject } from './demonstrative-subject';
import { OBJECT_ADJUNCT_OPENERS } from '../adjunct-words';
import { SUBORDINATOR_WORDS } from './joiners';
import { opensTimePhrase } from './content-adjunct';

/** How many words of a content the predicate search reads: a subject with a relative
 *  clause or a place ("kartu kuning kedua yang didapat bek tim tamu pada menit ke-80
 *  mengubah …", "rekayasa lalu lintas searah di jalan tol menuju Cikampek diperpanjang …")
 *  runs past ten words (issue 14: ten lost three dev statements; fourteen also reads a
 *  predicate coordinated inside a relative clause, "insentif yang hanya … dan sering
 *  terlambat dibayar", one dev false statement). */
const WORDS_LOOKED_AT = 14;

/** Negations and auxiliaries that make the word before them a clause's subject. */
const SUBJECT_FOLLOWERS = new LowerWordSet(['tidak', 'tak', 'belum', 'sudah', 'telah', 'sedang', 'masih', 'pernah', 'tengah']);

/** Modals and focus adverbs that follow a possessed subject in "-annya" ("pasukannya akan
 *  mematuhi …", "rombongannya hanya dibekali …"); a nominalised object ("dukungannya
 *  terhadap …", "harapannya agar …") is followed by a preposition or a complementiser.
 *  (A list of its own, not MODAL_WORDS nor RELATIVE_AUXILIARY_WORDS: what follows a
 *  possessed subject, focus and time adverbs with four of the modals.) */
const POSSESSED_SUBJECT_FOLLOWERS = new LowerWordSet(['akan', 'hanya', 'bisa', 'dapat', 'harus', 'baru', 'kini', 'segera', 'tetap', 'terus', 'mulai']);

/** Institutions named by a ke-…-an or pe-…-an noun: subjects, not nominalised objects. */
export const INSTITUTION_NOUNS = new LowerWordSet(['kementerian', 'kepolisian', 'kejaksaan', 'kedutaan', 'kelurahan', 'kecamatan', 'kesultanan', 'kedeputian',
  // pe-…-an names of a firm or an association ("membantah perusahaannya mengalami …")
  'perusahaan', 'perseroan', 'perkumpulan', 'persatuan', 'perhimpunan']);

/** Adjectives nominalised by "-nya" (the amount or degree of what follows). */
const DEGREE_NOMINALS = new LowerWordSet(['banyaknya', 'tingginya', 'rendahnya', 'minimnya', 'maraknya', 'lambannya', 'lambatnya',
  'mahalnya', 'besarnya', 'kecilnya', 'kurangnya', 'sulitnya', 'lemahnya', 'buruknya']);

const NOMINAL_NYA = new LowerWordSet(['pentingnya', 'perlunya', 'apresiasinya', 'harapannya', 'komitmennya', 'sikapnya', 'posisinya']);

/** Nouns that open an object rather than a clause ("menegaskan komitmen …",
 *  "mengatakan hal serupa"). */
const OBJECT_NOUNS = new LowerWordSet(['hal', 'komitmen', 'dukungan', 'apresiasi', 'penghargaan', 'keprihatinan', 'kekecewaan',
  'terima', 'ucapan', 'belasungkawa', 'selamat', 'rasa', 'sikap', 'pandangan', 'pendapat', 'pernyataan', 'posisi', 'keberatan']);

/** The next word at or after `from` before `to`, skipping punctuation (not only spaces). */
function nextWord(p: string, from: number, to: number): { start: number; end: number } | null {
  let k = from;
  while (k < to && !isWordChar(p.charCodeAt(k))) k++;
  return k < to ? wordAfter(p, k, to) : null;
}

/** The words in [from, to) start with a clause rather than a noun object. With
 *  `lenient` (verbs that nearly always take a clause: "mengatakan", "menilai"), any
 *  content of three words or more that does not open with an object noun is one. */
export function looksLikeClause(p: string, from: number, to: number, lenient = false, judgement = false): boolean {
  let w = nextWord(p, from, to);
  if (w && isLowerWordAt(p, w.start, w.end, 'kembali')) w = nextWord(p, w.end, to);
  if (!w) return false;
  // "menilai sikap Jakarta konsisten …": a judgement verb's object with its complement is
  // the judged clause; an object noun alone ("menilai sikap itu") is too short for one.
  if (judgement && OBJECT_NOUNS.hasAt(p, w.start, w.end) && judgedComplement(p, w.end, to)) return true;
  // "membenarkan adanya pemberhentian tersebut": "adanya" nominalises what follows (the
  // existence of …), an object like "perlunya"; it is the subject of a clause only when a
  // predicate follows ("adanya kekurangan obat membuat pasien menunggu"), lenient verb or not.
  // So do an adjective's nominals ("banyaknya jemaah yang batal berangkat", "lambannya
  // pengumuman justru memberi waktu …"): the amount or degree of what follows.
  if (isLowerWordAt(p, w.start, w.end, 'adanya') || DEGREE_NOMINALS.hasAt(p, w.start, w.end)) return looksLikeClause(p, w.end, to, false, judgement);
  // "perlunya", "pentingnya", "kesiapannya", "keprihatinan atas …": a nominalised object.
  if (isNominal(p, w.start, w.end) || OBJECT_NOUNS.hasAt(p, w.start, w.end)) return false;
  // "kesediaan untuk mengirim pasukan", "penolakan untuk menandatangani …": the noun with its
  // complement is the object; a clause only when a predicate of its own follows them
  // ("kesediaan untuk mengirim pasukan sudah disampaikan …"), read without leniency.
  const complementEnd = nominalComplementEnd(p, w, to);
  if (complementEnd >= 0) return looksLikeClause(p, complementEnd, to, false, judgement);
  // "menilai rencana peleburan dua bank …", "mengatakan penyusunan anggaran …": a content
  // headed by a derived noun may be a noun phrase alone (spec: nominalised objects do not
  // count); even a lenient verb's content then needs a predicate of its own.
  if (lenient) {
    if (!atLeastWords(p, w.start, to, 3)) return false;
    if (!derivedNounHead(p, w, to)) return true;
  }
  // (a lenient verb's derived-noun content may close on an adjective after a demonstrative,
  // "pendapatan petani tahun ini rendah": that adjective is its predicate)
  const closingAdjective = lenient;
  // "detik-detik ombak menghantam dermaga": the moments of an event, whose verb is that
  // event's; a clause only with a main verb group after it, as after a subordinator.
  const moment = momentEnd(p, w, to);
  if (moment >= 0) return subordinateThenMain(p, moment, to, WORDS_LOOKED_AT - 1);
  // "timnya kehilangan …", "pihaknya menunggu …": a possessed subject opens a clause; not
  // when a preposition of object or addressee follows it ("menyampaikan hasilnya kepada
  // Inspektorat") with no predicate after it: that is a noun object with its tail (issue 13,
  // d497); "sikapnya terhadap RUU itu tidak berubah" still is a clause.
  if (endsWithNya(p, w.start, w.end) && atLeastWords(p, w.start, to, 3) && !objectTailWithoutPredicate(p, w.end, to)) return true;
  // "anak asuhnya kehabisan tenaga …", "rekan setimnya sudah …": a possessed subject of two words.
  const second = nextWord(p, w.end, to);
  if (second && endsWithNya(p, second.start, second.end) && !isNominal(p, second.start, second.end) && !nominalShape(p, w.start, w.end)) {
    // (the predicate right after it: "kesalahan timnya dalam laga itu" is an object)
    const third = nextWord(p, second.end, to);
    if (third && !OBJECT_TAIL_WORDS.hasAt(p, third.start, third.end) && !isLowerWordAt(p, third.start, third.end, 'yang') && atLeastWords(p, w.start, to, 4)) return true;
  }
  // "gol itu hasil latihan …": a subject closed by a demonstrative, then its predicate.
  if (demonstrativeSubject(p, w.start, to)) return true;
  let words = 0;
  let afterYang = false;
  let relativeAux = false;
  // After "atas" / "terhadap" / "dari" … a noun object may go on ("keprihatinan atas
  // serangan …"), but a subject may too ("pasokan dari penggilingan berkurang",
  // "penyidikan terhadap pihak lain masih berlangsung"): only a predicate of its own, a
  // prefixed verb that is not part of a phrase "yang …", makes that a clause; a second
  // preposition ends the search.
  let afterTail = false;
  // "ada/banyak/baru N yang V", "siapa yang V": the verb group after "yang" is the clause's
  // predicate (an existential, "baru 61 persen rumah sakit yang memenuhi …", or a headless
  // wh-clause): nothing after "yang" is skipped.
  const existential = EXISTENTIAL_OPENERS.hasAt(p, w.start, w.end);
  let prev: { start: number; end: number } | null = null;
  while (w && words < WORDS_LOOKED_AT) {
    words++;
    // "pemain yang gagal akan dicoret": a verb with a verb complement and no verb after it is
    // the relative clause's whole verb group; an auxiliary after it opens the content's own
    // predicate (review49), as "yang gagal lolos seleksi bisa …" does after the complement.
    if (afterYang && prev !== null && VERB_COMPLEMENT_VERBS.hasAt(p, prev.start, prev.end) && RELATIVE_AUXILIARY_WORDS.hasAt(p, w.start, w.end)) afterYang = false;
    if (!afterYang) {
      // "menyesalkan keputusan wasit yang … ketika penyerangnya dijatuhkan", "memastikan gelar
      // juara umum setelah merebut …": a subordinator after the first word and before any
      // predicate, a verb group right after it, opens the object's circumstance; the verb
      // after it is that clause's, and only a main verb group after it makes a clause
      // (subordinateThenMain). (Requests' "agar"/"supaya" open their content.)
      // ("izin yang terbit sebelum Maret tetap berlaku": a date after it makes a time phrase,
      // and the verb group after that is the content's own predicate)
      if (words > 1 && SUBORDINATOR_WORDS.hasAt(p, w.start, w.end) && !REQUEST_JOINERS.hasAt(p, w.start, w.end) && verbGroupWithin(p, w.end, to, 2) && !timePhraseAfter(p, w.end, to)) {
        return subordinateThenMain(p, w.end, to, WORDS_LOOKED_AT - words);
      }
      if ((PREDICATE_WORDS.hasAt(p, w.start, w.end) && !mulaiDari(p, w, to)) || approximateAmount(p, w, to, words, from) || isPrefixedVerb(p, w.start, w.end)) return words > 1 || !isLowerWordAt(p, w.start, w.end, 'sebagai');
      if (prev !== null && (closedAmount(p, prev, w, words, from) || groupMembership(p, prev, w, to, words))) return true;
      if (prev !== null && BARE_PREDICATE_WORDS.hasAt(p, w.start, w.end) && barePredicateAt(p, prev, w, to)) return true;
      if (closingAdjective && prev !== null && words > 2 && adjectiveClosingAt(p, prev, w, to)) return true;
      // "menuntut tunjangan 20 persen, sementara pengelola menawarkan …": the other side's
      // clause after a comma, no predicate of the object's.
      if (words > 1 && CONTRAST_OPENERS.hasAt(p, w.start, w.end) && commaBefore(p, w.start)) return false;
      if (words > 1 && OBJECT_TAIL_WORDS.hasAt(p, w.start, w.end)) {
        // (a lenient verb's content reads on: "pengawasan terhadap kios … di atas … masih lemah")
        if (afterTail && !lenient) return false;
        afterTail = true;
      }
    }
    // The verb of a relative clause ("serangan yang menewaskan …") is no predicate of the
    // content, nor are the auxiliaries before it ("daftar yang hanya diteken 14 orang"); the
    // word after that verb is read again ("warga yang sempat terisolasi sudah dievakuasi").
    // "kelangkaan solar yang membuat kapal sulit melaut": a causative verb of a relative clause
    // takes a clause of its own; only a main verb group after that clause's predicate makes
    // the content a clause ("… yang membuat warga mengungsi akan surut").
    if (afterYang && CAUSATIVE_VERBS.hasAt(p, w.start, w.end)) return subordinateThenMain(p, w.end, to, WORDS_LOOKED_AT - words, true);
    if (isLowerWordAt(p, w.start, w.end, 'yang')) {
      afterYang = !existential && !(prev !== null && WH_WORDS.hasAt(p, prev.start, prev.end));
      relativeAux = afterYang;
    } else if (afterYang && relativeAux && relativeMenurutAt(p, w.start)) {
      // "karung beras yang menurutnya ditolak petugas": the relative clause's verb follows the
      // insert; "menurut dia" takes its pronoun too.
      const pronoun = w.end - w.start === 7 ? nextWord(p, w.end, to) : null;
      if (pronoun !== null && SUBJECT_PRONOUN_WORDS.hasAt(p, pronoun.start, pronoun.end)) w = pronoun;
    } else {
      afterYang = afterYang && relativeAux && (RELATIVE_AUXILIARY_WORDS.hasAt(p, w.start, w.end) || VERB_COMPLEMENT_VERBS.hasAt(p, w.start, w.end));
    }
    prev = w;
    w = nextWord(p, w.end, to);
  }
  return false;
}

/** "menurut" / "menurutnya" at `at` right after "yang": an attribution inside a relative clause
 *  ("lini serang yang menurutnya paling berbahaya"), of that clause alone. */
export function relativeMenurutAt(p: string, at: number): boolean {
  const w = wordAfter(p, at);
  if (w === null || w.start !== at || !(isLowerWordAt(p, w.start, w.end, 'menurut') || isLowerWordAt(p, w.start, w.end, 'menurutnya'))) return false;
  let k = at;
  while (k > 0 && p.charCodeAt(k - 1) === 32) k--;
  return k >= 4 && isLowerWordAt(p, k - 4, k, 'yang') && (k === 4 || !isWordChar(p.charCodeAt(k - 5)));
}

/** The words after a subordinator ending at `from` name a time (content-adjunct.ts
 *  opensTimePhrase): "sebelum Maret" is a time phrase, no subordinate clause. */
function timePhraseAfter(p: string, from: number, to: number): boolean {
  const w = nextWord(p, from, to);
  return w !== null && opensTimePhrase(p, w.start, w.end);
}

/** Modal auxiliaries that open a verb group of their own ("… penonton yang memesan tiket
 *  karena ingin melihat band itu bisa meminta …"). A modal, not any auxiliary: the aspect
 *  words and adverbs of RELATIVE_AUXILIARY_WORDS ("sudah", "sempat", "hanya") go on a verb
 *  group already open, and open no second one. */
const MODAL_WORDS = new LowerWordSet(['bisa', 'dapat', 'akan', 'harus', 'boleh', 'perlu', 'wajib']);

/** A verb group (a prefixed verb, an auxiliary or a verb taking a verb) starts within the
 *  next `n` words after `from`. */
function verbGroupWithin(p: string, from: number, to: number, n: number): boolean {
  let w = nextWord(p, from, to);
  for (let k = 0; w && k < n; k++, w = nextWord(p, w.end, to)) {
    if (isPrefixedVerb(p, w.start, w.end) || RELATIVE_AUXILIARY_WORDS.hasAt(p, w.start, w.end) || VERB_COMPLEMENT_VERBS.hasAt(p, w.start, w.end)) return true;
  }
  return false;
}

/** After a subordinate clause opening at `from`: its verbs are not the content's. The content
 *  is a clause only when a modal after a word that is no auxiliary starts a second verb group
 *  with a prefixed verb ("… karena ingin menonton Senja Rimba bisa meminta …"), within `left` words. */
function subordinateThenMain(p: string, from: number, to: number, left: number, anyPredicate = false): boolean {
  let prev: { start: number; end: number } | null = null;
  for (let w = nextWord(p, from, to); w && left > 0; w = nextWord(p, w.end, to), left--) {
    // "… yang memaksa pedagang pindah itu tidak tepat": a demonstrative closes the relative
    // clause, the word after it opens the main predicate, modal or not.
    if (anyPredicate && prev !== null && DEMONSTRATIVE_WORDS.hasAt(p, prev.start, prev.end) && predicateWordAt(p, w)) return true;
    // "detik-detik kapal tenggelam sangat mencekam": a degree word after the told event's own
    // verb grades the main predicate ("saat-saat angin sangat kencang": after a noun, the
    // event's own).
    if (prev !== null && DEGREE_WORDS.hasAt(p, w.start, w.end) && !DEGREE_WORDS.hasAt(p, prev.start, prev.end) && predicateWordAt(p, prev) && nextWord(p, w.end, to) !== null) return true;
    if (prev !== null && MODAL_WORDS.hasAt(p, w.start, w.end) && !RELATIVE_AUXILIARY_WORDS.hasAt(p, prev.start, prev.end) && !VERB_COMPLEMENT_VERBS.hasAt(p, prev.start, prev.end)) {
      // ("akan segera diperbaiki", "akan langsung disalurkan": auxiliaries and adverbs may
      // stand between the modal and its verb)
      let verb = nextWord(p, w.end, to);
      for (let skipped = 0; verb !== null && skipped < 2 && (RELATIVE_AUXILIARY_WORDS.hasAt(p, verb.start, verb.end) || MODAL_ADVERB_WORDS.hasAt(p, verb.start, verb.end)); skipped++) verb = nextWord(p, verb.end, to);
      if (verb !== null && (isPrefixedVerb(p, verb.start, verb.end) || (anyPredicate && anyPredicateWord(p, verb)))) return true;
    }
    prev = w;
  }
  return false;
}

/** A prefixed verb or a listed or bare predicate word at `w`. */
function predicateWordAt(p: string, w: { start: number; end: number }): boolean {
  return isPrefixedVerb(p, w.start, w.end) || anyPredicateWord(p, w);
}

/** Words after a demonstrative that close a noun phrase rather than predicate over it
 *  ("anggaran itu sendiri", "tahun ini saja"). */
const DEMONSTRATIVE_TAIL_WORDS = new LowerWordSet(['sendiri', 'saja', 'pula', 'juga', 'pun', 'lagi', 'semua', 'lalu', 'kini', 'sekarang']);

/** The last word `w` of the content, plain and lower-case, right after a demonstrative
 *  (`prev`): an adjective predicated of what the demonstrative closes ("proses pengadaan di
 *  dinas itu janggal"); a noun object ends on its demonstrative ("… di dinas itu."). */
function adjectiveClosingAt(p: string, prev: { start: number; end: number }, w: { start: number; end: number }, to: number): boolean {
  if (!DEMONSTRATIVE_WORDS.hasAt(p, prev.start, prev.end) || nextWord(p, w.end, to) !== null) return false;
  const c = p.charCodeAt(w.start);
  return c >= 97 && c <= 122 && !DEMONSTRATIVE_TAIL_WORDS.hasAt(p, w.start, w.end);
}

/** With `anyPredicate` (after a causative's clause), a bare or listed predicate after the
 *  modal makes the main verb group too ("… yang membuat warga mengungsi akan surut"). */
function anyPredicateWord(p: string, w: { start: number; end: number }): boolean {
  return PREDICATE_WORDS.hasAt(p, w.start, w.end) || BARE_PREDICATE_WORDS.hasAt(p, w.start, w.end);
}

/** Causative verbs that take a clause as their complement ("membuat importir sulit membayar",
 *  "menyebabkan warga terpaksa mengungsi"): inside a relative clause, that clause's predicate
 *  is the relative clause's too. */
const CAUSATIVE_VERBS = new LowerWordSet(['membuat', 'menyebabkan', 'memaksa', 'membikin']);

/** Nouns of a moment that, reduplicated ("detik-detik", "saat-saat"), head a clause telling an
 *  event ("detik-detik air masuk ke rumah"): the moments are the object, not its subject. */
const MOMENT_NOUNS = new LowerWordSet(['detik', 'saat', 'menit']);

/** The end of a reduplicated moment noun at `w` ("detik-detik"), or -1. */
function momentEnd(p: string, w: { start: number; end: number }, to: number): number {
  if (!MOMENT_NOUNS.hasAt(p, w.start, w.end) || p.charCodeAt(w.end) !== 45) return -1;
  const again = wordAfter(p, w.end + 1, to);
  const n = w.end - w.start;
  return again !== null && again.start === w.end + 1 && again.end - again.start === n && p.startsWith(p.slice(w.start, w.end).toLowerCase(), again.start) ? again.end : -1;
}

/** A comma right before `at`, spaces between. */
function commaBefore(p: string, at: number): boolean {
  let k = at;
  while (k > 0 && p.charCodeAt(k - 1) === 32) k--;
  return k > 0 && p.charCodeAt(k - 1) === 44;
}

/** The content opens with a derived noun (ke-…-an, pe(N)-…-an, not an institution's name), or
 *  with a noun and a derived noun after it ("rencana peleburan", "proses pembentukan"). */
function derivedNounHead(p: string, w: { start: number; end: number }, to: number): boolean {
  if (isDerivedNoun(p, w)) return true;
  // (a quantifier counts the derived noun, "seluruh persetujuan selesai …": a subject's words)
  if (isUpper(p.charCodeAt(w.start)) || SUBJECT_PRONOUN_WORDS.hasAt(p, w.start, w.end) || DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end) || QUANTIFIER_WORDS.hasAt(p, w.start, w.end)) return false;
  const second = nextWord(p, w.end, to);
  return second !== null && second.start === w.end + 1 && isDerivedNoun(p, second);
}

function isDerivedNoun(p: string, w: { start: number; end: number }): boolean {
  return nominalShape(p, w.start, w.end) && !INSTITUTION_NOUNS.hasAt(p, w.start, w.end);
}

/** Adverbs between a modal and its verb that RELATIVE_AUXILIARY_WORDS lacks ("akan langsung
 *  disalurkan", "akan pun …"). */
const MODAL_ADVERB_WORDS = new LowerWordSet(['langsung', 'pun']);

/** Subordinators that open a request's content rather than a circumstance ("meminta warga
 *  agar …"): they end no search. */
const REQUEST_JOINERS = new LowerWordSet(['agar', 'supaya']);

/** First words of an existential content ("banyak kosakata asli yang telah diganti …", "baru
 *  sepertiga warga yang menerima bantuan"). */
const EXISTENTIAL_OPENERS = new LowerWordSet(['ada', 'banyak', 'baru']);
/** Question words heading a clause with "yang" ("siapa yang akan menanggung …"). */
const WH_WORDS = new LowerWordSet(['siapa', 'apa']);
/** Auxiliaries and adverbs that open a relative clause's verb group ("yang hanya diteken",
 *  "yang sempat terisolasi"): the verb after them is the relative clause's. The modals of
 *  MODAL_WORDS among them, with the aspect words and adverbs that are no modals. */
const RELATIVE_AUXILIARY_WORDS = new LowerWordSet(`
  akan tidak tak belum telah sudah sedang masih harus bisa dapat perlu hanya sempat pernah segera terus tetap baru juga
  kerap sering selalu jarang mampu mau boleh tengah
`.trim().split(/\s+/));
/** So do the verbs that take another verb as their complement ("yang batal berangkat", "yang
 *  gagal lolos", "yang enggan pindah", session 49): the second verb is still the relative
 *  clause's. Without one ("yang gagal akan dicoret") they are its verb. */
const VERB_COMPLEMENT_VERBS = new LowerWordSet(['batal', 'gagal', 'urung', 'enggan', 'ingin', 'hendak']);

/** "biaya pembuatan replika sekitar Rp350 juta": after a noun subject of two words or more,
 *  "sekitar" with a figure is the clause's nominal predicate (a quantity stated), when no
 *  figure came before it. As the first or second word ("menyebut sekitar 40 orang", "menyebut korban sekitar 40 orang")
 *  it counts an object. */
function approximateAmount(p: string, w: { start: number; end: number }, to: number, words: number, from: number): boolean {
  if (words < 3 || !isLowerWordAt(p, w.start, w.end, 'sekitar')) return false;
  const next = nextWord(p, w.end, to);
  if (next === null || !(isDigit(p.charCodeAt(next.start)) || p.startsWith('Rp', next.start))) return false;
  // ("pendanaan senilai 25 juta dollar AS atau sekitar Rp400 miliar": the same amount again
  // in another currency, part of the object)
  for (let k = from; k < w.start; k++) if (isDigit(p.charCodeAt(k))) return false;
  return true;
}

/** Words that close a subject before a bare predicate: a demonstrative, a pronoun, the
 *  end of a time phrase ("subsidi elpiji tahun lalu bocor …"). */
const SUBJECT_CLOSERS = new LowerWordSet(['itu', 'ini', 'tersebut', 'ia', 'dia', 'mereka', 'beliau', 'kami', 'kita', 'saya', 'aku', 'lalu', 'kemarin']);

/** A bare predicate `w` after the word `prev` heads the clause: never right after a noun
 *  it makes one noun with ("tempat tinggal", "korban tewas"); else after a subject closed
 *  off (a demonstrative, a pronoun, "-nya", a name, a time: "jembatan itu runtuh", "rumahnya
 *  rusak", "Budi selamat") or with a second sign of a clause after it ("tanggul kolam
 *  jebol akibat hujan", "penjualan tiket tumbuh paling cepat", or a figure: "penerimaan
 *  pajak tumbuh 6 persen", a change by an amount). Alone after a plain noun
 *  ("jalur pulang bagi pemudik", "data pasien sembuh kepada wartawan") it qualifies that
 *  noun. */
function barePredicateAt(p: string, prev: { start: number; end: number }, w: { start: number; end: number }, to: number): boolean {
  if (COMPOUND_HEAD_WORDS.hasAt(p, prev.start, prev.end)) return false;
  if (SUBJECT_CLOSERS.hasAt(p, prev.start, prev.end) || endsWithNya(p, prev.start, prev.end) || isUpper(p.charCodeAt(prev.start))) return true;
  const next = nextWord(p, w.end, to);
  return next !== null && (CLAUSE_SIGN_WORDS.hasAt(p, next.start, next.end) || isDigit(p.charCodeAt(next.start)));
}

/** Words that close a subject before an amount stated as its predicate: SUBJECT_CLOSERS and
 *  "kini", "sekarang" ("upah buruh panen saat ini Rp 90.000 per hari", "kuota tahun ini 1
 *  juta sertifikat", "jumlah pengungsi kini 1.200 orang"). */
const AMOUNT_SUBJECT_CLOSERS = new LowerWordSet(['kini', 'sekarang']);

/** A figure (digits or "Rp…") right after a subject of two words or more closed by a time word
 *  or a demonstrative, with no figure before it: the amount is the clause's nominal predicate
 *  (speakers51). A figure right after a noun ("menyebut korban 40 orang") stays an object's. */
function closedAmount(p: string, prev: { start: number; end: number }, w: { start: number; end: number }, words: number, from: number): boolean {
  if (words < 3 || !(isDigit(p.charCodeAt(w.start)) || p.startsWith('Rp', w.start))) return false;
  if (!SUBJECT_CLOSERS.hasAt(p, prev.start, prev.end) && !AMOUNT_SUBJECT_CLOSERS.hasAt(p, prev.start, prev.end)) return false;
  for (let k = from; k < w.start; k++) if (isDigit(p.charCodeAt(k))) return false;
  return true;
}

/** Words after "termasuk" that make it a predicate of membership ("aduan soal garansi termasuk
 *  lima besar", "usulan itu termasuk dalam daftar prioritas"), not "including" before a list:
 *  "dalam", "kategori", "golongan", "yang" (… termasuk yang tertinggi), or a number with
 *  "besar". */
const MEMBERSHIP_AFTER = new LowerWordSet(['dalam', 'kategori', 'golongan', 'yang']);

/** "termasuk" after a subject of two words or more, no comma before it, then a word of
 *  MEMBERSHIP_AFTER or "<number> besar": the clause's predicate (speakers51). */
function groupMembership(p: string, prev: { start: number; end: number }, w: { start: number; end: number }, to: number, words: number): boolean {
  if (words < 3 || !isLowerWordAt(p, w.start, w.end, 'termasuk') || p.charCodeAt(prev.end) === 44) return false;
  const next = nextWord(p, w.end, to);
  if (next === null) return false;
  if (MEMBERSHIP_AFTER.hasAt(p, next.start, next.end)) return true;
  const after = nextWord(p, next.end, to);
  return after !== null && (isDigit(p.charCodeAt(next.start)) || NUMBER_WORDS.hasAt(p, next.start, next.end)) && isLowerWordAt(p, after.start, after.end, 'besar');
}

/** "mulai dari …" ("perjuangannya mulai dari nol", "harga mulai dari Rp10.000"): a range
 *  from where something starts, no aspect word of a predicate. */
function mulaiDari(p: string, w: { start: number; end: number }, to: number): boolean {
  if (!isLowerWordAt(p, w.start, w.end, 'mulai')) return false;
  const next = nextWord(p, w.end, to);
  return next !== null && isLowerWordAt(p, next.start, next.end, 'dari');
}

/** Words that open an adjunct after a noun object (adjunct-words.ts). */
const ADJUNCT_WORDS = new LowerWordSet(OBJECT_ADJUNCT_OPENERS);

/** After a judgement verb's object noun ending at `from`, a complement follows: at least
 *  three more words ("sikap Jakarta konsisten menolak"), the possessor and a predicate
 *  before any adjunct, and no demonstrative closing the object right before the adjunct
 *  (spec: a noun object without a clause is no statement). */
function judgedComplement(p: string, from: number, to: number): boolean {
  let n = 0;
  let prev: { start: number; end: number } | null = null;
  for (let x = nextWord(p, from, to); x && n < WORDS_LOOKED_AT; x = nextWord(p, x.end, to)) {
    if (ADJUNCT_WORDS.hasAt(p, x.start, x.end)) return n >= 2 && prev !== null && !DEMONSTRATIVE_WORDS.hasAt(p, prev.start, prev.end);
    n++;
    prev = x;
  }
  return n >= 3;
}

function atLeastWords(p: string, from: number, to: number, n: number): boolean {
  let count = 0;
  for (let w = nextWord(p, from, to); w; w = nextWord(p, w.end, to)) if (++count >= n) return true;
  return false;
}

function isNominal(p: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  // Read in place (no lower-cased copy): this runs for every content's first word.
  const ke = lowerAt(p, start) === 107 && lowerAt(p, start + 1) === 101;
  // "kesiapannya", "dukungannya", "pentingnya": a nominalised object; "pemerintahnya",
  // "timnya" are subjects, and so is "perusahaannya" when a negation or an auxiliary
  // follows ("perusahaannya tidak pernah menerima …").
  // A ke- noun takes -an before "-nya" ("kesiapannya"); "keluarganya", "kepalanya" and
  // "kelompoknya" open with a root's "ke" and are possessed subjects like "timnya".
  const annya = isLowerWordAt(p, end - 5, end, 'annya');
  const nya = isLowerWordAt(p, end - 3, end, 'nya');
  // "keluarganya yang tinggal di …": a possessed noun with its relative clause is an object.
  const after = nya ? wordAfter(p, end) : null;
  if (after !== null && isLowerWordAt(p, after.start, after.end, 'yang')) return true;
  if (nya && (annya || NOMINAL_NYA.hasAt(p, start, end))) {
    // "kementeriannya telah …": an institution's ke-…-an name, possessed, is a subject.
    if ((ke || nominalShape(p, start, end - 3)) && INSTITUTION_NOUNS.hasAt(p, start, end - 3)) return false;
    const next = ke && annya ? null : wordAfter(p, end);
    // "yayasannya memilih …", "rekannya menolak …": a root ending in "-an" (no ke- or pe-
    // noun), possessed, with a verb of its own after it is the clause's subject.
    // So is one before a modal, a state or a change ("tagihannya naik …", "jualannya habis …");
    // not before an adverb ("menyampaikan pandangannya lebih lanjut …" keeps its object).
    if (next !== null && annya && !nominalShape(p, start, end - 3) && !NOMINAL_NYA.hasAt(p, start, end) &&
      (isPrefixedVerb(p, next.start, next.end) || possessedSubjectPredicate(p, next))) return false;
    return next === null || !(SUBJECT_FOLLOWERS.hasAt(p, next.start, next.end) ||
      (annya && POSSESSED_SUBJECT_FOLLOWERS.hasAt(p, next.start, next.end) && !mulaiDari(p, next, p.length)));
  }
  // ("kementerian akan mempelajari …": an institution is the clause's subject, not a nominalised object)
  if (ke && end - start >= 8 && isLowerWordAt(p, end - 2, end, 'an') && !INSTITUTION_NOUNS.hasAt(p, start, end)) {
    const next = wordAfter(p, end);
    return next !== null && (OBJECT_TAIL_WORDS.hasAt(p, next.start, next.end) || isLowerWordAt(p, next.start, next.end, 'akan'));
  }
  return false;
}

/** `w` right after a possessed root noun in "-an" is its predicate: a modal or a state or a
 *  change. Narrower than anyPredicateWord: the adverbs and manner words of PREDICATE_WORDS and
 *  BARE_PREDICATE_WORDS ("lebih lanjut", "kembali", "penuh", "sangat") also follow a possessed
 *  object ("menyampaikan pandangannya lebih lanjut"), and so do "sebagai" and "mulai dari"
 *  ("menyebut tulisannya sebagai kritik" names a thing). */
function possessedSubjectPredicate(p: string, w: { start: number; end: number }): boolean {
  return MODAL_WORDS.hasAt(p, w.start, w.end) || POSSESSED_STATE_WORDS.hasAt(p, w.start, w.end);
}

/** After a ke-…-an or pe(N)-…-an noun `w` (not an institution's name) right before "untuk", the
 *  end of the verb of that complement within three words ("kesediaan untuk mengirim",
 *  "keinginan untuk segera bertemu"); -1 when there is none ("kebutuhan untuk rumah sakit"). */
function nominalComplementEnd(p: string, w: { start: number; end: number }, to: number): number {
  if (!nominalShape(p, w.start, w.end) || INSTITUTION_NOUNS.hasAt(p, w.start, w.end)) return -1;
  const untuk = nextWord(p, w.end, to);
  if (untuk === null || untuk.start !== w.end + 1 || !isLowerWordAt(p, untuk.start, untuk.end, 'untuk')) return -1;
  let x = nextWord(p, untuk.end, to);
  for (let n = 0; x !== null && n < 3; n++, x = nextWord(p, x.end, to)) {
    if (isUpper(p.charCodeAt(x.start))) return -1;
    if (isPrefixedVerb(p, x.start, x.end)) return x.end;
  }
  return -1;
}

/** A ke-…-an or pe(N)-…-an noun ("kesalahan", "pernyataan"): a nominalised thing, no possessor of a subject. */
function nominalShape(p: string, start: number, end: number): boolean {
  const a = lowerAt(p, start);
  return end - start >= 6 && (a === 107 || a === 112) && lowerAt(p, start + 1) === 101 && isLowerWordAt(p, end - 2, end, 'an');
}

function lowerAt(p: string, k: number): number {
  const c = p.charCodeAt(k);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** A lower-case word with a verbal prefix (me-, ber-, di-, ter-) and a stem after it. */
export function isPrefixedVerb(p: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 5 || isUpper(p.charCodeAt(start))) return false;
  const a = p.charCodeAt(start);
  const b = p.charCodeAt(start + 1);
  const c = p.charCodeAt(start + 2);
  const prefixed = (a === 109 && b === 101) || (a === 100 && b === 105) || ((a === 98 || a === 116) && b === 101 && c === 114);
  // ("tertulis", "terbuka": adjectives as often as predicates, read as bare predicates)
  return prefixed && !PREFIXED_NOT_VERB_WORDS.hasAt(p, start, end) && !BARE_PREDICATE_WORDS.hasAt(p, start, end);
}

/** The word after `from` is a preposition that qualifies a noun object ("kepada",
 *  "terhadap"), and no predicate word or prefixed verb follows within the words a clause
 *  is looked for in. */
function objectTailWithoutPredicate(p: string, from: number, to: number): boolean {
  let w = nextWord(p, from, to);
  if (w === null || !OBJECT_TAIL_WORDS.hasAt(p, w.start, w.end)) return false;
  for (let n = 1; (w = nextWord(p, w.end, to)) !== null && n < WORDS_LOOKED_AT; n++) {
    if (PREDICATE_WORDS.hasAt(p, w.start, w.end) || isPrefixedVerb(p, w.start, w.end)) return false;
  }
  return true;
}

function endsWithNya(p: string, start: number, end: number): boolean {
  return end - start > 4 && isLowerWordAt(p, end - 3, end, 'nya');
}
