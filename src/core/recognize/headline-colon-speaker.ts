// Headlines of ordinary online news give a statement to whoever stands before a colon,
// in Title Case and often named more shortly than in the body: a surname ("…, Souza: Anak-
// Anak Sempat Panik"), a bare title ("…, Kapolres: Pelaku Incar Motor di Halaman Masjid",
// "…, Wali Kota: Relokasi Sudah Disiapkan") or the informal "Bos <company>" ("Bos Roti
// Fajar: Ongkos Tepung Tekan Untung Kami"), a party's counsel ("…, Pengacara: Klien Kami …") or
// the author of a report ("Laporan YLAB: …", speakers46). The body names the speaker in full with that
// title or that company before the name ("Kapolres Lombok Timur AKBP Yosua Manurung",
// "Presiden Direktur Roti Fajar, Benediktus Halim"; not "Seorang karyawan Roti Fajar,
// Budi Hartono", staff of the company). Link pass, on the article's final
// mentions (a Title-Case headline's names are often only found there, headline-names.ts),
// after headline-title-speaker.ts (a title with its body before the colon).
import { isSpace, isUpper, occursAsWord, wordAfter } from '../text/chars';
import { contentAfterColon, INTERVIEW_LABEL, speakerColon } from './headline-title-speaker';
import { colonRoleHolderByContent } from './headline-role-by-content';
import { roleReadAsGroup } from './headline-role-words';
import { firstStartingAt } from './mention';
import { FORMER_WORDS, TITLE_HEAD_WORDS } from './lexicon';
import { isAbbreviationDot } from './sentence-end';
import { BODY_NOUN_WORDS, isBodyOf } from './body-anaphor';
import { reportedStatement } from './reported/link';
import { asksQuestion } from './reported/question';
import { incompleteTitle, longFormOf, OFFICE_TITLE_WORDS } from './title-subject';
import type { ActorMention, Quote, ReportedStatement } from './types';

/** At most this many words before the colon ("Wakil Wali Kota", "Bos Sinar Pangan Nusantara"). */
const MAX_TITLE_WORDS = 4;
/** How far after the headline the speaker is looked for (the lead and the first paragraphs). */
const HOLDER_REACH = 3000;
/** How far before a name its title words may start. */
const TITLE_REACH = 90;

/** For each headline line [s, e) of `lines` of the form "[…,] Speaker: content" whose
 *  speaker is a person, a bare title or "Bos <body>", gives the statement after the colon
 *  to that person (adding it when the paragraph pass found none). `actors` and `reported`
 *  are the article's, sorted by start. */
export function headlineColonSpeakers(text: string, lines: readonly number[], actors: readonly ActorMention[], reported: ReportedStatement[], quotes: readonly Quote[]): void {
  for (let li = 0; li + 1 < lines.length; li += 2) {
    const s = lines[li];
    const e = lines[li + 1];
    const colon = speakerColon(text, s, e);
    if (colon < 0) continue;
    const comma = text.lastIndexOf(',', colon);
    let from = comma >= s ? comma + 1 : s;
    while (from < colon && isSpace(text.charCodeAt(from))) from++;
    const holder = speakerBeforeColon(text, from, colon, e, actors) ?? appositiveTitleHolder(text, from, colon, e, actors) ?? subjectRoleHolder(text, s, from, colon, e, actors)
      ?? colonRoleHolderByContent(text, from, colon, e, actors, reported, quotes);
    if (holder === undefined) continue;
    const ri = firstStartingAt(reported, colon);
    if (ri < reported.length && reported[ri].start < e) {
      if (reported[ri].cue === ':' && reported[ri].speaker !== holder.canonical) {
        reported[ri] = { ...reported[ri], speaker: holder.canonical, speakerMention: { start: holder.start, end: holder.end } };
      }
      continue;
    }
    const content = contentAfterColon(text, colon, e, quotes);
    // (A question is no statement, as in the paragraph pass: "…, OJK: Apa Bedanya dengan …?")
    if (content === null || asksQuestion(text, content[0], content[1])) continue;
    // (A list of names is no statement: "Timnas: Marselino, Rafael, Ivar".)
    if (readsAsNameList(text, content[0], content[1], actors)) continue;
    reported.splice(ri, 0, reportedStatement(text, content[0], content[1], ':', holder, 'context'));
  }
}

/** The content [from, to) after a headline's colon may be a list of names ("Timnas:
 *  Marselino, Rafael, Ivar"): it holds a mention and opens with one or has a comma (a list
 *  the recognizer may have read only part of). A place inside a clause is no list ("Ketua
 *  Koperasi …: Kontrak dengan Pembeli Korea Bukan Akhir Perjuangan", session 53). */
