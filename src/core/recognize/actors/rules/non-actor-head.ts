// "KTT", "Gedung", "Operasi" (lexicon NON_ACTOR_HEADS): events, facilities and the like;
// the capitalised words after the head are skipped up to the next KB name ("KTT BRICS":
// BRICS is still a mention). A facility named after a person is no mention of the person
// ("Stadion Gelora BJ Habibie", "Bandara Internasional Soekarno-Hatta"), though a body named
// inside it is ("Gedung DPRD Kaltim"), and a market index
// is no mention of what it is named after ("Indeks Nikkei", "Indeks Straits Times"), nor a
// street ("Jalan Medan Merdeka Barat").
import { adjacent, has, kbMatch, low, lowIs, pushMention, wordIs, type Ctx } from '../ctx';
import { acronymAfter, indonesianRegionEnd, opensRegionalGovernment, orgExtent, unknownExtent } from '../extents';
import { initialsInBrackets } from './unknown-name';
import { namesNaturalFeature } from '../feature-named-after-place';
import { hariIsGivenName } from '../hari-given-name';
import { bestPersonTail } from '../person-after-body';
import { INLAND_FEATURE_WORDS, NEVER_ACTOR, PERSON_NOUN_WORDS, SEA_WORDS, SHIP_PREFIXES } from '../../lexicon';
import { COMPANY_TAILS } from '../../company-tails';
import { isGeneratedWorldCity } from '../../../kb/builtin';
import { CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_NON_ACTOR_HEAD, F_ORG_HEAD, F_TITLE_HEAD } from '../word-class';

