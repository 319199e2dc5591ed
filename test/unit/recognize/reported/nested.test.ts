// Nested, coordinated and split statements, quoted fragments inside, two verbs in one
// sentence (annotation spec, "Decisions for common cases").
import assert from 'node:assert/strict';
import { reportedOf, statementsOf } from './helpers';
import { runWithTestKb } from '../helpers';

describe('reported speech: nested and split cases', () => {
  it('two coordinated reporting verbs with separate contents give two statements', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Rusia siap berunding dan menegaskan bahwa sanksi tidak akan berhasil.'), [
      'Rusia siap berunding => Dmitry Peskov', 'sanksi tidak akan berhasil => Dmitry Peskov',
    ]);
  });
  it('nested reporting gives one statement, spoken by the subject of the verb that governs it', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Macron menegaskan bahwa Prancis tidak akan mengirim pasukan.'),
      ['Prancis tidak akan mengirim pasukan => Emmanuel Macron']);
  });
  it('a request whose addressee is then given a reporting verb stays the requester\'s ("meminta X memastikan …")', () => {
    assert.deepEqual(statementsOf('Peskov meminta Kementerian Energi Rusia memastikan pasokan gas ke Eropa tidak terganggu.'),
      ['Kementerian Energi Rusia memastikan pasokan gas ke Eropa tidak terganggu => Dmitry Peskov']);
  });
  it('two reporting verbs with two subjects in one sentence give two statements', () => {
    assert.deepEqual(statementsOf('Peskov menilai sanksi itu gagal, sementara Macron menegaskan bahwa tekanan harus ditambah.'), [
      'sanksi itu gagal => Dmitry Peskov', 'tekanan harus ditambah => Emmanuel Macron',
    ]);
  });
  it('a statement containing a quoted fragment spans it and links to the quote', () => {
    const text = 'Macron mengatakan “tidak ada yang boleh dikecualikan” dalam kesepakatan tersebut.';
    const r = runWithTestKb(text);
    assert.equal(r.quotes.length, 1);
    const [s] = r.reported ?? [];
    assert.equal(s.text, '“tidak ada yang boleh dikecualikan” dalam kesepakatan tersebut');
    assert.equal(s.speaker, 'Emmanuel Macron');
    assert.deepEqual(s.quotes, [{ start: r.quotes[0].start, end: r.quotes[0].end }]);
    assert.equal(r.quotes[0].speaker, 'Emmanuel Macron');
  });
  it('a clause with "bahwa" and a quoted fragment ending the sentence', () => {
    assert.deepEqual(statementsOf('Lavrov menyatakan bahwa Barat “bermain api”.'), ['Barat “bermain api” => Sergey Lavrov']);
  });
  it('statements and quotes of one paragraph keep their own speakers', () => {
    const r = runWithTestKb('Menurut Lavrov, perundingan akan dilanjutkan. “Kami tidak terburu-buru,” kata Peskov.');
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Dmitry Peskov']);
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), ['Sergey Lavrov']);
  });
  it('statements never overlap and are sorted', () => {
    const r = reportedOf('Menurut Peskov, Rusia siap berunding, kata Lavrov. Macron mengatakan Prancis setuju, ujarnya.');
    r.forEach((s, i) => i > 0 && assert.ok(s.start >= r[i - 1].end));
    assert.equal(r.length, 2);
  });
});
