// "Kementerian Pertahanan Rusia", "Badan Intelijen Luar Negeri Rusia (SVR)": an
// organisation head takes the maximal name (see orgExtent), and an acronym in brackets
// after it shares its identity.
import { holderGivenNameEnd } from '../given-name-alias';
import { bodyBranchEnd } from '../body-branch';
import { acronymInBracketsAfter, adjacent, danJoined, has, isSentenceInitial, kbMatch, low, lowIs, pushMention, type Ctx } from '../ctx';
import { acronymAfter, orgExtent } from '../extents';
import { nameForeignStateBody } from '../foreign-state-body';
import { leaderOfficeAt } from '../leader-office';
import { personAfterBody } from '../person-after-body';
import { universityHolder } from '../university-holder';
import { acronymBranchEnd } from '../branch-town';
import { headRepeatsKnownName } from '../head-of-known-name';
import { shortHeadEndsBefore } from '../short-head-region';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_DERIVED_NOUN, F_DIRECTION, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_ORG_TAIL, F_TITLE_HEAD } from '../word-class';
import { BOARD_HEADS, BOARD_LEVELS, GROUP_HEADS } from '../../lexicon';
import { isCountry } from '../../../kb/country';
import { DIVISION_UNITS } from '../../regional-division';
import { BUS_COMPANY_HEAD, speaksOfBuses } from '../../bus-company';
import { ministryRegionalOfficeAt } from '../ministry-office';
import { REGIONAL_OFFICES, regionFrom } from '../regional-office';
import { corporateSecretaryWord } from '../corporate-secretary';

/** Organisation heads that are also plain nouns: at a sentence start ("Pasukan NATO
 *  ...", "Tentara Rusia ...") they are the capitalised noun, not a name. */
const COMMON_NOUN_HEADS = new Set(['pasukan', 'tentara', 'polisi', 'bank', 'kantor', 'pusat', 'kelompok', 'grup', 'blok',
  'satuan', 'perusahaan', 'sekolah', 'markas', 'koalisi', 'aliansi', 'gerakan', 'front', 'kamar', 'uni',
  'jaringan', 'laboratorium', 'penjaga', 'jabatan']);
/** Words after "Balai" that make it an agency's technical office, not a hall ("Balai Gakkum",
 *  "Balai Penegakan Hukum …": the forestry ministry's law-enforcement offices). */
const BALAI_AGENCY_WORDS = new Set(['besar', 'karantina', 'taman', 'konservasi', 'wilayah', 'teknik', 'riset', 'pengamanan', 'bahasa', 'veteriner',
  'gakkum', 'penegakan', 'kawasan']);
/** Agency words that name a "Balai"'s task whole: "Balai Gakkum" alone is the office. */
const BALAI_TASK_WORDS = new Set(['gakkum', 'karantina']);
/** Words after "Stasiun" that make it a BMKG station, not a railway station. */
const WEATHER_STATION_WORDS = new Set(['meteorologi', 'klimatologi', 'geofisika']);
/** Derived nouns after "Balai" that name a hall ("Balai Pertemuan …"). */
const BALAI_HALL_WORDS = new Set(['pertemuan', 'persidangan', 'pernikahan', 'perkawinan', 'pengobatan', 'pertunjukan', 'kesenian']);
/** Words after "Liga" that make it a competition ("Liga Champions", "Liga 1"). */
const COMPETITION_WORDS = new Set(['champions', 'super', 'primer', 'premier', 'europa', 'konferensi', 'inggris', 'spanyol', 'italia',
  'jerman', 'prancis', 'belanda', 'nusantara', '1', '2', '3', 'nations', 'mahasiswa', 'pelajar', 'esports', 'e-sports']);
/** One of the tokens [from, to) starts a KB name. */
function anyKbMatch(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (kbMatch(ctx, k)) return true;
  return false;
}

/** None of the tokens [from, to) starts an organisation the KB knows. */
function noKnownBodyIn(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (kbMatch(ctx, k)?.entity.type === 'ORG') return false;
  return true;
}

/** Token j follows token j - 1 after " dan " and is capitalised, as words of a name are. */
function joinedByDan(ctx: Ctx, j: number): boolean {
  const c = ctx.p.charCodeAt(ctx.ts[j]);
  return danJoined(ctx, j) && c >= 65 && c <= 90;
}

