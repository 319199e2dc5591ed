// "Kabupaten Natuna", "Kota Bandung", "Provinsi Maluku Utara": the prefix is part of the
// official name of the place. So is a Japanese prefecture's ("Prefektur Shizuoka"), named
// by its English title ("Shizuoka Prefecture") when the KB does not know it, an Arab
// country's governorate's ("Kegubernuran Maysan": "Maysan Governorate") and a county's
// ("County Bomi"; titled by its country, foreign-titles.ts, as a foreign "Provinsi X" is).
import { adjacent, has, kbMatch, pushMention, word, wordIs } from '../ctx';
import { unknownExtent } from '../extents';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_PLACE_PREFIX, F_TITLE_HEAD } from '../word-class';
import { FOREIGN_DESIGNATORS } from '../../foreign-titles';
import { regionKind, REGION_PREFIXES, REGION_PREFIX_WORDS } from '../../regional-names';

/** Foreign designators of one word (no Indonesian region's), which open no Indonesian body's
 *  office ("Prefektur", "County", "Kegubernuran"). */
const FOREIGN_PREFIXES: ReadonlySet<string> = new Set(FOREIGN_DESIGNATORS.map((d) => d.word).filter((w) => !w.includes(' ') && !REGION_PREFIXES.has(w)));
/** The English word after the name of a foreign designator's place whatever its country
 *  ("Prefektur" → "Prefecture", "Kegubernuran" → "Governorate"). */
const ENGLISH_AFTER_NAME: ReadonlyMap<string, string> = new Map(FOREIGN_DESIGNATORS.flatMap((d) => (d.english === undefined ? [] : [[d.word, d.english] as const])));
/** An Indonesian region's prefixes (regional-names.ts) and the foreign designators. */
const NAMED_PLACE_PREFIXES: ReadonlySet<string> = new Set([...REGION_PREFIX_WORDS, ...FOREIGN_PREFIXES]);
/** The longest name a county or a governorate takes ("County Grand Gedeh"); a longer run
 *  goes on into its governor's name ("County Kakamega Fernandes Barasa"), cut after one word. */
const FOREIGN_NAME_WORDS = 2;

export const namedPlace: ActorRule = {
  name: 'named-place',
  cues: CUES_CLEAR,
  gate: F_PLACE_PREFIX,
  apply(ctx, i) {
    const { ts, te, nt } = ctx;
    if (!has(ctx, i, F_PLACE_PREFIX) || !(i + 1 < nt && adjacent(ctx, i, i + 1)) || !NAMED_PLACE_PREFIXES.has(word(ctx, i))) return NO_MATCH;
    // "Kapolresta Sorong Kota Kombes Pol Wigiro Worabai": "Kota" closing a unit's place
    // before a rank or title names no place; the title starts the holder's name.
    if (has(ctx, i + 1, F_TITLE_HEAD)) return NO_MATCH;
    let j = unknownExtent(ctx, i + 1);
    const m2 = kbMatch(ctx, i + 1);
    if (m2) { j = i + 2; while (j < nt && ts[j] < m2.end) j++; }
    // "Gubernur Prefektur Aichi Hideaki Omura": a prefecture's name is one word; the words
    // after it are the governor's name, not the place's.
    else if (wordIs(ctx, i, 'Prefektur')) j = Math.min(j, i + 2);
    else if (FOREIGN_PREFIXES.has(word(ctx, i)) && j > i + 1 + FOREIGN_NAME_WORDS) j = i + 2;
    if (j <= i + 1) return NO_MATCH;
    pushMention(ctx, ts[i], te[j - 1], 'GPE', 'pattern');
    // "Provinsi Sulawesi Tenggara": a province the KB knows is named by its KB name (the
    // sets' convention: "Provinsi Lampung" is Lampung).
    const last = ctx.out[ctx.out.length - 1];
    if (m2 && m2.entity.type === 'GPE' && m2.end === te[j - 1] && wordIs(ctx, i, 'Provinsi') && last && last.start === ts[i]) {
      last.canonical = m2.entity.canonical;
      last.entityId = m2.entity.id;
    } else if (m2 && m2.entity.type === 'GPE' && m2.end === te[j - 1] && wordIs(ctx, i, 'Kota') && last && last.start === ts[i]) {
      // "Kota Bandung" is Bandung: the sets name a city bare (27 of the dev set's 30
      // Indonesian "Kota X"), also where the KB's bare name is the regency or province the
      // city shares it with ("Kota Ende" is Ende, not Kabupaten Ende; "Kota Bengkulu" is
      // Bengkulu, the city: dev d239, d315), then by the name as written.
      const kind = regionKind(m2.entity);
      if (kind === 'Kota') {
        last.canonical = m2.entity.canonical;
        last.entityId = m2.entity.id;
      } else if (kind !== undefined) last.canonical = ctx.p.slice(ts[i + 1], te[j - 1]);
    } else if (!m2 && last && last.start === ts[i]) {
      // "Prefektur Aichi" the KB does not know: "Aichi Prefecture"
      const english = ENGLISH_AFTER_NAME.get(word(ctx, i));
      if (english !== undefined) last.canonical = `${ctx.p.slice(ts[i + 1], te[j - 1])} ${english}`;
    }
    return j;
  },
};
