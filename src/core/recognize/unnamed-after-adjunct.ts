// "Dalam rekaman, seorang petugas berkaus biru enggan memberi tiket dan menyebut ongkos itu
// “sudah ketentuan”." (dev d378): a fronted adjunct closed by a comma ("Dalam video,", "Saat razia,") may
// come before an unnamed source, whose words are nobody's (the spec gives an unnamed source no
// named speaker). attribution.ts reads sentences opening with "Seorang …" and with a
// connective before "seorang" ("Sementara itu, seorang …"); without this, a sentence opening
// with an adjunct gave the quote to the last person named before (the uploader of the video).
import { frontedAdjunctEnd } from './fronted-adjunct';

/** The unnamed openers as written after an adjunct's comma (in lower case). "pejabat" is
 *  left out: after an adjunct it may be a definite description ("Dalam rapat, pejabat itu …"). */
const LOWER_UNNAMED_OPENER_RE = /(?:seorang|sumber|salah seorang|salah satu|sejumlah|beberapa)\s/y;

/** Where the unnamed opener ends when the sentence at `at` opens with a fronted adjunct and
 *  an unnamed source after its comma ("Dalam video, seorang pria …"), else -1. */
export function unnamedOpenerAfterAdjunct(p: string, at: number): number {
  const subject = frontedAdjunctEnd(p, at);
  if (subject < 0) return -1;
  LOWER_UNNAMED_OPENER_RE.lastIndex = subject;
  return LOWER_UNNAMED_OPENER_RE.test(p) ? LOWER_UNNAMED_OPENER_RE.lastIndex : -1;
}