export const nonActorHead: ActorRule = {
  name: 'non-actor-head',
  cues: CUES_CLEAR_TITLE,
  gate: F_NON_ACTOR_HEAD,
  apply(ctx, i) {
    if (!has(ctx, i, F_NON_ACTOR_HEAD)) return NO_MATCH;
    // "Editor: Hari Widodo Santoso": a person's given name, no day's (hari-given-name.ts).
    if (hariIsGivenName(ctx, i)) return NO_MATCH;
    const head = low(ctx, i);
    const facility = FACILITY_HEADS.has(head);
    const index = head === 'indeks' || head === 'index';
    // "Jalan Medan Merdeka Barat", "Jalan Surabaya": a street named after a place is no
    // mention of it (recog36, d154).
    const street = head === 'jalan' || head === 'jl' || head === 'jln';
    // "KRI Semarang", "MV Ruby Star": a ship's name, whatever it is named after (lexicon
    // SHIP_PREFIXES); "MT" only after a vessel word ("kapal tanker MT Arman Jaya"), and
    // "MV" not in a paragraph about music, where it is the music video ("NewJeans merilis
    // lagu baru. MV NewJeans itu langsung trending", review 45).
    const ship = SHIP_PREFIXES.has(head);
    if (head === 'mt' && !VESSEL_WORD_BEFORE.test(ctx.p.slice(Math.max(0, ctx.ts[i] - 16), ctx.ts[i]))) return NO_MATCH;
    // (the music video's "MV" is no acronym of a body either: only the word is skipped)
    if (head === 'mv' && !VESSEL_WORD_BEFORE.test(ctx.p.slice(Math.max(0, ctx.ts[i] - 16), ctx.ts[i])) && MUSIC_WORD.test(ctx.p)) return i + 1;
    // "Pengamat Pasar Uang Ibrahim Nasrullah": after a title, a market is the title's field
    // (two words), and the name after it is the holder's, no part of a facility's name.
    if (ctx.titleCue && head === 'pasar' && i + 2 < ctx.nt && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) && !kbMatch(ctx, i + 1)) return i + 2;
    // "Forum Warga Peduli Rejali", "Forum Dosen Peduli Unsrat": a forum of people named by
    // their role or trade is their organisation, not a meeting.
    if (head === 'forum' && i + 2 < ctx.nt && adjacent(ctx, i, i + 1) && PERSON_NOUN_WORDS.hasAt(ctx.p, ctx.ts[i + 1], ctx.te[i + 1])) {
      // (the people noun may be a title head, "Dosen": the name runs on from the word after it)
      let e = i + 2;
      if (e < ctx.nt && adjacent(ctx, e - 1, e) && !has(ctx, e, F_TITLE_HEAD | F_ORG_HEAD) && !kbMatch(ctx, e)) e = unknownExtent(ctx, e);
      // ("Forum Guru digelar": a name of its own after the people noun, or a meeting of them)
      if (e === i + 2) return e;
      // "Forum Guru Honorer Bersatu Lebak": the regency the forum is of closes its name, as an
      // association's does ("Perhimpunan Peternak Sapi Lampung Tengah"; session 51).
      e = indonesianRegionEnd(ctx, e);
      pushMention(ctx, ctx.ts[i], ctx.te[e - 1], 'ORG', 'pattern');
      return acronymAfter(ctx, e, ctx.out.length - 1);
    }
    // "Forum Kerukunan Umat Beragama (FKUB)", "Konferensi Waligereja Indonesia (KWI)": a
    // forum or conference whose initials follow in brackets is a standing body, no meeting.
    // Initials do not make a meeting a body: "Konferensi Tingkat Tinggi (KTT)", "Forum Group
    // Discussion (FGD)", "Konferensi Asia Afrika (KAA)" stay events.
    if (head === 'forum' || head === 'konferensi') {
      let e = i + 1;
      while (e < ctx.nt && adjacent(ctx, e - 1, e) && !kbMatch(ctx, e) && !has(ctx, e, F_ORG_HEAD | F_TITLE_HEAD)) e++;
      // (the country closing a body's name, "… Waligereja Indonesia (KWI)", is part of it)
      if (e < ctx.nt && adjacent(ctx, e - 1, e) && kbMatch(ctx, e)?.entity.type === 'GPE' && initialsInBrackets(ctx, i, e + 1)) e++;
      if (e - i >= 2 && initialsInBrackets(ctx, i, e)) {
        // (a meeting's initials name the meeting: skipped with it)
        if (!standingBody(ctx, head, i, e)) return e + 1;
        pushMention(ctx, ctx.ts[i], ctx.te[e - 1], 'ORG', 'pattern');
        return acronymAfter(ctx, e, ctx.out.length - 1);
      }
    }
    // "Pangkalan PSDKP Tual", "Pangkalan Pengawasan Sumber Daya Kelautan dan Perikanan Bitung":
    // a base before its body's initials or its remit is a unit of that body, one ORG with its
    // place (goldfix52: a unit written with its body is one ORG), not a facility before a town.
    // ("Pangkalan Bun", "Pangkalan Kerinci" are towns the KB knows, read before this rule;
    // "Pangkalan TNI AL" is the navy's base, regional-office.ts.)
    if (head === 'pangkalan' && opensBaseUnit(ctx, i + 1)) {
      const e = orgExtent(ctx, i);
      pushMention(ctx, ctx.ts[i], ctx.te[e - 1], 'ORG', 'pattern');
      return acronymAfter(ctx, e, ctx.out.length - 1);
    }
    // "Bengawan Solo", "Teluk Palu", "Selat Inggris": a known place inside a natural
    // feature's name is no mention (feature-named-after-place.ts).
    const feature = namesNaturalFeature(ctx, i);
    let j = i + 1;
    for (; j < ctx.nt && adjacent(ctx, j - 1, j); j++) {
      // "Rencana Pemerintah Kabupaten Buleleng …": a regional government after a
      // sentence-opening noun is a body of its own (extents.ts).
      if (opensRegionalGovernment(ctx, j)) break;
      // "Gedung DPRD Kaltim", "Gedung Badan Pusat Statistik": a body's name inside a
      // facility's is still a mention; its own rule reads it. (DPRD is no organisation
      // head, since a person may follow it: "Anggota DPRD Budi Santoso".)
      if (facility && (has(ctx, j, F_ORG_HEAD) || wordIs(ctx, j, 'DPRD'))) break;
      const m = kbMatch(ctx, j);
      if (!m || index || street || ship) continue;
      // (right after the head: "Samudra Jaya Gresik" is a club named with its town)
      if (feature && j === i + 1 && m.entity.type === 'GPE') {
        while (j + 1 < ctx.nt && ctx.ts[j + 1] < m.end) j++;
        continue;
      }
      // ("Paroki Santa Maria", "Gereja San Pedro": a church is named after its patron saint,
      // whom a town abroad of the generated gazetteer is named after too; the name stays
      // inside, as a town inside a university abroad's name does, extents.ts)
      if (CHURCH_HEADS.has(head) && isGeneratedWorldCity(m.entity)) {
        while (j + 1 < ctx.nt && ctx.ts[j + 1] < m.end) j++;
        continue;
      }
      if (!facility || m.entity.type !== 'PER') break;
      while (j + 1 < ctx.nt && ctx.ts[j + 1] < m.end) j++;
    }
    // "Samudra Investa Sekuritas", "Gunung Sewu Group": a run ending in an organisation's
    // tail is a company named after a sea or a mountain, not the sea.
    // Only geographic heads and company tails: "Hotel Borobudur International", "Festival Film
    // Asia Today" are a building and an event.
    if (GEOGRAPHIC_HEADS.has(head) && j - i >= 2 && COMPANY_TAILS.has(low(ctx, j - 1))) return NO_MATCH;
    // "Imam Besar Masjid Istiqlal Nasaruddin Umar mengatakan": after a title the facility the
    // holder serves is followed by the holder's name with nothing between them, as a body is
    // (person-after-body.ts): a tail the name model reads as a person's name is left to the
    // unknown-name rule; the facility keeps two words at least, and the name of the saint or
    // the known person it is named after ("Gereja Santo Yosef", "Stadion Gelora Bung Karno").
    // Nor a name opened by a title or an honorific ("Masjid Jami Kyai Haji Ahmad Dahlan") or
    // a religious figure's ("Gereja Pantekosta Isa Almasih"): a facility's namesake too.
    if (facility && ctx.titleCue && j - i >= 4) return bestPersonTail(ctx, i, j, (s) => mayCutHolder(ctx, s, j));
    return j;
  },
};

