// What a researcher types for an article's outlet and date (the "Set Article Outlet and
// Date…" command), checked and turned into the sidecar's `metadata`. A date may be typed
// as the tables write it (2024-02-27) or as Indonesian pages print it (27/2/2024,
// 27-02-2024, 27 Februari 2024); it is stored as YYYY-MM-DD. An empty answer clears the
// researcher's value, so the table's or the text's counts again.
import type { ArticleMetadata } from '../annotations/types';
import { calendarDate, isCalendarDate, readDates } from './dates';

/** `impossible`: the shape of a date, not one of the calendar (31/2/2024); `unreadable`: not a date. */
export type DateEntry = { date: string | undefined } | { error: 'impossible' | 'unreadable' };

export function parseDateEntry(input: string): DateEntry {
  const s = input.trim();
  if (s === '') return { date: undefined };
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isCalendarDate(s) ? { date: s } : { error: 'impossible' };
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (numeric) {
    const date = calendarDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return date ? { date } : { error: 'impossible' };
  }
  // "27 Februari 2024", "Selasa, 27 Feb 2024": the text readers, on the typed words alone.
  const read = readDates(s).filter((r) => r.start === 0 && r.end === s.length);
  return read.length === 1 ? { date: read[0].value } : { error: 'unreadable' };
}

/** The sidecar's `metadata` after the edit: empty fields removed, undefined when none is left. */
export function editedMetadata(values: { outlet?: string; date?: string }): ArticleMetadata | undefined {
  const outlet = values.outlet?.trim();
  const out: ArticleMetadata = {};
  if (outlet) out.outlet = outlet;
  if (values.date) out.date = values.date;
  return out.outlet !== undefined || out.date !== undefined ? out : undefined;
}
