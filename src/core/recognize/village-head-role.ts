// "kata Kepala Desa Batuampar, Sukri.", "ujar Camat Sukamaju, Darmin, …": a village's or a
// district's head is introduced by the title, the village's name (no actor by the
// annotation spec, so no mention) and the person's name in apposition. The speaker rule
// that takes a person after a role normally wants the role to name a body; this one names
// none, and still ends before the person (the actor rule village-official skips the place).

/** The title of a village's or a district's head, then one to three capitalised words and a
 *  comma, at `start` (after any spaces). */
const VILLAGE_HEAD_ROLE =
  /\s*(?:(?:Kepala|Sekretaris|Wali|Perangkat) (?:Desa|Dusun|Kelurahan|Kampung|Nagari|Gampong|Kecamatan)|Camat|Lurah|Kades|Sekdes|Kadus|Keuchik) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2},/uy;

/** The village head's role runs from `start` to the comma at `comma`. */
export function villageHeadRoleBefore(p: string, start: number, comma: number): boolean {
  VILLAGE_HEAD_ROLE.lastIndex = start;
  return VILLAGE_HEAD_ROLE.test(p) && VILLAGE_HEAD_ROLE.lastIndex === comma + 1;
}
