import assert from 'node:assert/strict';
import { readDates } from '../../../src/core/metadata/dates';
import { capitalised, MONTH_ABBREVIATIONS, MONTH_NUMBERS, MONTHS, WEEKDAY_NUMBERS, WEEKDAYS } from '../../../src/core/text/calendar-words';

// One list of day and month names for the recognizer and the date reader
// (metadata/dates.ts): every month spelling a date may print reads as its month there.
describe('calendar words (text/calendar-words.ts)', () => {
  it('names the twelve months in order, and each reads as its month in a date', () => {
    assert.equal(MONTHS.length, 12);
    MONTHS.forEach((m, i) => {
      const [reading] = readDates(`Rapat digelar 5 ${capitalised(m)} 2024 di balai desa.`);
      assert.equal(reading?.value, `2024-${String(i + 1).padStart(2, '0')}-05`, m);
    });
  });
  it('has short forms that each read as a month', () => {
    for (const m of MONTH_ABBREVIATIONS) assert.equal(readDates(`pada 5 ${capitalised(m)} 2024`).length, 1, m);
  });
  it('numbers every spelling of a month, old and English ones too, and each reads as that month in a date', () => {
    assert.deepEqual(['januari', 'pebruari', 'march', 'mei', 'may', 'agt', 'agust', 'sept', 'oct', 'nop', 'des', 'december'].map((w) => MONTH_NUMBERS.get(w)),
      [1, 2, 3, 5, 5, 8, 8, 9, 10, 11, 12, 12]);
    for (const m of [...MONTHS, ...MONTH_ABBREVIATIONS]) assert.ok(MONTH_NUMBERS.has(m), m);
    for (const [spelling, month] of MONTH_NUMBERS) {
      const [reading] = readDates(`Diperbarui 5 ${capitalised(spelling)} 2024`);
      assert.equal(reading?.value, `2024-${String(month).padStart(2, '0')}-05`, spelling);
    }
  });
  it('names days the date reader checks against the date: the right day adds confidence, another removes it', () => {
    // 6 January 2024 was a Saturday; 7 January a Sunday ("minggu", "ahad").
    const sunday = (day: string) => readDates(`${capitalised(day)}, 7 Januari 2024`)[0]?.confidence ?? 0;
    const plain = readDates('7 Januari 2024')[0].confidence;
    for (const day of WEEKDAYS) {
      if (day === 'minggu' || day === 'ahad') assert.ok(sunday(day) > plain, day);
      else assert.ok(sunday(day) < plain, day);
    }
  });
  it('numbers every day, Indonesian and English spellings, Sunday 0 as Date.getUTCDay', () => {
    assert.deepEqual(WEEKDAYS, ['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad']);
    for (const day of WEEKDAYS) assert.ok(WEEKDAY_NUMBERS.has(day), day);
    assert.deepEqual(['minggu', 'ahad', 'sunday', 'senin', "jum'at", 'jum’at', 'friday', 'saturday'].map((w) => WEEKDAY_NUMBERS.get(w)), [0, 0, 0, 1, 5, 5, 5, 6]);
  });
  it('capitalises a word as it opens a sentence', () => {
    assert.equal(capitalised("jum'at"), "Jum'at");
    assert.equal(capitalised('senin'), 'Senin');
  });
});