function readsAsNameList(text: string, from: number, to: number, actors: readonly ActorMention[]): boolean {
  const ai = firstStartingAt(actors, from);
  if (ai >= actors.length || actors[ai].start >= to) return false;
  if (actors[ai].start === from) return true;
  // (bounded by `to`: a comma past the content says nothing about it, and the search stays within the line)
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/** The actor the words [from, colon) stand for, in this order: a report's author ("Laporan
 *  YLAB:"), a person named after a title or an interview's label (describedPersonBefore), a
 *  person's or body's mention spanning them, the story's counsel, judge or holder of a role,
 *  the first body of a common noun's kind, the first person of the body named with the bare
 *  title they are, or with the body after "Bos"; else undefined. */
export function speakerBeforeColon(text: string, from: number, colon: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  let to = colon;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  const report = reportAuthor(text, from, to, actors);
  if (report !== null) return report ?? undefined;
  const described = describedPersonBefore(text, from, to, actors);
  if (described !== undefined) return described;
  const words: string[] = [];
  for (let w = wordAfter(text, from, to); w; w = wordAfter(text, w.end, to)) {
    if (!isUpper(text.charCodeAt(w.start)) || words.length === MAX_TITLE_WORDS) return undefined;
    words.push(text.slice(w.start, w.end));
  }
  if (words.length === 0) return undefined;
  // "…, Pengacara: Klien Kami Hanya Endorse": the one counsel of the story, whom the body
  // introduces as "Kuasa hukumnya, X" or "pengacara X" (never a person read in the label).
  if (words.length <= 2 && COUNSEL_LABEL_RE.test(words.join(' '))) return firstTitled(text, lineEnd, actors, (t) => COUNSEL_TITLE_RE.test(t.toLowerCase()));
  const ai = firstStartingAt(actors, from);
  const inside = ai < actors.length && actors[ai].start < to ? actors[ai] : undefined;
  // "…, PT Garam: Kualitas Panen Turun": a body named whole before the colon speaks as a
  // person does, its words in Title Case too (speakers47; a place only labels the topic,
  // "Bengkulu: Banjir Rendam Tiga Desa").
  if (inside !== undefined && inside.start === from && inside.end === to && (inside.type === 'PER' || inside.type === 'ORG') && words[0] !== 'Bos') return inside;
  if (words[0] === 'Bos' && words.length > 1) {
    const body = words.slice(1).join(' ');
    return firstTitled(text, lineEnd, actors, (title) => headsBody(title, body));
  }
  // "…, Kampus: Efisiensi …", "Perusahaan: …": a body by its common noun is the first body of
  // that kind the article names (body-anaphor.ts), never a person.
  if (words.length === 1 && BODY_NOUN_WORDS.hasAt(words[0], 0, words[0].length)) return firstBodyOf(text, words[0].toLowerCase(), lineEnd, actors);
  // "…, Pemilik Warung: Harga Sudah Tertera di Papan": the holder of a role over a thing the
  // headline names by its common noun is the one person the body introduces with those words
  // ("Pemilik warung, Yakobus …"), when only one is (speakers47).
  if (inside === undefined && words.length >= 2 && HOLDER_ROLE_WORDS.has(words[0].toLowerCase())) {
    // ("…, Pemilik Mobil Listrik: Ini Cara Menghemat Daya": tips for all owners, no one
    // owner's statement, review47)
    if (LISTICLE_RE.test(text.slice(colon + 1, lineEnd))) return undefined;
    const role = words.join(' ').toLowerCase();
    const holder = onlyTitled(text, lineEnd, actors, (t) => occursAsWord(t.toLowerCase(), role));
    // ("Seorang pemilik kios, X", "puluhan pemilik kios": one of a group, no holder, fix52a)
    return holder !== undefined && !roleReadAsGroup(text, lineEnd, holder.start, words[0].toLowerCase()) ? holder : undefined;
  }
  // "…, Hakim Minta Jaksa Hadirkan Saksi": a trial's judge in a headline is its presiding or
  // single judge, whom the body names so ("Hakim Ketua X", "Hakim Tunggal X"), or the one
  // judge the body names (fix49a; in the body "hakim" stays a role several share).
  if (words.length === 1 && inside === undefined && JUDGE_LABEL_RE.test(words[0])) {
    return firstTitled(text, lineEnd, actors, (t) => PRESIDING_JUDGE_RE.test(t)) ?? onlyTitled(text, lineEnd, actors, (t) => occursAsWord(t.toLowerCase(), 'hakim'));
  }
  // Only an office one person holds: "Analis:" over an article quoting three analysts is
  // nobody in particular. A company's head ("CEO:") is one too.
  if (!(OFFICE_TITLE_WORDS.has(words[0].toLowerCase()) || COMPANY_HEAD_WORDS.has(words[0].toLowerCase())) || (words.length === 1 && incompleteTitle(words[0]))) return undefined;
  if (inside !== undefined) {
    // "Kapolda Jateng:": the office and its place or body, which the body may write out
    // ("Kapolda Jawa Tengah Irjen …"): the first title word and the same canonical name.
    if (inside.type === 'PER' || inside.end !== to || inside.start !== text.indexOf(words[1], from)) return undefined;
    const head = words[0].toLowerCase();
    return firstTitled(text, lineEnd, actors, (t) => occursAsWord(t.toLowerCase(), head) && t.includes(inside.canonical));
  }
  const title = words.join(' ').toLowerCase();
  // ("…, Kadinkes: …" over "Kepala Dinas Kesehatan Kabupaten Alor, dr. X": the short title
  // written out, title-subject.ts's long forms)
  const long = longFormOf(title);
  return firstTitled(text, lineEnd, actors, (t) => occursAsWord(t.toLowerCase(), title) || (long !== undefined && occursAsWord(t.toLowerCase(), long)));
}

/** At most this many words of a description or a label before a person's name ("Wawancara
 *  Khusus - Dirut Perumda Pasar Jaya Makmur Siti …:"). */
const MAX_DESCRIPTION_WORDS = 8;

/** "Atlet Muda Lalu Satria …:", "Wawancara Khusus - Dirut Perumda … Siti Rahayu:": a person's
 *  mention ending at the colon after words in Title Case only (a description, a title, an
 *  interview's label) is the speaker, as the paragraph pass reads the headline when it sees
 *  the name (reported/headline.ts's onlyTitlesBefore); here the name may be one only the
 *  article's final mentions hold (speakers50b: dev d304). */
function describedPersonBefore(text: string, from: number, to: number, actors: readonly ActorMention[]): ActorMention | undefined {
  const ai = firstStartingAt(actors, from);
  let person: ActorMention | undefined;
  for (let k = ai; k < actors.length && actors[k].start < to; k++) if (actors[k].end === to) person = actors[k];
  if (person === undefined || person.type !== 'PER' || person.start === from) return undefined;
  let words = 0;
  for (let w = wordAfter(text, from, person.start); w; w = wordAfter(text, w.end, person.start)) {
    if (!isUpper(text.charCodeAt(w.start)) || ++words > MAX_DESCRIPTION_WORDS) return undefined;
    // (a person's title or an interview's label opens the words: "Drama Transfer Kenta …:",
    // "Debat Panas Andika …:" label a topic; "Bos Sinar Pangan:" is the company's head, read
    // below, whatever a name model makes of the rest)
    if (words === 1 && !(TITLE_HEAD_WORDS.hasAt(text, w.start, w.end) && text.slice(w.start, w.end) !== 'Bos') && !INTERVIEW_LABEL.test(text.slice(w.start, w.end))) return undefined;
  }
  return person;
}

/** "Sulteng Juara Umum …, Pelatih: <statement>": a bare role after a first clause whose
 *  subject is a team, a region or a body is that subject's holder of the role, the one person
 *  the body introduces with the role and the subject's name ("Pelatih kepala Sulteng, X"),
 *  not another side's ("Pelatih Jawa Barat, Y"); undefined otherwise. */
function subjectRoleHolder(text: string, lineStart: number, from: number, colon: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  if (from <= lineStart) return undefined;
  const w = wordAfter(text, from, colon);
  if (w === null || !isUpper(text.charCodeAt(w.start)) || text.slice(w.end, colon).trim() !== '' || !TITLE_HEAD_WORDS.hasAt(text, w.start, w.end)) return undefined;
  const ai = firstStartingAt(actors, lineStart);
  const subject = ai < actors.length && actors[ai].start === lineStart ? actors[ai] : undefined;
  if (subject === undefined || subject.type === 'PER' || subject.end > from) return undefined;
  // (every way the article writes the subject: "Sulteng", "Sulawesi Tengah")
  const names = new Set<string>();
  for (const a of actors) if (a.canonical === subject.canonical) names.add(text.slice(a.start, a.end).toLowerCase());
  const role = text.slice(w.start, w.end).toLowerCase();
  return onlyTitled(text, lineEnd, actors, (t) => {
    const title = t.toLowerCase();
    return occursAsWord(title, role) && [...names].some((n) => occursAsWord(title, n));
  });
}

/** How many Title-Case words a headline's title may have for appositiveTitleHolder. */
const MAX_APPOSITIVE_TITLE_WORDS = 6;

/** "Ketua Koperasi Penggilingan Padi Lamongan: …", "Kurator Festival Lembah Baliem: …": a title
 *  the body writes shorter, its first two words in apposition before the one person it
 *  introduces so ("… mewawancarai ketua koperasi, Sutrisno …", "berbincang dengan kurator
 *  festival, Yulianus …"), is that person; undefined when no one or two people are
 *  (speakers50b: dev d405, an interview whose lead names the interviewee so). */
function appositiveTitleHolder(text: string, from: number, colon: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  const words: string[] = [];
  for (let w = wordAfter(text, from, colon); w; w = wordAfter(text, w.end, colon)) {
    if (!isUpper(text.charCodeAt(w.start)) || words.length === MAX_APPOSITIVE_TITLE_WORDS) return undefined;
    words.push(text.slice(w.start, w.end).toLowerCase());
  }
  // (a person's title word opens it: "Pemilu Tuvalu:" labels a topic, though the body's
  // "Kepala kantor pemilu Tuvalu, Seluka …" ends with its words)
  if (words.length < 2 || !TITLE_HEAD_WORDS.hasAt(words[0], 0, words[0].length)) return undefined;
  const title = `${words[0]} ${words[1]}`;
  return onlyTitled(text, lineEnd, actors, (t) => {
    const apposed = APPOSITION_END_RE.exec(t);
    if (apposed === null) return false;
    const before = t.slice(0, apposed.index).toLowerCase();
    // (the title closes the words before the comma, whole words: occursAsWord on its stretch with
    // the one character before it rejects "direksiketua koperasi,"; endsWith pins it to the
    // comma; the word before it may not make it another office: "wakil ketua koperasi,")
    return occursAsWord(t.slice(Math.max(0, apposed.index - title.length - 1), apposed.index).toLowerCase(), title) &&
      before.endsWith(title) && !OFFICE_MODIFIERS.has(lastWordOf(before.slice(0, before.length - title.length)));
  });
}

/** Words that make a title another office: "Wakil Ketua KPK, X" is no "Ketua KPK:", nor is a
 *  former, acting or would-be holder. */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(['wakil', ...FORMER_WORDS, 'plt', 'plh', 'pj', 'calon']);

/** The last blank-separated word of `s` ("" when none), trailing blanks skipped. */
function lastWordOf(s: string): string {
  const words = s.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** The comma (and spaces) that closes a title in apposition before a name. */
const APPOSITION_END_RE = /,\s*$/;

/** Roles one person holds over a thing ("Pemilik Warung", "Pengelola Pasar", "Pendiri
 *  Sanggar"): with the thing's common noun after them, a headline label for that person. */
const HOLDER_ROLE_WORDS: ReadonlySet<string> = new Set(['pemilik', 'pengelola', 'pendiri', 'pemimpin', 'pengasuh']);

/** A headline's list or tips after the colon: "Ini Cara …", "Begini Tips …", "Berikut
 *  Daftarnya", "5 Tips …", "Cara …" (a role's label over advice for everyone who holds it). */
const LISTICLE_RE = /^\s*(?:(?:ini|begini|berikut)(?:\s+\d+)?\s+(?:cara|tips|trik|daftar|deretan|langkah|hal|fakta|alasan|syarat|ciri)|berikut\b|\d+\s+(?:cara|tips|trik|langkah|hal|fakta|alasan|syarat|ciri)\b|(?:cara|tips|trik|kiat)\s)/i;

/** A headline's bare judge ("Hakim"), and the titles of the judge it stands for: the
 *  presiding judge of a panel or a single judge (pretrial hearings), read in any case. */
const JUDGE_LABEL_RE = /^Hakim$/;
const PRESIDING_JUDGE_RE = /(?:^|[\s,])hakim (?:ketua|tunggal)(?:[\s,]|$)/i;

/** The one person after `from` (within the reach) whose title words satisfy `test`; undefined
 *  when none is, or two different people are. */
export function onlyTitled(text: string, from: number, actors: readonly ActorMention[], test: (title: string) => boolean): ActorMention | undefined {
  const first = firstTitled(text, from, actors, test);
  if (first === undefined) return undefined;
  const second = firstTitled(text, first.end, actors, test);
  return second === undefined || second.canonical === first.canonical ? first : undefined;
}

/** A company's head titles a headline uses alone ("…, CEO: Keputusan Paling Berat"), besides
 *  the offices of title-subject.ts ("Dirut", "Direktur"). */
const COMPANY_HEAD_WORDS: ReadonlySet<string> = new Set(['ceo', 'presdir']);

/** The first body of the kind the common noun `head` names ("kampus": a university) after
 *  `from`, within the reach. */
function firstBodyOf(text: string, head: string, from: number, actors: readonly ActorMention[]): ActorMention | undefined {
  for (let k = firstStartingAt(actors, from); k < actors.length && actors[k].start < from + HOLDER_REACH; k++) {
    if (isBodyOf(head, actors[k], text, actors[k].end)) return actors[k];
  }
  return undefined;
}

/** Words by which a headline gives a statement to the author of a report, a survey or a
 *  study: "Laporan YLAB: 1 dari 5 Anak …", "Survei Indikator: …". */
const REPORT_WORDS: ReadonlySet<string> = new Set(['laporan', 'survei', 'riset', 'studi', 'kajian', 'penelitian']);

/** "Laporan <actor>: …": the actor (a body or a person) whose mention spans the words after
 *  the report word up to the colon; null when the words are no report's, undefined when they
 *  are but name no one actor (nobody then: a report of nobody known speaks for nobody). */
function reportAuthor(text: string, from: number, to: number, actors: readonly ActorMention[]): ActorMention | undefined | null {
  const first = wordAfter(text, from, to);
  if (first === null || !isUpper(text.charCodeAt(first.start)) || !REPORT_WORDS.has(text.slice(first.start, first.end).toLowerCase())) return null;
  const ai = firstStartingAt(actors, first.end);
  const author = ai < actors.length ? actors[ai] : undefined;
  return author !== undefined && author.start === first.end + 1 && author.end === to ? author : undefined;
}

/** A headline's label for a party's counsel ("Pengacara", "Kuasa Hukum", "Penasihat Hukum"),
 *  and the title words the body introduces that counsel with ("kuasa hukumnya, X", "pengacara
 *  terdakwa, X"), read in lower case. */
const COUNSEL_LABEL_RE = /^(?:Pengacara|Kuasa Hukum|Penasihat Hukum)$/i;
const COUNSEL_TITLE_RE = /(?:^|[\s,])(?:pengacara|kuasa hukum|penasihat hukum)(?:nya)?(?: [a-z]+){0,2}[\s,]*$/;

/** The first person after `from` (within the reach) whose title words before the name, in
 *  their sentence, satisfy `test`. */
function firstTitled(text: string, from: number, actors: readonly ActorMention[], test: (title: string) => boolean): ActorMention | undefined {
  let lastPersonEnd = from;
  for (let k = firstStartingAt(actors, from); k < actors.length && actors[k].start < from + HOLDER_REACH; k++) {
    const m = actors[k];
    if (m.type !== 'PER') continue;
    let t = Math.max(lastPersonEnd, m.start - TITLE_REACH);
    for (let j = m.start - 1; j >= t; j--) {
      const c = text.charCodeAt(j);
      // (a title's abbreviation ends no sentence: "Kepala Dinas Kesehatan …, dr. X")
      if (c === 10 || c === 13 || c === 34 || c === 0x201c || c === 0x201d || ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(j + 1)) && !(c === 46 && isAbbreviationDot(text, j)))) { t = j + 1; break; }
    }
    if (test(text.slice(t, m.start))) return m;
    lastPersonEnd = m.end;
  }
  return undefined;
}

/** Titles that make a person the boss of the company named right after them ("Presiden
 *  Direktur Sinar Pangan", "Direktur Utama PT Sinar Pangan", "CEO Sinar Pangan"), not its
 *  staff ("Seorang karyawan Sinar Pangan", "Direktur Keuangan Sinar Pangan"). */
const HEAD_TITLE_RE = /(?:^|[\s,])(?:direktur|dirut|presdir|ceo|bos|pemilik|pendiri|founder|chairman|ketua|komisaris|direktur utama|komisaris utama)(?:\s+pt\.?)?\s+$/i;

/** The title words `title` hold `body` right after a head title. */
function headsBody(title: string, body: string): boolean {
  for (let i = title.indexOf(body); i !== -1; i = title.indexOf(body, i + 1)) {
    if (HEAD_TITLE_RE.test(title.slice(0, i))) return true;
  }
  return false;
}

