// Publication dates in the forms Indonesian news pages print them. Every reader returns
// the calendar date (YYYY-MM-DD) and the words it came from; the confidence says how
// likely the date is the article's own rather than a date the story talks about:
//  - a line that is only a timestamp ("Selasa, 27 Februari 2024 10:15 WIB",
//    "Diperbarui 27/02/2024") is the page's date: high;
//  - "Selasa (27/2/2024)" is the wire-style day of the reported event, which Indonesian
//    outlets write in the lede on the day they publish: high near the top;
//  - a date anywhere else ("pada 17 Agustus 2024") is often an event date: low;
//  - a weekday that fits the date adds confidence, a weekday that does not removes most.
// Impossible dates (31/2/2024) and years outside 1900..2100 are not dates.

import { MONTH_NUMBERS, monthNumber, WEEKDAY_NUMBERS, weekdayNumber } from '../text/calendar-words';
import type { MetadataReading } from './types';

const MONTH = `(${[...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;

// Every pattern starts at a digit, so the scan only tries where a date can begin; the
// weekday in front ("Selasa (27/2/2024)", "Selasa, 27 Februari 2024") is looked up
// behind a match (DAY_BEFORE). Starting the patterns with an optional weekday made every
// position of the text try each day name: twice the time.
/** "(27/2/2024)", "(27-02-2024)". */
const PAREN_NUMERIC = /\((\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\)/g;
/** "27/02/2024", "27-2-2024" outside parentheses. */
const BARE_NUMERIC = /(?<![\d/.(-])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/-])/g;
/** "27 Februari 2024", "27 Feb. 2024". */
const LONG = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})(?!\\d)`, 'giu');
/** "2024-02-27", also inside "2024-02-27T10:15:00+07:00". */
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-]|-\d)/g;
/** A day name right before a date: "Selasa ", "Selasa, ". */
const DAY_BEFORE = new RegExp(`(?<!\\p{L})(${[...WEEKDAY_NUMBERS.keys()].join('|')}),?\\s*$`, 'iu');

/** Dates further into the text than this are less likely the publication date. */
export const TOP_OF_ARTICLE = 1500;
/** Only this much of an article is read for dates: a publication date is never further. */
const DATE_SCAN_LIMIT = 64 * 1024;

export function readDates(text: string): MetadataReading[] {
  const head = text.slice(0, DATE_SCAN_LIMIT);
  const out: MetadataReading[] = [];
  const add = (m: RegExpExecArray, reader: MetadataReading['reader'], y: string, mo: number, d: string, base: number) => {
    const date = calendarDate(expandYear(y), mo, Number(d));
    if (!date) return;
    const before = reader === 'iso-date' ? null : DAY_BEFORE.exec(head.slice(Math.max(0, m.index - 12), m.index));
    const start = m.index - (before ? before[0].length : 0);
    const end = m.index + m[0].length;
    let confidence = base;
    if (isTimestampLine(head, start, end)) confidence = Math.max(confidence, 0.85);
    else if (start > TOP_OF_ARTICLE) confidence *= 0.6;
    if (y.length === 2) confidence -= 0.1;
    if (before) confidence = weekdayOf(date) === weekdayNumber(before[1]) ? Math.min(1, confidence + 0.1) : confidence * 0.4;
    out.push({ value: date, confidence: round(confidence), start, end, reader });
  };
  for (const m of head.matchAll(PAREN_NUMERIC)) add(m, 'numeric-date', m[3], Number(m[2]), m[1], 0.8);
  for (const m of head.matchAll(BARE_NUMERIC)) add(m, 'numeric-date', m[3], Number(m[2]), m[1], 0.5);
  for (const m of head.matchAll(LONG)) add(m, 'long-date', m[3], monthNumber(m[2]) ?? Number.NaN, m[1], 0.5);
  for (const m of head.matchAll(ISO)) add(m, 'iso-date', m[1], Number(m[2]), m[3], 0.5);
  return out.sort((a, b) => a.start - b.start);
}

/** YYYY-MM-DD when the day exists, else undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a YYYY-MM-DD string names a day that exists. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

/** 0 = Sunday, as Date.getUTCDay. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Two-digit years are this century's: a corpus of news has no 1924 articles in "27/2/24". */
function expandYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** The line holds little besides this date: a day name, a time, "WIB", "Diperbarui". */
function isTimestampLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const lineEnd = next < 0 ? text.length : next;
  const rest = (text.slice(lineStart, start) + ' ' + text.slice(end, lineEnd)).toLowerCase();
  const words = rest.split(/[\s,|•·()[\]:/-]+/).filter(Boolean);
  return words.every((w) => TIMESTAMP_WORD.test(w) || weekdayNumber(w) !== undefined);
}

const TIMESTAMP_WORD = /^(?:\d{1,2}(?:[.:]\d{2}){0,2}|wib|wita|wit|pukul|pkl|diperbarui|diterbitkan|dipublikasikan|terbit|publikasi|update|updated|published|posted|tanggal|tgl)$/;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
