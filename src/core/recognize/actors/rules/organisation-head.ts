// "Kementerian Pertahanan Rusia", "Badan Intelijen Luar Negeri Rusia (SVR)": an
// organisation head takes the maximal name (see orgExtent), and an acronym in brackets
// after it shares its identity.
import { adjacent, has, isSentenceInitial, kbMatch, low, pushMention } from '../ctx';
import { acronymAfter, orgExtent } from '../extents';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ORG_HEAD } from '../word-class';

/** Organisation heads that are also plain nouns: at a sentence start ("Pasukan NATO
 *  ...", "Tentara Rusia ...") they are the capitalised noun, not a name. */
const COMMON_NOUN_HEADS = new Set(['pasukan', 'tentara', 'polisi', 'bank', 'kantor', 'pusat', 'kelompok', 'grup', 'blok',
  'satuan', 'perusahaan', 'sekolah', 'markas', 'koalisi', 'aliansi', 'gerakan', 'front', 'kamar', 'uni']);
/** Organisation heads that name an institution on their own ("Senat Chuck Schumer"). */
const STANDALONE_ORGS = new Set(['senat', 'kongres', 'parlemen', 'dpr', 'mpr', 'dpd']);

/** Regional offices written with their short head, and the full title they are named by. */
const REGIONAL_OFFICES = new Map([
  ['polres', 'Kepolisian Resor'], ['polresta', 'Kepolisian Resor Kota'], ['polrestabes', 'Kepolisian Resor Kota Besar'],
  ['polda', 'Kepolisian Daerah'], ['polsek', 'Kepolisian Sektor'], ['kejari', 'Kejaksaan Negeri'], ['kejati', 'Kejaksaan Tinggi'],
  ['lanal', 'Pangkalan TNI Angkatan Laut'], ['lanud', 'Pangkalan TNI Angkatan Udara'], ['lantamal', 'Pangkalan Utama TNI Angkatan Laut'],
]);

const REGION_PREFIX = /^(?:Kabupaten|Kota|Provinsi) /;

export const organisationHead: ActorRule = {
  name: 'organisation-head',
  cues: CUES_CLEAR,
  gate: F_ORG_HEAD,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (!has(ctx, i, F_ORG_HEAD) || (ctx.mode === 'credit' && i >= ctx.valueFrom)) return NO_MATCH;
    if (COMMON_NOUN_HEADS.has(low(ctx, i)) && isSentenceInitial(p, ts[i]) &&
        !(i + 2 < nt && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) && !kbMatch(ctx, i + 1))) return NO_MATCH;
    // "Grup C", "Grup G Liga Champions": a group of a competition, no organisation (issue
    // 13, patterns 3 and 6); the non-actor rule skips it.
    if (low(ctx, i) === 'grup' && i + 1 < nt && adjacent(ctx, i, i + 1) && te[i + 1] - ts[i + 1] === 1) return NO_MATCH;
    const j = orgExtent(ctx, i);
    // "Direktur Penilaian Perusahaan BEI", "kantor KPK": a common organisation noun right
    // before a known organisation is no part of its name.
    if (COMMON_NOUN_HEADS.has(low(ctx, i)) && adjacent(ctx, i, i + 1)) {
      // "Markas Polres Sumbawa Barat", "kantor Polda NTB": the office's building.
      if (REGIONAL_OFFICES.has(low(ctx, i + 1))) return i + 1;
      const known = kbMatch(ctx, i + 1);
      if (known && known.entity.type === 'ORG' && known.end === te[j - 1]) return i + 1;
    }
    const m = kbMatch(ctx, i);
    if (!((j > i + 1 || STANDALONE_ORGS.has(low(ctx, i))) && (!m || te[j - 1] > m.end))) return NO_MATCH;
    pushMention(ctx, ts[i], te[j - 1], 'ORG', 'pattern');
    const last = ctx.out[ctx.out.length - 1];
    // "PT Bank Negara Indonesia (Persero) Tbk": a company the KB knows by its name alone.
    if (low(ctx, i) === 'pt' && last && last.start === ts[i] && j > i + 1 && last.entityId === undefined) {
      const known = ctx.kb.lookup(p.slice(ts[i + 1], last.end));
      if (known && known.type === 'ORG') { last.canonical = known.canonical; last.entityId = known.id; }
    }
    const regional = REGIONAL_OFFICES.get(low(ctx, i));
    // "Polres Toraja Utara" is named by its full title: "Kepolisian Resor Toraja Utara".
    if (regional && last && last.start === ts[i] && j > i + 1 && last.canonical === p.slice(ts[i], te[j - 1])) {
      // "Polda NTB": the region by its KB name without its prefix ("Nusa Tenggara Barat").
      const place = kbMatch(ctx, i + 1);
      const region = place && place.entity.type === 'GPE' && place.end === te[j - 1]
        ? place.entity.canonical.replace(REGION_PREFIX, '') : p.slice(ts[i + 1], te[j - 1]);
      last.canonical = `${regional} ${region}`;
    }
    return acronymAfter(ctx, j, ctx.out.length - 1);
  },
};
