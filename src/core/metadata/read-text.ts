// What an article's text says about its outlet and date. Each reader finds candidate
// values with the words they came from; the best one of each field is chosen by
// confidence (the earliest in the text on a tie). When another value is nearly as likely
// (within AMBIGUITY_MARGIN) the choice is flagged ambiguous and its confidence halved:
// two datelines, or a page date that differs from the lede's day, need a researcher.
import { DASH_CLASS } from '../text/chars';
import { readDates } from './dates';
import { DOMAIN_NAME, KNOWN_OUTLETS, knownOutlet, outletOfDomain } from './outlets';
import type { MetadataReading, TextMetadata } from './types';

export const AMBIGUITY_MARGIN = 0.15;
/** Datelines open the lede: only the top of the article is searched for them. */
const DATELINE_SCAN = 4 * 1024;
/** Bylines and outlet addresses are at the top or the bottom; a huge file is not read whole. */
const OUTLET_SCAN = 64 * 1024;

export function readTextMetadata(text: string): TextMetadata {
  const outlets = readOutlets(text);
  const dates = readDates(text);
  const meta: TextMetadata = { outlets, dates };
  const outlet = choose(outlets);
  const date = choose(dates);
  if (outlet) meta.outlet = outlet;
  if (date) meta.date = date;
  return meta;
}

export function readOutlets(text: string): MetadataReading[] {
  const out = [...readDatelines(text), ...readBylines(text), ...readDomains(text)];
  return out.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
}

/** The most confident reading, flagged when a different value is nearly as confident. */
export function choose(readings: readonly MetadataReading[]): (MetadataReading & { ambiguous?: boolean }) | undefined {
  let best: MetadataReading | undefined;
  for (const r of readings) if (!best || r.confidence > best.confidence || (r.confidence === best.confidence && r.start < best.start)) best = r;
  if (!best) return undefined;
  const rival = readings.some((r) => r.value !== best.value && r.confidence >= best.confidence - AMBIGUITY_MARGIN);
  return rival ? { ...best, confidence: Math.round(best.confidence * 50) / 100, ambiguous: true } : { ...best };
}

// ---- datelines -------------------------------------------------------------------------

const PLACE = String.raw`[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2}`;
const DASH = String.raw`\s*(?:--|[${DASH_CLASS}])\s`;
/** "Jakarta (ANTARA) -", "Jakarta (Sorotan) –". */
const PLACE_PAREN = new RegExp(String.raw`^(${PLACE})\s*\(([^()\d\n]{2,40})\)${DASH}`, 'u');
/** "LAMPUNG, KOMPAS.com -", "BOGOR, Sorotan.id -". */
const PLACE_OUTLET = new RegExp(String.raw`^(${PLACE}),\s*([^,\s][^,\n]{0,40}?)${DASH}`, 'u');
/** "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -". */
const OUTLET_PLACE = new RegExp(String.raw`^([^,\s][^,\n]{0,40}?),\s*(${PLACE})${DASH}`, 'u');
/** "KOMPAS.com -", "detikNews —". */
const OUTLET_ONLY = new RegExp(String.raw`^([^\s,()]{2,40})${DASH}`, 'u');
/** What every pattern above ends in, DASH's dash and the space after it: a line without
 *  one is not a dateline, and its four patterns are not tried. Most lines of an article
 *  are paragraphs without one (a hyphen joins a word's halves). The corpus index reads
 *  every article's metadata: with HAS_DOMAIN_DOT below, 38.7 -> 15.8 µs an article of the
 *  editor bench's (best of 8, load 14). */
const DASH_END = new RegExp(String.raw`[${DASH_CLASS}]\s`, 'u');

