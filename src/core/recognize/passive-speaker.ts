// "Hal senada disampaikan oleh Sekretaris FSPMI Makassar, Irma Damayanti.", "Pandangan
// berbeda diungkapkan ekonom X.": a sentence that introduces a speaker by a passive
// reporting verb gives that person the floor, like "X mengatakan": a following
// "ujarnya" or an unattributed quote is theirs (speechEvents, attribution.ts).
import { LowerWordSet } from '../text/lower-word-set';
import { isSpace } from '../text/chars';
import type { SpeechEvent } from './attribution';
import { firstStartingAt, type LocalMention } from './mention';
import { appendSmall } from './small-list';

// The opener's qualifier may be any short phrase in lower case ("Pandangan yang lebih berhati-hati
// diutarakan oleh …", "Kritik keras dilontarkan …"), not only "senada" / "berbeda".
const OPENER_RE = /(?:Hal|Pandangan|Pendapat|Sikap|Penilaian|Pernyataan|Keterangan|Penjelasan|Kritik|Harapan|Tanggapan|Komentar|Bantahan|Penegasan|Peringatan|Desakan|Imbauan|Usulan|Catatan) (?:senada|serupa|berbeda|lain|itu|tersebut|yang sama|sama|[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}?)(?: juga| pun)? (?:di(?:sampaikan|ungkapkan|ungkap|katakan|tegaskan|nyatakan|kemukakan|utarakan|lontarkan|benarkan|akui|jelaskan|tuturkan|suarakan|sebutkan|tambahkan))(?: oleh)? /uy;
const YANG_RE = /(?:^|[^\p{L}])yang(?![\p{L}])/u;
/** Every opener starts with H P S K T B D I U C. */
const INITIALS = new LowerWordSet(['h', 'p', 's', 'k', 't', 'b', 'd', 'i', 'u', 'c']);

/** Speech events for the persons named after such an opener, one per sentence; `starts`
 *  holds the first `ns` sentence starts. */
export function passiveSpeakers(p: string, starts: readonly number[], ns: number, mentions: readonly LocalMention[], out: SpeechEvent[] | undefined): SpeechEvent[] | undefined {
  for (let si = 0; si < ns; si++) {
    let k = starts[si];
    while (k < p.length && isSpace(p.charCodeAt(k))) k++;
    if (!INITIALS.hasAt(p, k, k + 1)) continue;
    OPENER_RE.lastIndex = k;
    if (!OPENER_RE.test(p)) continue;
    const end = si + 1 < ns ? starts[si + 1] : p.length;
    // The person in apposition after the title and body ("Sekretaris FSPMI Makassar, Irma
    // Damayanti") when there is one, else the first person named after the cue. An
    // apposition inside a relative clause after that person ("Rina Wati yang datang bersama
    // Kapolres Bogor, Budi Santoso") describes someone else.
    let person = -1;
    for (let i = firstStartingAt(mentions, OPENER_RE.lastIndex); i < mentions.length && mentions[i].start < end; i++) {
      if (mentions[i].type !== 'PER') continue;
      if (person < 0) person = i;
      if (p.charCodeAt(mentions[i].start - 2) !== 44) continue;
      if (person === i || !YANG_RE.test(p.slice(mentions[person].end, mentions[i].start))) person = i;
      break;
    }
    if (person >= 0) out = appendSmall(out, { at: mentions[person].start, mention: person, spoke: true });
  }
  return out;
}
