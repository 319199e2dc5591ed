/**
 * Finding the article a foreign record belongs to: by file name when the tool kept one,
 * else (or when the name finds none) by the text itself, exactly, then after line ends are
 * normalised to LF. Returns a map from the record's UTF-16 offsets to the article's.
 */
import { clipLine } from '../text/clip';
export interface Matched {
  article: string;
  text: string;
  /** Record-text UTF-16 offset -> article UTF-16 offset. */
  toArticle: (offset: number) => number;
  how: 'name' | 'text' | 'text after newline normalisation';
}

export class ArticleMatcher {
  private readonly byText = new Map<string, string[]>();
  private readonly byLfText = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();

  constructor(private readonly texts: ReadonlyMap<string, string>) {
    for (const [article, text] of texts) {
      push(this.byText, text, article);
      push(this.byLfText, lf(text), article);
      push(this.byName, baseName(article).toLowerCase(), article);
    }
  }

  /** The article for a record, or why none. `name` may be a path or a tool's upload name. */
  match(name: string | undefined, recordText: string | undefined): Matched | { reason: string } {
    if (name !== undefined) {
      const candidates = this.named(name);
      const sameText = recordText === undefined ? candidates : candidates.filter((a) => lf(this.texts.get(a)!) === lf(recordText));
      if (sameText.length === 1) return this.matched(sameText[0], recordText, 'name');
      if (recordText === undefined) return { reason: candidates.length ? `the file name ${name} fits ${candidates.length} articles` : `no article named ${name}` };
    }
    if (recordText === undefined) return { reason: 'the record names no file and holds no text' };
    const exact = this.byText.get(recordText) ?? [];
    if (exact.length === 1) return this.matched(exact[0], recordText, 'text');
    const loose = this.byLfText.get(lf(recordText)) ?? [];
    if (loose.length === 1) return this.matched(loose[0], recordText, 'text after newline normalisation');
    const n = Math.max(exact.length, loose.length);
    return { reason: n > 1 ? `its text is the text of ${n} articles (${(exact.length ? exact : loose).slice(0, 3).join(', ')})` : `its text ("${preview(recordText)}") is not the text of any article${name ? `, and no article is named ${name}` : ''}` };
  }

  private named(name: string): string[] {
    const path = name.replace(/\\/g, '/');
    if (this.texts.has(path)) return [path];
    const base = baseName(path).toLowerCase();
    const found = this.byName.get(base) ?? this.byName.get(`${base}.txt`);
    if (found) return found;
    // Label Studio prefixes uploaded files with 8 hex digits and a hyphen.
    const unprefixed = base.replace(/^[0-9a-f]{8}-/, '');
    return this.byName.get(unprefixed) ?? this.byName.get(`${unprefixed}.txt`) ?? [];
  }

  private matched(article: string, recordText: string | undefined, how: Matched['how']): Matched {
    const text = this.texts.get(article)!;
    return { article, text, toArticle: recordText === undefined ? (o) => o : offsetMapper(recordText, text), how };
  }
}

/** UTF-16 offsets of `from` to those of `to`, two texts equal up to their line ends. */
export function offsetMapper(from: string, to: string): (o: number) => number {
  if (from === to) return (o) => o;
  const fromLf = lfIndex(from);
  // lf offset -> `to` offset: the CR of a CR LF pair has no character in the LF text.
  const back: number[] = [];
  for (let j = 0; j < to.length; j++) {
    if (to.charCodeAt(j) === 13 && to.charCodeAt(j + 1) === 10) continue;
    back.push(j);
  }
  back.push(to.length);
  return (o) => (o >= 0 && o <= from.length ? back[fromLf[o]] : -1);
}

function lfIndex(s: string): Uint32Array {
  const map = new Uint32Array(s.length + 1);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    map[i] = k;
    if (s.charCodeAt(i) === 13 && s.charCodeAt(i + 1) === 10) continue;
    k++;
  }
  map[s.length] = k;
  return map;
}

function push(m: Map<string, string[]>, key: string, value: string): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function lf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

function baseName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function preview(s: string): string {
  return clipLine(s, 41);
}