/** Words that make a forum or conference with initials a meeting ("Tingkat Tinggi", "Pers",
 *  "Diskusi", "Group Discussion"). */
const MEETING_WORDS = new Set(['tingkat', 'tinggi', 'pers', 'diskusi', 'group', 'discussion', 'dialog', 'seminar', 'lokakarya', 'rapat',
  'sidang', 'musyawarah', 'summit', 'meeting', 'conference', 'pertemuan']);
/** A conference is a meeting unless its name says who sits in it ("Konferensi Waligereja
 *  Indonesia"); a forum is a body unless its name says it is a meeting. */
const CONFERENCE_BODY_WORDS = new Set(['waligereja', 'uskup', 'gereja', 'rektor', 'ulama']);

/** The forum or conference [i, e) with its initials after it is a standing body: the initials
 *  are no event's ("KTT"), no word of the run names a meeting, and a conference names its
 *  members. */
function standingBody(ctx: Ctx, head: string, i: number, e: number): boolean {
  const open = ctx.te[e - 1] + 2;
  const close = ctx.p.indexOf(')', open);
  if (NEVER_ACTOR.has(ctx.p.slice(open, close).toLowerCase())) return false;
  let members = head !== 'konferensi';
  for (let k = i + 1; k < e; k++) {
    const w = low(ctx, k);
    if (MEETING_WORDS.has(w)) return false;
    if (CONFERENCE_BODY_WORDS.has(w)) members = true;
  }
  return members;
}

/** A vessel word right before a ship's designator ("kapal MT …", "tanker MT …"). */
/** A paragraph about music: "MV" in it is a music video. */
const MUSIC_WORD = /(?:^|[^\p{L}])(?:lagu|musik|album|single|penyanyi|klip|idol|K-pop|konser|trending)(?![\p{L}])/iu;
const VESSEL_WORD_BEFORE = /(?:^|[^\p{L}])(?:kapal|tanker|kargo|tongkang|kontainer|pesiar|feri)\s+$/iu;

