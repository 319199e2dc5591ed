// Every form of reported speech in the annotation spec, with sentences written for
// these tests (fictional events).
import assert from 'node:assert/strict';
import { reportedOf, statementsOf } from './helpers';

describe('reported speech: forms', () => {
  it('a reporting verb with "bahwa": the span starts after bahwa', () => {
    assert.deepEqual(statementsOf('Juru bicara Kremlin Dmitry Peskov menyatakan bahwa NATO terus menambah pasukan di perbatasan.'),
      ['NATO terus menambah pasukan di perbatasan => Dmitry Peskov']);
  });
  it('a reporting verb with a content clause and no "bahwa"', () => {
    assert.deepEqual(statementsOf('Lavrov menegaskan Rusia tidak akan menarik diri dari perundingan.'),
      ['Rusia tidak akan menarik diri dari perundingan => Sergey Lavrov']);
  });
  it('a comma after the verb: the content follows it', () => {
    assert.deepEqual(statementsOf('Macron menjelaskan, Prancis siap mengirim tim medis ke Kyiv.'),
      ['Prancis siap mengirim tim medis ke Kyiv => Emmanuel Macron']);
  });
  it('an adjunct between the verb and "bahwa" stays outside', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan kepada wartawan di Moskow, Senin (5/5), bahwa Rusia tidak akan mundur.'),
      ['Rusia tidak akan mundur => Dmitry Peskov']);
  });
  it('requests: the span starts after agar / supaya / untuk', () => {
    assert.deepEqual(statementsOf('Macron meminta agar semua pihak menahan diri.'), ['semua pihak menahan diri => Emmanuel Macron']);
    assert.deepEqual(statementsOf('Lavrov mendesak supaya sanksi itu segera dicabut.'), ['sanksi itu segera dicabut => Sergey Lavrov']);
    assert.deepEqual(statementsOf('Macron mendesak negara anggota agar segera menambah anggaran.'), ['segera menambah anggaran => Emmanuel Macron']);
  });
  it('"menilai X sebagai Y" gives the span "X sebagai Y"', () => {
    assert.deepEqual(statementsOf('Peskov menilai rencana itu sebagai langkah yang keliru.'), ['rencana itu sebagai langkah yang keliru => Dmitry Peskov']);
  });
  it('opinion and stance verbs voiced by an actor count', () => {
    assert.deepEqual(statementsOf('Macron berharap perundingan di Jakarta akan menghasilkan gencatan senjata.'),
      ['perundingan di Jakarta akan menghasilkan gencatan senjata => Emmanuel Macron']);
  });
  it('denials with a clause count ("membantah bahwa", "tak menampik bahwa")', () => {
    assert.deepEqual(statementsOf('Peskov membantah bahwa Rusia mengirim pasukan ke perbatasan.'), ['Rusia mengirim pasukan ke perbatasan => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Lavrov tak menampik bahwa pertemuan itu berlangsung alot.'), ['pertemuan itu berlangsung alot => Sergey Lavrov']);
  });
  it('"Menurut X, …": the span starts after the comma', () => {
    assert.deepEqual(statementsOf('Menurut Peskov, pembicaraan itu tidak akan membuahkan hasil dalam waktu dekat.'),
      ['pembicaraan itu tidak akan membuahkan hasil dalam waktu dekat => Dmitry Peskov']);
  });
  it('"Menurutnya, …" takes the last speaker', () => {
    const r = reportedOf('Lavrov tiba di Jakarta pada Selasa. Menurutnya, kedua negara sepakat memperluas kerja sama.');
    assert.deepEqual(r.map((s) => [s.text, s.speaker, s.attribution]), [['kedua negara sepakat memperluas kerja sama', 'Sergey Lavrov', 'anaphoric']]);
  });
  it('a trailing attribution without marks: "…, kata X." and "…, ujarnya."', () => {
    assert.deepEqual(statementsOf('Pembicaraan itu tidak akan membuahkan hasil, kata Peskov.'), ['Pembicaraan itu tidak akan membuahkan hasil => Dmitry Peskov']);
    assert.deepEqual(statementsOf('Macron tiba di Kyiv pada Senin. Bantuan akan dikirim pekan depan, ujarnya.'),
      ['Bantuan akan dikirim pekan depan => Emmanuel Macron']);
  });
  it('a medial attribution gives one statement with the attribution inside', () => {
    assert.deepEqual(statementsOf('Pemerintah, kata Peskov, akan meninjau kembali kebijakan tersebut tahun depan.'),
      ['Pemerintah, kata Peskov, akan meninjau kembali kebijakan tersebut tahun depan => Dmitry Peskov']);
  });
  it('a date or place after the attribution does not make it medial', () => {
    assert.deepEqual(statementsOf('Harga pangan akan stabil, kata Macron, Senin (12/5).'), ['Harga pangan akan stabil => Emmanuel Macron']);
  });
  it('passive: "…, demikian disampaikan X"', () => {
    assert.deepEqual(statementsOf('Sanksi baru itu merugikan petani, demikian disampaikan Menteri Pertanian Rina Wulandari.'),
      ['Sanksi baru itu merugikan petani => Rina Wulandari']);
  });
  it('a headline "X: <statement>" without marks (cue ":")', () => {
    const r = reportedOf('Peskov: NATO harus berhenti menambah pasukan\nMOSKOW (ANTARA) - Kremlin menggelar rapat.');
    assert.deepEqual(r.map((s) => [s.text, s.speaker, s.cue]), [['NATO harus berhenti menambah pasukan', 'Dmitry Peskov', ':']]);
  });
  it('a dateline before a trailing attribution stays outside', () => {
    assert.deepEqual(statementsOf('MOSKOW (ANTARA) - Rusia siap berunding kapan saja, kata Peskov.'), ['Rusia siap berunding kapan saja => Dmitry Peskov']);
  });
  it('a relative clause reports too ("X, yang mengklaim bahwa C, …")', () => {
    // (C ends at the comma that closes the relative clause: "menolak hadir" is the main
    // predicate, narration; session 53b, relative-subject.ts relativeAsideContentEnd)
    assert.deepEqual(statementsOf('Peskov, yang mengklaim bahwa serangan itu direkayasa, menolak hadir.'), ['serangan itu direkayasa => Dmitry Peskov']);
  });
  it('anaphoric and role subjects resolve like quote speakers', () => {
    const r = reportedOf('Rina Wulandari meninjau pasar di Jakarta. Ia menambahkan, pemerintah harus segera bertindak.');
    assert.deepEqual(r.map((s) => [s.text, s.speaker, s.cue, s.attribution]), [['pemerintah harus segera bertindak', 'Rina Wulandari', 'menambahkan', 'anaphoric']]);
    assert.deepEqual(r[0].speakerMention, { start: 0, end: 'Rina Wulandari'.length });
  });
  it('offsets slice the text exactly', () => {
    const text = 'Lavrov menegaskan Rusia tidak akan menarik diri.';
    const [s] = reportedOf(text);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.cue, 'menegaskan');
    assert.equal(s.attribution, 'explicit');
  });
  it('"Menurut dia, …" points back like "Menurutnya"', () => {
    assert.deepEqual(statementsOf('Lavrov tiba di Jakarta. Menurut dia, kedua negara sepakat memperluas kerja sama.'),
      ['kedua negara sepakat memperluas kerja sama => Sergey Lavrov']);
  });
  it('a possessed subject opens a clause ("pemerintahnya akan …", "timnya kehilangan …")', () => {
    assert.deepEqual(statementsOf('Macron menegaskan pemerintahnya akan melindungi petani kecil.'), ['pemerintahnya akan melindungi petani kecil => Emmanuel Macron']);
    assert.deepEqual(statementsOf('Lavrov mengakui timnya kehilangan fokus di akhir laga.'), ['timnya kehilangan fokus di akhir laga => Sergey Lavrov']);
  });
  it('a place before the speaker is no speaker ("Dari Jakarta, NATO menyatakan …")', () => {
    assert.deepEqual(statementsOf('Dari Jakarta, NATO menyatakan siap mengirim tim pengamat.'), ['siap mengirim tim pengamat => NATO']);
  });
});

