// Roman numerals as news writes the numbers of bodies, regions and parties ("Wilayah XI",
// "Kodam XIV", "Teradu II").

/** A Roman numeral from 1 to 39 ("I" … "XXXIX"), in capitals. */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** `word` is a Roman numeral from 1 to 39 written in capitals (not the empty string). */
export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && ROMAN.test(word);
}