/** Token i is "Bank" right before a place the KB knows that ends the name ("Bank Jateng",
 *  "Bank Kalbar", "Bank Rusia"): a bank's name, as it is read mid-sentence, where "Pasukan
 *  Rusia" at a sentence start is the plain noun and a nationality. */
function bankOfPlace(ctx: Ctx, i: number): boolean {
  if (!lowIs(ctx, i, 'bank') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return false;
  const place = kbMatch(ctx, i + 1);
  if (!place || place.entity.type !== 'GPE') return false;
  let k = i + 1;
  while (k < ctx.nt && ctx.ts[k] < place.end) k++;
  return k >= ctx.nt || !adjacent(ctx, k - 1, k);
}

/** Organisation heads that name an institution on their own ("Senat Chuck Schumer"). */
// ("Asprov": a provincial football association, "di kantor Asprov", never a person's name.)
const STANDALONE_ORGS = new Set(['senat', 'kongres', 'parlemen', 'dpr', 'mpr', 'dpd', 'asprov']);

/** Police units written short, and their full titles. */
const POLICE_UNITS = new Map([
  ['satreskrim', 'Satuan Reserse Kriminal'], ['satresnarkoba', 'Satuan Reserse Narkoba'], ['satlantas', 'Satuan Lalu Lintas'],
  ['ditreskrimum', 'Direktorat Reserse Kriminal Umum'], ['ditreskrimsus', 'Direktorat Reserse Kriminal Khusus'],
  ['ditpolairud', 'Direktorat Kepolisian Perairan dan Udara'],
]);
const UNIT_TITLE = /^(?:Satuan|Direktorat) /;

/** "Satuan Reserse Narkoba (Satresnarkoba) Polres Sumbawa Barat": the unit and its acronym,
 *  right before the office (mention `office`), are the office's unit. */
function unitInBracketsBefore(ctx: Ctx, office: number): void {
  if (office < 2) return;
  const { p } = ctx;
  const officeMention = ctx.out[office];
  const acronym = ctx.out[office - 1];
  const full = ctx.out[office - 2];
  if (acronym.type !== 'ORG' || full.type !== 'ORG' || acronym.canonical !== full.canonical || !UNIT_TITLE.test(full.canonical) ||
      p.charCodeAt(acronym.start - 1) !== 40 || p.charCodeAt(acronym.end) !== 41 || acronym.end + 2 !== officeMention.start) return;
  const canonical = `${full.canonical} ${officeMention.canonical}`;
  for (const m of [full, acronym]) { m.canonical = canonical; m.entityId = undefined; m.alias = undefined; m.source = 'pattern'; }
}

const COUNT_BEFORE = /(?:^|\s)\d(?:[\d.,]*\d)? $/;
const YEAR = /(?:^|\s)(?:19|20)\d\d $/;

/** A number other than a year stands right before `start` ("70.000 Koperasi"). */
function countBefore(p: string, start: number): boolean {
  const before = p.slice(Math.max(0, start - 16), start);
  return COUNT_BEFORE.test(before) && !YEAR.test(before);
}

/** The group's name [i, j) is a body's: its acronym in brackets follows ("Masyarakat
 *  Transportasi Indonesia (MTI)"), or a community's name ends in a place the KB knows or
 *  in a body's tail ("Komunitas Pecinta Sungai Jakarta"). */
function namedAsBody(ctx: Ctx, i: number, j: number): boolean {
  if (acronymInBracketsAfter(ctx, i, j)) return true;
  if (low(ctx, i) !== 'komunitas') return false;
  if (has(ctx, j - 1, F_ORG_TAIL)) return true;
  for (let k = i + 1; k < j; k++) {
    const m = kbMatch(ctx, k);
    if (m && m.entity.type === 'GPE' && m.end === ctx.te[j - 1]) return true;
  }
  return false;
}

/** A national division's short name right before the regional office (mention `office`,
 *  headed by `head`) is the office's unit: one mention, named by the unit's title there. */
function divisionUnitBefore(ctx: Ctx, office: number, head: string): void {
  if (office < 1) return;
  const officeMention = ctx.out[office];
  const division = ctx.out[office - 1];
  const unit = division.entityId === undefined ? undefined : DIVISION_UNITS.get(division.entityId)?.titles.get(head);
  if (unit === undefined || division.end + 1 !== officeMention.start || ctx.p.charCodeAt(division.end) !== 32) return;
  division.end = officeMention.end;
  division.canonical = `${unit} ${officeMention.canonical}`;
  division.entityId = undefined;
  division.alias = undefined;
  division.source = 'pattern';
  ctx.out.pop();
}

/** The first token after the division's head i and at least one word of its remit where
 *  a body the KB knows starts, inside the run [i, j) ("Divisi Hukum Bawaslu …"), or -1; -1 also
 *  when the KB knows the division itself ("Divisi Humas Polri"). */
function knownBodyAfterRemit(ctx: Ctx, i: number, j: number): number {
  if (kbMatch(ctx, i)) return -1;
  for (let k = i + 2; k < j; k++) if (kbMatch(ctx, k)?.entity.type === 'ORG') return k;
  return -1;
}

export const organisationHead: ActorRule = {
  name: 'organisation-head',
  cues: CUES_CLEAR,
  gate: F_ORG_HEAD,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (!has(ctx, i, F_ORG_HEAD) || (ctx.mode === 'credit' && i >= ctx.valueFrom)) return NO_MATCH;
    // "Kantor Perdana Menteri Israel …": the leader's office names no body (leader-office.ts).
    // "Sekretaris Perusahaan Benang Mas": a corporate secretary's title (corporate-secretary.ts).
    if (leaderOfficeAt(ctx, i) || corporateSecretaryWord(ctx, i)) return i + 1;
    // "Pimpinan Wilayah Muhammadiyah DIY", "Pengurus Cabang NU …": a mass organisation's board
    // at a level is a body; "Pimpinan" or "Pengurus" alone is a role or a common noun.
    if (BOARD_HEADS.has(low(ctx, i)) && !(i + 1 < nt && adjacent(ctx, i, i + 1) && BOARD_LEVELS.has(low(ctx, i + 1)))) return NO_MATCH;
    // "Balai Besar Pelatihan Vokasi … Bandung": a government agency's technical office is a
    // body; any other "Balai" ("Balai Kota", "Balai Desa") a building.
    // So is a "Balai" named for its task ("Balai Penegakan Hukum Kehutanan …", "Balai
    // Karantina …", "Balai Konservasi …": a derived noun or an agency word after it).
    // ("Balai Gakkum", "Balai Karantina": named for its task in one word, it needs no more.)
    if (low(ctx, i) === 'balai' && !(i + 1 < nt && adjacent(ctx, i, i + 1) && BALAI_TASK_WORDS.has(low(ctx, i + 1))) &&
        !(i + 2 < nt && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) &&
        (BALAI_AGENCY_WORDS.has(low(ctx, i + 1)) || (has(ctx, i + 1, F_DERIVED_NOUN) && !has(ctx, i + 1, F_TITLE_HEAD) && !BALAI_HALL_WORDS.has(low(ctx, i + 1)))))) return NO_MATCH;
    // "Stasiun Meteorologi Maritim Tanjung Emas", "Stasiun Klimatologi Jawa Tengah": a BMKG
    // station is a body; any other "Stasiun" a railway station (the non-actor rule).
    if (lowIs(ctx, i, 'stasiun') && !(i + 1 < nt && adjacent(ctx, i, i + 1) && WEATHER_STATION_WORDS.has(low(ctx, i + 1)))) return NO_MATCH;
    // "Kerajaan Belanda", "Pemerintah Kerajaan Kamboja": a kingdom that is a country the KB
    // knows is that country (as its own aliases "Kerajaan Arab Saudi"); "Kerajaan" is no
    // actor of its own. Other kingdoms ("Kerajaan Ayutthaya", "Kerajaan Majapahit") are
    // bodies, as a sultanate is ("Kesultanan Ternate").
    if (lowIs(ctx, i, 'kerajaan') && i + 1 < nt && adjacent(ctx, i, i + 1)) {
      if (kbMatch(ctx, i)?.entity.type === 'GPE') return NO_MATCH;
      const country = kbMatch(ctx, i + 1);
      if (country !== null && isCountry(country.entity)) return i + 1;
    }
    // "Rumah Sakit Umum Pusat Dr. Taguka": a hospital is a body; any other "Rumah" a building.
    if (lowIs(ctx, i, 'rumah') && !(i + 2 < nt && adjacent(ctx, i, i + 1) && lowIs(ctx, i + 1, 'sakit') && adjacent(ctx, i + 1, i + 2))) return NO_MATCH;
    // (A name of two remits joined by "dan" counts as a name too: "Kantor Pencarian dan
    // Pertolongan Bandung mengerahkan …".)
    // ("Kantor Kementerian Agama Kota Bima …": a ministry's regional office, ministry-office.ts)
    // ("Bank Jateng sudah …": a bank is named by its place at a sentence start as elsewhere.)
    if (COMMON_NOUN_HEADS.has(low(ctx, i)) && isSentenceInitial(p, ts[i]) &&
        !(i + 2 < nt && adjacent(ctx, i, i + 1) && (adjacent(ctx, i + 1, i + 2) || joinedByDan(ctx, i + 2)) && !kbMatch(ctx, i + 1)) &&
        !ministryRegionalOfficeAt(ctx, i) && !bankOfPlace(ctx, i)) return NO_MATCH;
    // "Grup C", "Grup G Liga Champions": a group of a competition, no organisation (issue
    // 13, patterns 3 and 6); the non-actor rule skips it.
    // So is a league's regional group ("Grup Timur", "Grup Barat Liga 2"): a direction that
    // ends the name, or before a competition's name ("Grup Timur Raya Sentosa" goes on: a
    // company's).
    if (lowIs(ctx, i, 'grup') && i + 1 < nt && adjacent(ctx, i, i + 1) &&
        (te[i + 1] - ts[i + 1] === 1 || (has(ctx, i + 1, F_DIRECTION) && !(i + 2 < nt && adjacent(ctx, i + 1, i + 2) && !kbMatch(ctx, i + 2) && !has(ctx, i + 2, F_NON_ACTOR_HEAD | F_ORG_HEAD))))) return NO_MATCH;
    // "Liga Champions AFC", "Liga Super Malaysia", "Liga 1": a competition, not a league body
    // like "Liga Arab"; the non-actor rule skips it and a KB name inside is still found.
    if (lowIs(ctx, i, 'liga') && i + 1 < nt && adjacent(ctx, i, i + 1) && COMPETITION_WORDS.has(low(ctx, i + 1))) return NO_MATCH;
    // "Kepala Badan Geologi Hendarto Suryono": the title holder's name is no part of the body's.
    // ("Pengamat Universitas Pakuan Eka Dodera Prawira menilai": an academic after a university.)
    // "Ikatan Dokter Indonesia Cabang Kupang": a national association's branch, named with the
    // branch word and its town after the country that closed the name (branch-town.ts); a body
    // the KB knows takes its branch in kb-name.ts, by its known name.
    // ("Kepala Dinas Kesehatan Hairil Anwar": a holder whose surname is a known person's given name, given-name-alias.ts)
    const named = universityHolder(ctx, i, personAfterBody(ctx, i, holderGivenNameEnd(ctx, i, orgExtent(ctx, i))));
    const j = noKnownBodyIn(ctx, i, named) ? acronymBranchEnd(ctx, named) : named;
    // "Kepala Divisi Penilaian Perusahaan BEI", "Koordinator Divisi Hukum Bawaslu Luwu Timur":
    // after a title, a division between the title and its body stays in the holder's title
    // (eval/README: a unit named between a title and its ministry stays in the title); the
    // body after it is read on its own.
    if (ctx.titleCue && lowIs(ctx, i, 'divisi')) {
      const body = knownBodyAfterRemit(ctx, i, j);
      if (body > 0) return body;
    }
    // "70.000 Koperasi Desa …": a count of bodies is a programme's or a plural noun's, no body.
    // "Komunitas Tionghoa", "Masyarakat Adat": a group of people, unless named as a body.
    // (A place inside is still found: "Masyarakat Adat Papua", "300 Polisi Jakarta".)
    if (countBefore(p, ts[i])) return i + 1;
    if (GROUP_HEADS.has(low(ctx, i)) && !namedAsBody(ctx, i, j)) return kbMatch(ctx, i) ? NO_MATCH : i + 1;
    // "Direktur Penilaian Perusahaan BEI", "kantor KPK": a common organisation noun right
    // before a known organisation is no part of its name.
    if (COMMON_NOUN_HEADS.has(low(ctx, i)) && adjacent(ctx, i, i + 1)) {
      // "Markas Polres Sumbawa Barat", "kantor Polda NTB": the office's building.
      if (REGIONAL_OFFICES.has(low(ctx, i + 1))) return i + 1;
      // "Sekretaris Perusahaan PT Garam", "kelompok CV Maju Jaya": before a company's legal
      // form the noun is the kind (or a title's word), the company's name opens with the form
      // (dev d331).
      if (lowIs(ctx, i + 1, 'pt') || lowIs(ctx, i + 1, 'cv')) return i + 1;
      const known = kbMatch(ctx, i + 1);
      if (known && known.entity.type === 'ORG' && known.end === te[j - 1]) return i + 1;
    }
    // "Lembaga LPS", "Bursa BEI": the head repeats the known body's first word (head-of-known-name.ts).
    if (headRepeatsKnownName(ctx, i, j)) return i + 1;
    const m = kbMatch(ctx, i);
    // ("Kepala Dishub Agustinus Mering": a regional body's short head before its holder's name
    // is the body alone, short-head-region.ts)
    if (!((j > i + 1 || STANDALONE_ORGS.has(low(ctx, i)) || shortHeadEndsBefore(ctx, i, j)) && (!m || te[j - 1] > m.end))) return NO_MATCH;
    let source: 'pattern' | 'weak' = 'pattern';
    if (lowIs(ctx, i, BUS_COMPANY_HEAD) && !speaksOfBuses(p)) {
      // "PO Tiket Konser Jakarta": a pre-order (no acronym's name either), whose words are
      // read as usual; "PO Sampri Jaya": weak, a bus company if the article speaks of buses
      // near it (bus-company.ts).
      if (anyKbMatch(ctx, i + 1, j)) return i + 1;
      source = 'weak';
    }
    pushMention(ctx, ts[i], te[j - 1], 'ORG', source);
    const last = ctx.out[ctx.out.length - 1];
    // "PT Bank Negara Indonesia (Persero) Tbk": a company the KB knows by its name alone.
    if (lowIs(ctx, i, 'pt') && last && last.start === ts[i] && j > i + 1 && last.entityId === undefined) {
      const known = ctx.kb.lookup(p.slice(ts[i + 1], last.end));
      if (known && known.type === 'ORG') { last.canonical = known.canonical; last.entityId = known.id; }
    }
    // "Satreskrim Polres Sumbawa Barat": a police unit with its office, by their full titles.
    const unit = POLICE_UNITS.get(low(ctx, i));
    if (unit && last && last.start === ts[i] && j > i + 2 && REGIONAL_OFFICES.has(low(ctx, i + 1))) {
      last.canonical = `${unit} ${REGIONAL_OFFICES.get(low(ctx, i + 1))} ${regionFrom(ctx, i + 2, j)}`;
    }
    // "Satuan Reserse Narkoba Polres Sumbawa Barat": the unit written in full, its office short.
    if (!unit && last && last.start === ts[i] && j > i + 3 && UNIT_TITLE.test(last.canonical) && last.canonical === p.slice(ts[i], te[j - 1])) {
      for (let k = i + 2; k < j - 1; k++) {
        const office = REGIONAL_OFFICES.get(low(ctx, k));
        if (office === undefined) continue;
        last.canonical = `${p.slice(ts[i], te[k - 1])} ${office} ${regionFrom(ctx, k + 1, j)}`;
        break;
      }
    }
    if (last && last.start === ts[i]) nameForeignStateBody(ctx, i, j, last);
    const regional = REGIONAL_OFFICES.get(low(ctx, i));
    // "Polres Toraja Utara" is named by its full title: "Kepolisian Resor Toraja Utara".
    if (regional && last && last.start === ts[i] && j > i + 1 && last.canonical === p.slice(ts[i], te[j - 1])) {
      last.canonical = `${regional} ${regionFrom(ctx, i + 1, j)}`;
      unitInBracketsBefore(ctx, ctx.out.length - 1);
      divisionUnitBefore(ctx, ctx.out.length - 1, low(ctx, i));
    }
    // "Ikatan Dokter Indonesia Cabang Balikpapan": the body's branch (body-branch.ts).
    const branch = last && last.start === ts[i] && source === 'pattern' ? bodyBranchEnd(ctx, j) : j;
    return acronymAfter(ctx, branch > j ? branch : j, ctx.out.length - 1);
  },
};
