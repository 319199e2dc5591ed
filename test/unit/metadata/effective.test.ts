import assert from 'node:assert/strict';
import { parseArticlesTable } from '../../../src/core/metadata/articles-table';
import { effectiveMetadata } from '../../../src/core/metadata/effective';
import { readTextMetadata } from '../../../src/core/metadata/read-text';

const TEXT = 'Jakarta (ANTARA) - Harga beras naik lagi, Selasa (27/2/2024).';
const TABLE = parseArticlesTable('.sorot/articles.csv', 'path,outlet,date\nberita/beras.txt,Kantor Berita X,2024-02-28\nberita/gula.txt,,2024-03-01\n');

describe('metadata: the effective outlet and date (override > table > text)', () => {
  it('takes what the text says, with the words and the reader, when nothing else is set', () => {
    const m = effectiveMetadata({ text: readTextMetadata(TEXT) });
    assert.deepEqual(m.outlet, { value: 'ANTARA', from: 'text', confidence: 0.95, start: 9, end: 15, reader: 'dateline' });
    assert.equal(TEXT.slice(m.outlet.start, m.outlet.end), 'ANTARA');
    assert.deepEqual(m.date, { value: '2024-02-27', from: 'text', confidence: 0.9, start: 42, end: 60, reader: 'numeric-date' });
  });

  it('lets the table override the text field by field, naming the file and line', () => {
    const m = effectiveMetadata({ text: readTextMetadata(TEXT), table: { file: TABLE.file, entry: TABLE.entries.get('berita/gula.txt') } });
    assert.equal(m.outlet?.from, 'text');
    assert.deepEqual(m.date, { value: '2024-03-01', from: 'table', confidence: 1, file: '.sorot/articles.csv', line: 3 });
  });

  it('lets a sidecar override the table and the text', () => {
    const m = effectiveMetadata({
      text: readTextMetadata(TEXT),
      table: { file: TABLE.file, entry: TABLE.entries.get('berita/beras.txt') },
      overrides: [{ file: 'berita/beras.sorot.json', outlet: 'ANTARA Jateng' }],
    });
    assert.deepEqual(m.outlet, { value: 'ANTARA Jateng', from: 'override', confidence: 1, file: 'berita/beras.sorot.json' });
    assert.deepEqual(m.date, { value: '2024-02-28', from: 'table', confidence: 1, file: '.sorot/articles.csv', line: 2 });
  });

  it('between sidecars that disagree: the shared one first, then annotators by name; the others are listed', () => {
    const m = effectiveMetadata({
      overrides: [
        { file: 'a.budi.sorot.json', annotator: 'budi', outlet: 'Tempo', date: '2024-01-02' },
        { file: 'a.ani.sorot.json', annotator: 'ani', outlet: 'Kompas.com' },
        { file: 'a.sorot.json', date: '2024-01-01' },
      ],
    });
    assert.deepEqual(m.outlet, { value: 'Kompas.com', from: 'override', confidence: 1, file: 'a.ani.sorot.json', annotator: 'ani', overruled: [{ value: 'Tempo', file: 'a.budi.sorot.json', annotator: 'budi' }] });
    assert.deepEqual(m.date, { value: '2024-01-01', from: 'override', confidence: 1, file: 'a.sorot.json', overruled: [{ value: '2024-01-02', file: 'a.budi.sorot.json', annotator: 'budi' }] });
  });

  it('has no outlet or date when nothing names one, and keeps the ambiguity flag of the text', () => {
    assert.deepEqual(effectiveMetadata({ text: readTextMetadata('Isi tanpa keterangan.') }), {});
    assert.deepEqual(effectiveMetadata({}), {});
    const two = effectiveMetadata({ text: readTextMetadata('Jakarta (ANTARA) - Satu.\nSurabaya (Antara Jatim) - Dua.\nMedan, KOMPAS.com - Tiga.') });
    assert.equal(two.outlet?.ambiguous, true);
  });
});
