// A folder of articles with their sidecars, built from the fixtures (never ../shared),
// for tests that drive `sorot export` on disk.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { makeTarget } from '../../../src/core/annotations/target';
import type { Annotation } from '../../../src/core/annotations/types';
import { claim, stance } from './fixtures';

const SENTENCES = [
  'Menteri Keuangan mengatakan subsidi akan ditambah tahun depan.',
  '"Kami akan menambah subsidi pupuk," kata pejabat itu di Jakarta.',
  'Ekonom menolak rencana itu karena anggaran terbatas.',
  'Harga beras naik lima persen di pasar tradisional.',
  'Pemerintah belum menjawab pertanyaan wartawan.',
];

/** The text of article `i`: a headline and `paragraphs` numbered paragraphs. */
export function articleText(i: number, paragraphs = 3): string {
  const lines = [`Berita nomor ${i}`];
  for (let p = 0; p < paragraphs; p++) lines.push(`Paragraf ${p + 1}. ${SENTENCES.join(' ')}`);
  return lines.join('\n') + '\n';
}

/** One claim per paragraph; `version` 1 adds a stance per paragraph, so every export
 *  of version 1 differs from version 0. */
export function articleAnnotations(text: string, version: number): Annotation[] {
  const out: Annotation[] = [];
  const at = (a: Annotation, exact: string, from: number): Annotation => {
    const start = text.indexOf(exact, from);
    return { ...a, target: makeTarget(text, start, start + exact.length) };
  };
  for (let from = text.indexOf('Paragraf'); from >= 0; from = text.indexOf('Paragraf', from + 1)) {
    out.push(at(claim(text, 'subsidi akan ditambah tahun depan'), 'subsidi akan ditambah tahun depan', from));
    if (version === 1) out.push(at(stance(text, 'menolak rencana itu', 'against'), 'menolak rencana itu', from));
  }
  return out;
}

/** Writes `count` articles with an annotator's sidecar each into `dir`. */
export async function writeCorpus(dir: string, count: number, version = 0, paragraphs = 3): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const name = `berita-${String(i).padStart(3, '0')}`;
    const text = articleText(i, paragraphs);
    await fsp.writeFile(join(dir, `${name}.txt`), text);
    const annotations = articleAnnotations(text, version);
    await fsp.writeFile(join(dir, `${name}.ani.sorot.json`), serializeSidecar({ schemaVersion: 3, article: `${name}.txt`, annotator: 'ani', annotations }));
  }
}
