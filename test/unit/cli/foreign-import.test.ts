// Issue 17: annotations made in brat, Label Studio, doccano and other W3C tools import
// through a label map, and a run that imports nothing says why and exits non-zero.
// The files below are written from the shapes in each tool's own example data.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCommand } from '../../../src/cli/commands/import';
import { parseSidecarText as parseSidecar } from '../../../src/core/annotations/parse';
import { runCaptured } from '../export/cli-run';

// An emoji (two UTF-16 units, one code point) before the spans: tools counting code
// points and Sorot counting UTF-16 units disagree by one after it.
const TEXT = 'Kabar 🌾 pagi.\nMenteri Sri Mulyani di Jakarta menyebut "harga beras turun".\n';
const at = (s: string) => [...TEXT.slice(0, TEXT.indexOf(s))].length; // code points
const span = (s: string) => [at(s), at(s) + [...s].length] as const;

const MAP = { labels: { Person: 'PER', PERSON: 'PER', GPE: 'GPE', LOC: 'GPE', Claim: 'claim', Quote: 'quote', DATE: 'skip' } };

describe('sorot import from other tools (issue 17)', function () {
  this.timeout(30000);
  let root: string;
  const dir = () => join(root, 'korpus');
  const run = (...args: string[]) => runCaptured(() => importCommand.run(['--articles', dir(), ...args]));
  const sidecar = async () => {
    const r = parseSidecar(await fsp.readFile(join(dir(), 'berita.sorot.json'), 'utf8'));
    assert.equal(r.ok, true);
    return (r as { ok: true; sidecar: import('../../../src/core/annotations/types').Sidecar }).sidecar;
  };

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-foreign-'));
    await fsp.mkdir(dir());
    await fsp.writeFile(join(dir(), 'berita.txt'), TEXT);
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  async function writeBrat(): Promise<string> {
    const b = join(root, 'brat');
    await fsp.mkdir(b);
    const [p1, p2] = span('Sri Mulyani'), [g1, g2] = span('Jakarta');
    await fsp.writeFile(join(b, 'berita.txt'), TEXT);
    // Types, an event and a relation as in brat's example-data/tutorials/news.
    await fsp.writeFile(join(b, 'berita.ann'), `T1\tPerson ${p1} ${p2}\tSri Mulyani\nT2\tGPE ${g1} ${g2}\tJakarta\nT3\tMoney ${at('harga')} ${at('harga') + 5}\tharga\nR1\tOrigin Arg1:T1 Arg2:T2\t\n#1\tAnnotatorNotes T3\tnot money\n`);
    return b;
  }

  it('brat example data without a map: exit 1, "imported 0" and why, not a misleading warning', async () => {
    const r = await run('--format', 'brat', await writeBrat());
    assert.equal(r.code, 1, r.out + r.err);
    assert.match(r.out, /^imported 0, mapped 0 labels, skipped 4 \(1: brat relations, events and normalizations \(not imported\); 1: no mapping for label "Person"; 1: no mapping for label "GPE"; 1: no mapping for label "Money"\)/);
    assert.doesNotMatch(r.err, /recomputed from the text/);
    assert.match(r.err, /import-map\.json/);
  });

  it('brat example data with .sorot/import-map.json: mentions become corrections on the right characters', async () => {
    await fsp.mkdir(join(dir(), '.sorot'));
    await fsp.writeFile(join(dir(), '.sorot/import-map.json'), JSON.stringify(MAP));
    const r = await run('--format', 'brat', await writeBrat());
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /^imported 2, mapped 2 labels, skipped 2 \(/);
    const c = (await sidecar()).corrections ?? [];
    assert.deepEqual(c.map((x) => [x.layer, (x as { type?: string }).type, x.target.exact, TEXT.slice(x.target.start, x.target.end)]), [
      ['actor', 'PER', 'Sri Mulyani', 'Sri Mulyani'],
      ['actor', 'GPE', 'Jakarta', 'Jakarta'],
    ]);
    assert.ok(c.every((x) => x.decision === 'set'));
  });

  it('--propose-map writes a map from the labels found, never over an existing one, and it imports', async () => {
    const b = await writeBrat();
    const r = await run('--format', 'brat', '--propose-map', b);
    assert.equal(r.code, 0, r.err);
    const path = join(dir(), '.sorot/import-map.json');
    assert.deepEqual(JSON.parse(await fsp.readFile(path, 'utf8')), { labels: { GPE: 'GPE', Money: 'tag:Money', Person: 'PER' } });
    await assert.rejects(fsp.stat(join(dir(), 'berita.sorot.json')), 'nothing but the map is written');
    const again = await run('--format', 'brat', '--propose-map', b);
    assert.equal(again.code, 1);
    assert.match(again.err, /import-map\.json: exists, not overwritten/);
    const imported = await run('--format', 'brat', b);
    assert.match(imported.out, /^imported 2, mapped 2 labels, skipped 2 \(1: brat relations, events and normalizations \(not imported\); 1: label "Money" maps to tag:Money but no claim, stance or source was imported on the same span\)/);
  });

  it('a label map that breaks the schema is refused with a message naming the file and the label', async () => {
    await fsp.mkdir(join(dir(), '.sorot'));
    await fsp.writeFile(join(dir(), '.sorot/import-map.json'), JSON.stringify({ labels: { Person: 'person' } }));
    const r = await run('--format', 'brat', await writeBrat());
    assert.equal(r.code, 1);
    assert.match(r.err, /import-map\.json: label Person must be claim, stance, source, PER, ORG, GPE, quote, reported, skip or tag:<name>/);
  });

  function labelStudioExport(): unknown {
    const [s, e] = span('Sri Mulyani'), [q1, q2] = span('"harga beras turun"');
    return [
      {
        id: 7,
        data: { text: TEXT },
        annotations: [
          {
            id: 1,
            completed_by: { id: 1, email: 'ani@example.org' },
            was_cancelled: false,
            result: [
              { id: 'a1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: s, end: e, text: 'Sri Mulyani', labels: ['PERSON'] } },
              { id: 'a2', from_name: 'label', to_name: 'text', type: 'labels', value: { start: q1, end: q2, text: '"harga beras turun"', labels: ['Claim'] } },
              { from_id: 'a1', to_id: 'a2', type: 'relation', direction: 'right', labels: [] },
            ],
          },
        ],
        predictions: [],
        file_upload: '1a2b3c4d-berita.txt',
      },
    ];
  }

  it('a Label Studio export given as w3c no longer imports 0 silently', async () => {
    await fsp.writeFile(join(root, 'project.json'), JSON.stringify(labelStudioExport()));
    const r = await run('--format', 'w3c', join(root, 'project.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /project\.json: no W3C Web Annotation found.*use --format labelstudio/);
  });

  it('imports a Label Studio export: matched by upload name, code points converted, relation skipped', async () => {
    await fsp.writeFile(join(root, 'project.json'), JSON.stringify(labelStudioExport()));
    const r = await run('--format', 'labelstudio', '--map', await writeMap(), join(root, 'project.json'));
    assert.equal(r.code, 0, r.out + r.err);
    // An unlabelled relation reads as a speaker link, but it starts from a person, not a quote.
    assert.match(r.out, /^imported 2, mapped 2 labels, skipped 1 \(1: speaker relations from a span imported as neither quote nor reported statement/);
    const s = await sidecar();
    assert.equal(s.annotations[0].kind, 'claim');
    assert.equal(s.annotations[0].annotator, 'ani');
    assert.equal(TEXT.slice(s.annotations[0].target.start, s.annotations[0].target.end), '"harga beras turun"');
    assert.equal(s.annotations[0].needsReview, true);
    assert.equal(s.corrections?.[0].target.exact, 'Sri Mulyani');
  });

  async function writeMap(): Promise<string> {
    const p = join(root, 'map.json');
    await fsp.writeFile(p, JSON.stringify(MAP));
    return p;
  }

  it('doccano files given as jsonl are explained; as doccano they import, matched by text after newline normalisation', async () => {
    const [s, e] = span('Sri Mulyani'), [g1, g2] = span('Jakarta');
    // The tool stored the text with CR LF line ends: matched after normalisation.
    const crlf = TEXT.replace(/\n/g, '\r\n');
    // Offsets counted in the CR LF text (a CR before Sri Mulyani).
    const lines = [
      JSON.stringify({ id: 1, text: crlf, label: [[s + 1, e + 1, 'PERSON'], [g1 + 1, g2 + 1, 'LOC']] }),
      JSON.stringify({ id: 2, text: 'Teks yang bukan artikel mana pun.', label: [[0, 4, 'DATE']] }),
    ];
    await fsp.writeFile(join(root, 'all.jsonl'), lines.join('\n') + '\n');
    const wrong = await run('--format', 'jsonl', join(root, 'all.jsonl'));
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /all\.jsonl: line 1: "article" must name the article file \(this looks like a doccano record: use --format doccano\)/);
    const r = await run('--format', 'doccano', '--map', await writeMap(), join(root, 'all.jsonl'));
    assert.match(r.out, /^imported 2, mapped 2 labels, skipped 1 \(1: records matched to no article\)/);
    assert.match(r.err, /all\.jsonl line 2: matched to no article: its text \("Teks yang bukan artikel mana pun\."\) is not the text of any article/);
    const c = (await sidecar()).corrections ?? [];
    assert.deepEqual(c.map((x) => TEXT.slice(x.target.start, x.target.end)), ['Sri Mulyani', 'Jakarta']);
  });

  it('W3C annotations from another tool (tagging bodies, http sources) import through the map, matched by file name', async () => {
    const [s, e] = span('Jakarta');
    const doc = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno/1',
      type: 'Annotation',
      creator: { type: 'Person', nickname: 'budi' },
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'LOC' }],
      target: { source: 'http://example.org/texts/berita.txt', selector: [{ type: 'TextPositionSelector', start: s, end: e }, { type: 'TextQuoteSelector', exact: 'Jakarta' }] },
    };
    await fsp.writeFile(join(root, 'other.jsonld'), JSON.stringify(doc));
    const refused = await run('--format', 'w3c', join(root, 'other.jsonld'));
    assert.equal(refused.code, 1);
    assert.match(refused.out, /skipped 1 \(1: no mapping for label "LOC"\)/);
    const r = await run('--format', 'w3c', '--map', await writeMap(), join(root, 'other.jsonld'));
    assert.equal(r.code, 0, r.out + r.err);
    const c = (await sidecar()).corrections ?? [];
    assert.equal(c[0].annotator, 'budi');
    assert.equal(TEXT.slice(c[0].target.start, c[0].target.end), 'Jakarta');
  });
});
