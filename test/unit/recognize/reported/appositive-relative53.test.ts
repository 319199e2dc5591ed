// "Name, <role noun> yang <reporting verb> C, <main predicate>": the relative clause hangs on
// an appositive that describes the name, so the name says C (ANNOTATION-SPEC "Reported
// speech": a relative clause reports too), and C ends at the comma before the main
// predicate, as for "Name, yang <verb> C, …" (relative-subject.ts). A thing before "yang"
// with no name and comma before it still reports nobody (relative-of-thing53.test.ts).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a relative clause on an appositive after "Name, " (fix53a)', () => {
  it('"Name, pedagang sayur yang menyebut C, tetap …": the name says C', () => {
    assert.deepEqual(statementsOf('Siti Aminah, pedagang sayur yang menyebut harga cabai naik, tetap berjualan.'),
      ['harga cabai naik => Siti Aminah']);
  });
  it('"Name, warga setempat yang mengatakan C, ikut …": the name says C', () => {
    assert.deepEqual(statementsOf('Budi Hartono, warga setempat yang mengatakan sungai meluap sejak subuh, ikut mengungsi.'),
      ['sungai meluap sejak subuh => Budi Hartono']);
  });
  it('(guard) a predicate between the name\'s comma and the thing: still nobody\'s', () => {
    assert.deepEqual(statementsOf('Ketua RT, Budi Hartono, lalu membacakan pengumuman kelurahan yang menyebut jadwal pemadaman bergilir.'), []);
    assert.deepEqual(statementsOf('Ketua RT, Budi Hartono, membawa surat camat yang menyebut jalan desa akan diperbaiki.'), []);
  });
  it('(guard) a name after a preposition is no appositive\'s: the words after its comma open a new subject', () => {
    assert.deepEqual(statementsOf('Selain Budi Hartono, warga yang mengatakan sungai meluap ikut mengungsi.'), []);
    // (the officer's "mengatakan" reports nothing of Budi's; "meminta" is the main verb's)
    const s = statementsOf('Kepada Budi Hartono, petugas yang mengatakan sungai meluap meminta warga mengungsi.');
    assert.ok(!s.some((x) => x.startsWith('sungai meluap')), s.join(' | '));
  });
  it('(guard) "Name, yang …" keeps its statement and its end', () => {
    assert.deepEqual(statementsOf('Siti Aminah, yang menyebut harga cabai naik, tetap berjualan.'),
      ['harga cabai naik => Siti Aminah']);
  });
});
