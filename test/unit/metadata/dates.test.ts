// The date reader (metadata/dates.ts) looks month and day words up in calendar-words.ts's
// tables: a word the case-insensitive pattern accepts must find its number there, and a
// word that only shares a name with an object's built-in property is no day.
import assert from 'node:assert/strict';
import { calendarDate, readDates } from '../../../src/core/metadata/dates';

describe('metadata: the date reader', () => {
  it('reads a month or a day spelled with a letter that case-folds to ASCII (long s, Kelvin sign) as that month and day', () => {
    // "ſ" (U+017F) folds to "s", "K" (U+212A) to "k": the pattern matches them as "sep", "okt", "kamis".
    assert.deepEqual(readDates('Rapat digelar 5 ſep 2024 di balai desa.').map((d) => d.value), ['2024-09-05']);
    assert.deepEqual(readDates('Rapat digelar 5 O\u212At 2024 di balai desa.').map((d) => d.value), ['2024-10-05']);
    // 5 September 2024 was a Thursday: the day written with a Kelvin sign still fits.
    const plain = readDates('Rapat 5 September 2024').map((d) => d.confidence);
    assert.deepEqual(readDates('Rapat \u212Aamis, 5 September 2024').map((d) => d.confidence), readDates('Rapat Kamis, 5 September 2024').map((d) => d.confidence));
    assert.ok(readDates('Rapat Kamis, 5 September 2024')[0].confidence > plain[0]);
  });

  it('takes no word for a day because an object has a property of that name', () => {
    // A line of only a date and day or time words is a timestamp (0.85); "constructor" is neither.
    assert.equal(readDates('Diperbarui 27/02/2024')[0].confidence, 0.85);
    assert.equal(readDates('constructor 27/02/2024')[0].confidence, 0.5);
    assert.equal(readDates('toString 27/02/2024')[0].confidence, 0.5);
  });

  it('gives no date for a month that is not a whole number from 1 to 12', () => {
    assert.equal(calendarDate(2024, Number.NaN, 5), undefined);
    assert.equal(calendarDate(2024, 2.5, 5), undefined);
  });
});