function readDatelines(text: string): MetadataReading[] {
  const out: MetadataReading[] = [];
  const head = text.slice(0, DATELINE_SCAN);
  for (const line of lines(head)) {
    const s = line.text;
    if (!DASH_END.test(s)) continue;
    let m = PLACE_PAREN.exec(s);
    if (m) {
      const named = nameOutlet(m[2]);
      const unknownName = /^\p{Lu}[\p{L}&' .]*$/u.test(m[2].trim()) ? { value: m[2].trim(), known: false, domain: false } : undefined;
      const o = named ?? unknownName;
      if (o) out.push(reading(o, line.start + m[0].indexOf('(', m[1].length) + 1, m[2], o.known ? 0.95 : o.domain ? 0.85 : 0.6, 'dateline'));
      continue;
    }
    for (const [re, group] of [[PLACE_OUTLET, 2], [OUTLET_PLACE, 1], [OUTLET_ONLY, 1]] as const) {
      m = re.exec(s);
      const o = m && nameOutlet(m[group]);
      if (!m || !o) continue;
      const at = group === 1 ? 0 : m[0].indexOf(m[group], m[1].length);
      out.push(reading(o, line.start + at, m[group], o.known ? 0.95 : 0.85, 'dateline'));
      break;
    }
  }
  return out;
}

// ---- bylines ---------------------------------------------------------------------------

const BYLINES: Array<{ re: RegExp; confidence: number }> = [
  { re: /^Laporan (?:wartawan|reporter|koresponden|kontributor) ([^,\n]{2,40}?)(?:,|$)/iu, confidence: 0.85 },
  { re: /(?:©|\(c\)|Copyright|Hak Cipta)\s*(?:\d{4}\s*)?([^,\n]{2,40}?)\s*(?:[,.]\s|\.?$|\s+All\b)/iu, confidence: 0.8 },
  { re: /^(?:Sumber|Source)\s*:\s*([^,\n]{2,40}?)\s*$/iu, confidence: 0.7 },
];

function readBylines(text: string): MetadataReading[] {
  const out: MetadataReading[] = [];
  for (const line of lines(text.slice(0, OUTLET_SCAN))) {
    if (line.text.length > 200) continue;
    for (const { re, confidence } of BYLINES) {
      const m = re.exec(line.text);
      const o = m && nameOutlet(m[1]);
      if (!m || !o) continue;
      out.push(reading(o, line.start + m.index + m[0].indexOf(m[1]), m[1], confidence, 'byline'));
      break;
    }
  }
  return out;
}

// ---- outlet addresses --------------------------------------------------------------------

/** A listed outlet's domain, found by its own letters (any subdomain is taken from the
 *  text around it): searching every word for a host name cost four times as much. */
const KNOWN_DOMAIN = new RegExp(`(?:${KNOWN_OUTLETS.flatMap((o) => o.domains).map((d) => d.replace(/\./g, '\\.')).join('|')})(?![\\p{L}\\d-])`, 'giu');
/** What every match of KNOWN_DOMAIN holds: a text without it has no listed domain. Most
 *  articles have none, and KNOWN_DOMAIN's scan of the whole text tries every domain at
 *  every letter (DASH_END above says what the two save). */
const HAS_DOMAIN_DOT = firstDotOf(KNOWN_OUTLETS.flatMap((o) => o.domains));

/** A dot and a letter that follows the first dot of one of `domains` ("kompas.com":
 *  ".c"), with KNOWN_DOMAIN's flags, so that a letter matches what it matches there. */
function firstDotOf(domains: readonly string[]): RegExp {
  // A domain without a letter after a dot would match without one: every text passes.
  if (domains.some((d) => !/\.[^.]/u.test(d))) return /(?:)/u;
  const letters = new Set(domains.map((d) => d[d.indexOf('.') + 1] as string));
  return new RegExp(`\\.[${[...letters].map((c) => c.replace(/[\\\]^-]/gu, '\\$&')).join('')}]`, 'iu');
}
const HOST_CHAR = /[A-Za-z\d.-]/;

/** A listed outlet's address anywhere: a link to the page itself, or a citation of another
 *  outlet ("dikutip dari Tempo.co"), so weaker than a dateline; an agency weaker still. */
function readDomains(text: string): MetadataReading[] {
  const out: MetadataReading[] = [];
  const head = text.slice(0, OUTLET_SCAN);
  if (!HAS_DOMAIN_DOT.test(head)) return out;
  for (const m of head.matchAll(KNOWN_DOMAIN)) {
    let start = m.index;
    while (start > 0 && HOST_CHAR.test(head[start - 1])) start--;
    const end = m.index + m[0].length;
    const host = head.slice(start, end).replace(/^[.-]+/, '');
    start = end - host.length;
    // Part of a longer word or an e-mail address, or a domain inside another ("xkompas.com").
    if (start > 0 && /[\p{L}\d@]/u.test(head[start - 1])) continue;
    if (host.length !== m[0].length && head[m.index - 1] !== '.') continue;
    const o = outletOfDomain(host);
    if (o) out.push({ value: o.name, confidence: o.agency ? 0.3 : 0.5, start, end, reader: 'domain' });
  }
  return out;
}

// ---- shared ----------------------------------------------------------------------------

interface NamedOutlet {
  value: string;
  known: boolean;
  domain: boolean;
}

/** A listed outlet by name or address, or an unlisted site's address kept as a name. */
function nameOutlet(raw: string): NamedOutlet | undefined {
  const s = raw.trim();
  const known = knownOutlet(s) ?? (DOMAIN_NAME.test(s) ? outletOfDomain(s) : undefined);
  if (known) return { value: known.name, known: true, domain: false };
  if (DOMAIN_NAME.test(s)) return { value: s.toLowerCase(), known: false, domain: true };
  return undefined;
}

function reading(o: NamedOutlet, start: number, raw: string, confidence: number, reader: MetadataReading['reader']): MetadataReading {
  const lead = raw.length - raw.trimStart().length;
  return { value: o.value, confidence, start: start + lead, end: start + lead + raw.trim().length, reader };
}

/** Lines with their offsets, leading spaces skipped (a dateline may be indented). */
function* lines(text: string): Generator<{ text: string; start: number }> {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const indent = raw.length - raw.trimStart().length;
    yield { text: raw.slice(indent), start: start + indent };
    if (nl < 0) break;
    start = nl + 1;
  }
}
