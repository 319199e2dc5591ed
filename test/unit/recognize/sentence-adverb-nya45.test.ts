// Session 45 (issues 13/14): "Menurutnya, petani menanam …", "Akibatnya, pedagang merugi …":
// a sentence adverb made with -nya opens the sentence before a comma, and a person's role
// noun follows ("petani", "pedagang", "warga"). The apposition cue ("Hasnah, warga …,") read
// the adverb as a person's name, and the learned speaker choice then gave the next quotes and
// statements to "Menurutnya". Own invented sentences.
import assert from 'node:assert/strict';
import { sentenceAdverbWithNya } from '../../../src/core/recognize/actors/sentence-adverb';
import { actorsWithTestKb, speakersWithTestKb, statementPairsWithTestKb } from './helpers';

describe('a sentence adverb with -nya before ", <person role>" ("Menurutnya, petani …")', () => {
  it('is no person', () => {
    for (const t of ['Menurutnya, petani menanam varietas yang sama tanpa jeda.', 'Akibatnya, pedagang merugi jutaan rupiah.',
      'Sayangnya, warga tidak mendapat bantuan.', 'Intinya, pelajar harus bersabar.']) assert.deepEqual(actorsWithTestKb(t), [], t);
  });
  it('leaves the statement and the next quote to the speaker before', () => {
    const t = 'Koordinator penyuluh pertanian, Eko Prasetyo, membenarkan bahwa serangan wereng tahun ini lebih parah. ' +
      'Menurutnya, petani menanam varietas yang sama tanpa jeda.\n\nIa pun memberi saran kepada petani: "Jangan langsung tanam lagi."';
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Eko Prasetyo', 'Eko Prasetyo']);
    assert.deepEqual(speakersWithTestKb(t), ['Eko Prasetyo']);
  });
});

describe('a name before ", <person role>" stays a person', () => {
  it('a name ending in -nya with a short stem, and names elsewhere', () => {
    assert.deepEqual(actorsWithTestKb('Sonya, warga Kecamatan Binamu, mengaku rugi.'), ['Sonya/PER/Sonya']);
    assert.deepEqual(actorsWithTestKb('Hasnah, warga Kecamatan Binamu, mengaku rugi.'), ['Hasnah/PER/Hasnah']);
  });
  it('sentenceAdverbWithNya wants the sentence start, a stem of four letters and a comma', () => {
    assert.ok(sentenceAdverbWithNya('Menurutnya, petani', 0, 10));
    assert.ok(sentenceAdverbWithNya('Harga naik. Akibatnya, warga', 12, 21));
    assert.ok(!sentenceAdverbWithNya('Sonya, warga', 0, 5));
    assert.ok(!sentenceAdverbWithNya('kata Menurutnya, warga', 5, 15));
    assert.ok(!sentenceAdverbWithNya('Menurutnya petani', 0, 10));
  });
});