/** Words before the saint a church or school is named after ("Gereja Santo Yosef"). */
const SAINT_WORDS = new Set(['santo', 'santa', 'st', 'sto']);

/** Titles of the historical figures mosques and the like are named after ("Masjid Sunan Ampel",
 *  "Masjid Agung Syekh Yusuf", "Stadion Sultan Agung"): no living holder's. */
const NAMESAKE_TITLES = new Set(['sunan', 'sultan', 'syekh', 'syeikh', 'pangeran', 'nabi']);
/** Words of the religious figures churches are named after ("Isa Almasih", "Yesus Kristus"). */
const RELIGIOUS_FIGURE_WORDS = new Set(['almasih', 'yesus', 'kristus']);

/** The run [s, j) at the end of a facility's name may be its holder's name: not its namesake,
 *  a saint ("Gereja Santo Yosef"), a titled or honoured person ("Masjid Kyai Haji Ahmad
 *  Dahlan"), a religious figure or a person the KB knows ("Stadion Gelora Bung Karno"). */
function mayCutHolder(ctx: Ctx, s: number, j: number): boolean {
  if (SAINT_WORDS.has(low(ctx, s - 1)) || NAMESAKE_TITLES.has(low(ctx, s - 1))) return false;
  // ("Kyai Haji Ahmad Dahlan", "Syekh Haji Abdul Rauf" spelled out name the namesake; a
  // holder's own title is written short, "Takmir Masjid Al Ikhlas KH Ahmad Fauzi": cut)
  if (s >= 2 && lowIs(ctx, s - 1, 'haji') && (lowIs(ctx, s - 2, 'kyai') || lowIs(ctx, s - 2, 'kiai') || NAMESAKE_TITLES.has(low(ctx, s - 2)))) return false;
  for (let k = s; k < j; k++) if (RELIGIOUS_FIGURE_WORDS.has(low(ctx, k))) return false;
  return !knownPersonFrom(ctx, s, j);
}

/** A word of [s, j) opens a person the KB knows ("Stadion Gelora Bung Karno"). */
function knownPersonFrom(ctx: Ctx, s: number, j: number): boolean {
  for (let k = s; k < j; k++) if (kbMatch(ctx, k)?.entity.type === 'PER') return true;
  return false;
}

/** Token j, right after "Pangkalan", opens the body a base belongs to: a body's initials
 *  (two capitals or more, the armed forces' excepted) or a supervisory remit ("Pengawasan …"). */
function opensBaseUnit(ctx: Ctx, j: number): boolean {
  if (j >= ctx.nt || !adjacent(ctx, j - 1, j) || j + 1 >= ctx.nt || !adjacent(ctx, j, j + 1)) return false;
  const w = ctx.p.slice(ctx.ts[j], ctx.te[j]);
  if (w === 'Pengawasan') return true;
  return /^[A-Z]{3,}$/.test(w) && !ARMED_FORCES_INITIALS.has(w) && kbMatch(ctx, j)?.entity.type !== 'GPE';
}
/** The armed forces' initials: their bases are read by regional-office.ts ("Pangkalan TNI AL"). */
const ARMED_FORCES_INITIALS = new Set(['TNI', 'ABRI']);

/** Heads of seas, mountains and the like, after which companies are named (and islands and
 *  capes: "Pulau Intan", "Tanjung Priok"). */
const GEOGRAPHIC_HEADS = new Set([...SEA_WORDS, ...INLAND_FEATURE_WORDS, 'pulau', 'tanjung']);

/** Heads of facilities, which are often named after people. */
/** Heads of a church's or a parish's name (a patron saint follows). */
const CHURCH_HEADS = new Set(['paroki', 'gereja']);
const FACILITY_HEADS = new Set(['stadion', 'bandara', 'jalan', 'jl', 'gedung', 'masjid', 'gereja', 'terminal', 'pelabuhan', 'stasiun',
  'lapangan', 'monumen', 'taman', 'jembatan', 'bendungan', 'auditorium', 'aula', 'wisma', 'pendopo', 'rutan', 'lapas', 'rs',
  'vihara', 'wihara', 'klenteng', 'kelenteng']);
