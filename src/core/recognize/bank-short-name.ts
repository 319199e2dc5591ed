// "PT Bank Amanah Syariah … Amanah Syariah akan bubar", "PT Bank Syariah Mentari Tbk … Bank
// Mentari" (dev d251): Indonesian news names a
// bank in full once, then by its name without the word "Bank", as it drops "PT" and "Tbk".
// Alone, such a name of two capitalised words reads as a person's; the link pass
// (link.ts, `companies`) gives it the bank's identity and type instead. A one-word name
// ("Mandiri" after "PT Bank Mandiri") is already the name's tail there.

const BANK_HEAD = 'Bank ';
/** The trade heads a bank's or an insurer's name opens with and the article then drops: "PT
 *  Asuransi Bahtera Proteksi … Bahtera Proteksi menyebut" (dev d444), "PT Asuransi Jiwa Bepaga
 *  Nusantara (Persero) … Bepaga Nusantara" (d237), as "Bank" is dropped. The longer head first. */
const TRADE_HEADS: readonly string[] = [BANK_HEAD, 'Asuransi Jiwa ', 'Asuransi Umum ', 'Asuransi '];

/** A company's core name ("Bank Amanah Syariah", "Asuransi Bahtera Proteksi", without "PT"
 *  and "Tbk") without its trade head ("Bank", "Asuransi", "Asuransi Jiwa") when two words or
 *  more remain ("Amanah Syariah", "Bahtera Proteksi"), else undefined. */
export function withoutBankHead(core: string): string | undefined {
  const head = TRADE_HEADS.find((h) => core.startsWith(h));
  if (head === undefined) return undefined;
  const rest = core.slice(head.length).trimStart();
  return rest.indexOf(' ') > 0 ? rest : undefined;
}

/** "Bank Syariah Mentari" … "Bank Mentari": a sharia bank is also called "Bank" and its name
 *  without the word "Syariah" (when the article names no other bank so: link.ts keeps the
 *  first company to claim a short name). */
const SHARIA_KIND = 'Bank Syariah ';

/** A bank's core name without its kind word ("Bank Syariah Mentari" → "Bank Mentari"), or
 *  undefined when there is none or nothing after it. */
export function withoutBankKind(core: string): string | undefined {
  if (!core.startsWith(SHARIA_KIND) || core.length <= SHARIA_KIND.length) return undefined;
  return BANK_HEAD + core.slice(SHARIA_KIND.length);
}
