// Deterministic generator of Indonesian news-style text for benchmarks: seeded PRNG,
// sentence templates written for this project, names from the built-in KB mixed with
// invented ones, quotes in every mark style, datelines and credit lines. Same seed,
// same bytes, so runs are comparable.
import { loadBuiltinKb } from '../src/core/kb/builtin';
import { seededRandom } from '../src/core/text/seeded-random';

/** The seeded generator the corpora are made with (same seed, same bytes). */
export const prng = seededRandom;

const SYLLABLES = ['ra', 'ka', 'wi', 'sa', 'na', 'dar', 'to', 'mo', 'li', 'ha', 'pu', 'tri', 'an', 'di', 'yo', 'se', 'nu', 'gra', 'ba', 'lin'];
const TITLES = ['Menteri Luar Negeri', 'Juru bicara', 'Direktur Eksekutif', 'Ketua', 'Wakil Presiden', 'Analis politik', 'Gubernur', 'Duta Besar'];
const VERBS = ['mengatakan', 'menegaskan', 'menyatakan', 'menjelaskan', 'mengungkapkan'];
const CUES = ['kata', 'ujar', 'tutur', 'tegas', 'jelas'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];
const QUOTES: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['“', '"']];
const FILLER = [
  'pemerintah akan meninjau kembali kebijakan tersebut dalam waktu dekat',
  'pembicaraan kedua pihak berlangsung tertutup selama beberapa jam',
  'situasi keamanan di kawasan perbatasan masih belum stabil',
  'anggaran pertahanan tahun depan diperkirakan naik cukup tajam',
  'kesepakatan itu masih harus disetujui oleh parlemen masing-masing',
  'harga komoditas di pasar internasional bergerak tidak menentu',
  'ribuan warga mengungsi setelah serangan udara pada malam hari',
];

export function generateArticles(targetBytes: number, seed = 20250601): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const kb = loadBuiltinKb().entities;
  const places = kb.filter((e) => e.type === 'GPE').map((e) => e.aliases[0] ?? e.canonical);
  const orgs = kb.filter((e) => e.type === 'ORG').map((e) => e.aliases[0] ?? e.canonical);
  const people = kb.filter((e) => e.type === 'PER').map((e) => e.aliases[0] ?? e.canonical);
  const orgPool = orgs.length > 0 ? orgs : ['Kementerian Pertahanan', 'Badan Pusat Statistik', 'Dewan Keamanan'];
  const word = (): string => {
    let w = '';
    const n = 2 + Math.floor(rnd() * 2);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  const person = (): string => (people.length > 0 && rnd() < 0.5 ? pick(people) : `${word()} ${word()}`);
  const parts: string[] = [];
  let size = 0;
  while (size < targetBytes) {
    const speaker = person();
    const surname = speaker.split(' ').pop() as string;
    const [o, c] = pick(QUOTES);
    const place = pick(places);
    const lines = [
      `${word()} ${pick(FILLER).split(' ')[0]} ${place} di tengah ketegangan baru`,
      `${place.toUpperCase()} (ANTARA) - ${pick(TITLES)} ${pick(places)} ${speaker} pada ${pick(DAYS)} ${pick(VERBS)} bahwa ${pick(FILLER)}.`,
      `${o}Kami tidak akan mundur dari posisi ini, dan ${pick(FILLER)},${c} ${pick(CUES)} ${surname} kepada wartawan di ${pick(places)}.`,
      `Menurut ${surname}, ${pick(FILLER)}. ${pick(orgPool)} juga ${pick(VERBS)} ${o}sangat penting${c} untuk dibahas.`,
      `${o}${pick(FILLER)[0].toUpperCase()}${pick(FILLER).slice(1)}.${c} ${pick(CUES)}nya. Sementara itu, ${person()} dari ${pick(orgPool)} menilai ${pick(FILLER)}.`,
      `Baca juga: ${surname} minta ${pick(places)} hentikan serangan 🇺🇦`,
      `Pewarta: ${word()} ${word()}`,
      `Editor: ${word()} ${word()}`,
      '',
    ];
    const article = lines.join('\n');
    parts.push(article);
    size += article.length + 1;
  }
  return parts.join('\n');
}
