// The false actor mentions of dev articles that are linked to no KB entity, grouped by the
// actor rule that emitted them (paragraphActors' trace) and by what is wrong (a mention the
// gold does not have, a wrong type, a wrong extent): where the rules over-fire on names the
// KB does not know (issue 13). Reads the dev set only (eval/gold-new/dev): its errors may be
// printed; the test set's may not.
//
// usage: npx tsx scripts/unlinked-false-mentions.ts [FROM [TO]] [-v]
//   FROM, TO  the article numbers to read (dFROM … dTO; default 204 and up: the fresh ones)
//   -v        every mention with its context, not only the counts
import path from 'node:path';
import { loadGoldDir } from '../eval/gold';
import { scoreDocument } from '../eval/score';
import { analyze } from '../src/core/recognize/analyze';
import { defaultKbIndex } from '../src/core/recognize/default-kb';
import { paragraphActors } from '../src/core/recognize/paragraph-actors';

const DEV = path.join(__dirname, '../eval/gold-new/dev');

function main(): void {
  const numbers = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
  const from = numbers[0] ?? 204;
  const to = numbers[1] ?? Infinity;
  const verbose = process.argv.includes('-v');
  const kb = defaultKbIndex();
  const docs = loadGoldDir(DEV).filter((d) => {
    const m = /^d(\d+)/.exec(d.name);
    return m !== null && Number(m[1]) >= from && Number(m[1]) <= to;
  });
  const groups = new Map<string, string[]>();
  const count = { linkedTp: 0, linkedFp: 0, unlinkedTp: 0, unlinkedFp: 0 };
  for (const d of docs) {
    const text = d.articleText;
    const result = analyze(text);
    const score = scoreDocument(d.name, text, d, result);
    const falseOnes = new Map<string, (typeof score.errors)[number]>();
    for (const e of score.errors) if (e.kind === 'actor-fp') falseOnes.set(`${e.start}:${e.end}:${e.type}`, e);
    for (const a of result.actors) {
      const error = falseOnes.get(`${a.start}:${a.end}:${a.type}`);
      if (a.entityId) { if (error) count.linkedFp++; else count.linkedTp++; continue; }
      if (!error) { count.unlinkedTp++; continue; }
      count.unlinkedFp++;
      // The paragraph it stands in, read again with the trace.
      const ls = text.lastIndexOf('\n', a.start - 1) + 1;
      const le = text.indexOf('\n', a.start) < 0 ? text.length : text.indexOf('\n', a.start);
      const line = text.slice(ls, le);
      const trace: [string, number, number][] = [];
      const local = paragraphActors(line, kb, (rule, s, e) => trace.push([rule, s, e]));
      const s = a.start - ls;
      const e = a.end - ls;
      const own = local.find((m) => m.start < e && m.end > s);
      const step = trace.find(([, ts, te]) => ts <= s && te > s) ?? trace.find(([, ts, te]) => ts < e && te > s);
      const gold = error.kind === 'actor-fp' ? error.gold : undefined;
      const what = !gold ? 'no gold mention' : gold.start === a.start && gold.end === a.end ? `type (gold ${gold.type})` : 'extent';
      const by = own ? `${step ? step[0] : '?'}/${own.source}` : 'link pass';
      const key = `${by}  ${a.type}  ${what}`;
      const list = groups.get(key) ?? [];
      const goldText = gold ? `  gold "${text.slice(gold.start, gold.end)}" ${gold.type}` : '';
      list.push(`${d.name.slice(0, 5)} "${a.text}"${goldText}  | ${line.slice(Math.max(0, s - 40), e + 30)}`);
      groups.set(key, list);
    }
  }
  process.stdout.write(`${docs.length} articles: linked mentions true ${count.linkedTp}, false ${count.linkedFp}; unlinked true ${count.unlinkedTp}, false ${count.unlinkedFp}\n`);
  for (const [key, list] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
    process.stdout.write(`${String(list.length).padStart(4)}  ${key}\n`);
    if (verbose) for (const x of list) process.stdout.write(`        ${x}\n`);
  }
}

main();
