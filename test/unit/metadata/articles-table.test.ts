import assert from 'node:assert/strict';
import { describeTableProblem, parseArticlesTable, parseCsv } from '../../../src/core/metadata/articles-table';

const FILE = 'korpus/.sorot/articles.csv';
const problems = (text: string) => parseArticlesTable(FILE, text).problems.map(describeTableProblem);

describe('metadata: the workspace table .sorot/articles.csv', () => {
  it('reads path, outlet and date by the header, in any column order, with quoting and CRLF', () => {
    const t = parseArticlesTable(FILE, '\ufeffdate,path,outlet\r\n2024-02-27,berita/banjir.txt,"Warta, Bogor"\r\n,./berita/sampah.txt,Sorotan.id\r\n');
    assert.deepEqual(t.problems, []);
    assert.deepEqual([...t.entries.values()], [
      { path: 'berita/banjir.txt', line: 2, outlet: 'Warta, Bogor', date: '2024-02-27' },
      { path: 'berita/sampah.txt', line: 3, outlet: 'Sorotan.id' },
    ]);
  });

  it('takes a table with only path and date; an empty file or blank lines set nothing', () => {
    assert.deepEqual([...parseArticlesTable(FILE, 'path,date\na.txt,2023-12-31\n\n').entries.values()], [{ path: 'a.txt', line: 2, date: '2023-12-31' }]);
    assert.equal(parseArticlesTable(FILE, '').entries.size, 0);
    assert.deepEqual(problems(''), []);
  });

  it('refuses a header with an unknown or repeated column, or without path, naming the file and line', () => {
    assert.deepEqual(problems('path,outlte,date\n'), [`${FILE}:1: unknown column "outlte"; the columns are path, outlet, date`]);
    assert.deepEqual(problems('path,date,date\n'), [`${FILE}:1: column "date" appears twice`]);
    assert.deepEqual(problems('outlet,date\n'), [`${FILE}:1: the header must name a path column and an outlet or date column (path,outlet,date)`]);
    assert.deepEqual(problems('path\na.txt\n'), [`${FILE}:1: the header must name a path column and an outlet or date column (path,outlet,date)`]);
  });

  it('names each bad row by its line and keeps the good ones', () => {
    const text = [
      'path,outlet,date',
      'a.txt,ANTARA,2024-02-30', // no such day
      'b.txt,ANTARA,27/02/2024', // not YYYY-MM-DD
      'c.txt,ANTARA', // a cell short
      '/etc/d.txt,ANTARA,', // absolute
      '../e.txt,ANTARA,', // leaves the workspace
      'f.txt,Tempo,2024-01-05',
      '"g.txt",Tempo,"2024-01-06"',
      'f.txt,Kompas,', // listed twice
    ].join('\n');
    const t = parseArticlesTable(FILE, text);
    assert.deepEqual(t.problems.map(describeTableProblem), [
      `${FILE}:2: date "2024-02-30" is not a date written YYYY-MM-DD`,
      `${FILE}:3: date "27/02/2024" is not a date written YYYY-MM-DD`,
      `${FILE}:4: 2 cells where the header has 3`,
      `${FILE}:5: path "/etc/d.txt" must be relative to the workspace folder, without ".."`,
      `${FILE}:6: path "../e.txt" must be relative to the workspace folder, without ".."`,
      `${FILE}:9: f.txt is already listed on line 7`,
    ]);
    assert.deepEqual([...t.entries.keys()], ['f.txt', 'g.txt']);
  });

  it('counts lines inside quoted cells, and reports a quote left open at the line it opened', () => {
    const t = parseArticlesTable(FILE, 'path,outlet\n"a.txt","Warta\nBogor"\nb.txt,x\n');
    assert.deepEqual([...t.entries.values()].map((e) => [e.path, e.line]), [['a.txt', 2], ['b.txt', 4]]);
    assert.deepEqual(problems('path,outlet\na.txt,ok\nb.txt,"open\n\n'), [`${FILE}:3: a quoted cell is not closed`]);
    assert.deepEqual(problems('path,outlet\na.txt,"x"y\n'), [`${FILE}:2: text after a closing quote (write "" for a quote inside a quoted cell)`]);
  });

  it('parses RFC 4180 records: doubled quotes, empty cells, no final line break', () => {
    assert.deepEqual(parseCsv('a,"b ""c""",\r\nd'), { rows: [{ cells: ['a', 'b "c"', ''], line: 1 }, { cells: ['d'], line: 2 }] });
  });
});
