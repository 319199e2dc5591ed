// reported52 (issue 14): a reporting verb whose object is a noun phrase, then a full quote
// introduced by a colon or by a second reporting verb ("menyampaikan satu pesan: "…"",
// "mempertanyakan keputusan itu, mengklaim, "…""), is no statement: the narrative before the
// quote is a noun object, and the quoted words are a quote (spec: content entirely inside
// quotation marks is a quote). Own invented sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';
import { runWithTestKb } from '../helpers';

describe('a noun object before a quote introduced by a colon or a reporting verb', () => {
  it('makes no statement, and the quote keeps its speaker', () => {
    const colon = 'Camat Lembah Hijau, Siti Rahayu, menyampaikan dua pesan kepada warga: "Tetap di posko dulu. Jembatan belum aman dilewati."';
    assert.deepEqual(statementsOf(colon), []);
    assert.deepEqual(runWithTestKb(colon).quotes.map((q) => q.speaker), ['Siti Rahayu']);
    assert.deepEqual(statementsOf('Siti Rahayu menyampaikan pesan singkat: "Jangan menyeberang sebelum air surut."'), []);
    const claimed = 'Siti Rahayu mempertanyakan keputusan dewan itu, mengklaim, "Anggaran ini disusun tanpa melibatkan warga."';
    assert.deepEqual(statementsOf(claimed), []);
    assert.deepEqual(runWithTestKb(claimed).quotes.map((q) => q.speaker), ['Siti Rahayu']);
  });
  it('keeps a clause before the quote, and a clause with a quoted fragment', () => {
    assert.deepEqual(statementsOf('Siti Rahayu mengatakan jembatan itu belum aman: "Kami masih menunggu hasil pemeriksaan."').length, 1);
    assert.deepEqual(statementsOf('Siti Rahayu menyampaikan bahwa warga diminta "tetap di posko" sampai besok.'),
      ['warga diminta "tetap di posko" sampai besok => Siti Rahayu']);
    assert.deepEqual(statementsOf('Siti Rahayu mengatakan pemerintah kecamatan akan "bertindak tegas" terhadap penambang liar.'),
      ['pemerintah kecamatan akan "bertindak tegas" terhadap penambang liar => Siti Rahayu']);
  });
});
