// Session 45 (issues 13/14): Indonesian news hands the floor to a new source with a
// topic-shift opener ("Lain halnya dengan X, warga …."), then quotes them with no cue or
// a pronoun ("Ia mengaku …", "ujarnya"). The name follows "dengan", which elsewhere marks a
// companion ("berbincang dengan X"), so the salient speaker kept the floor.
// Own invented sentences (fictional traders and officials; no real article).
import assert from 'node:assert/strict';
import { topicShiftOpens } from '../../../src/core/recognize/topic-shift';
import { speakersWithTestKb, statementPairsWithTestKb } from './helpers';

const BEFORE = 'Harga cabai rawit di Pasar Kebon Sirih naik dua kali lipat.\n\n' +
  'Ketua Asosiasi Pedagang Pasar, Rahmat Hidayat, mengatakan kenaikan ini musiman. "Nanti Februari normal lagi," katanya.\n\n';

describe('a topic-shift opener ("Lain halnya dengan X, …") gives X the floor', () => {
  it('takes the next uncued quote from the salient speaker', () => {
    const t = BEFORE + 'Lain halnya dengan Siti Aminah, warga Cempaka Putih yang kini mengurangi belanja.\n\n' +
      '"Biasanya beli sekilo, sekarang seperempat saja."';
    assert.deepEqual(speakersWithTestKb(t), ['Rahmat Hidayat', 'Siti Aminah']);
  });
  it('makes the next "Ia mengaku" and "ujarnya" X\'s', () => {
    const t = BEFORE + 'Lain lagi dengan Siti Aminah, warga Cempaka Putih. Ia mengaku harus mengurangi belanja.\n\n' +
      '"Biasanya beli sekilo, sekarang seperempat saja," ujarnya.';
    assert.deepEqual(speakersWithTestKb(t), ['Rahmat Hidayat', 'Siti Aminah']);
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Rahmat Hidayat', 'Siti Aminah']);
  });
  it('reads "Berbeda halnya dengan" after a connective', () => {
    const t = BEFORE + 'Namun, berbeda halnya dengan Siti Aminah. Ia mengaku harus mengurangi belanja.';
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Rahmat Hidayat', 'Siti Aminah']);
  });
});

describe('a topic-shift opener does not fire on', () => {
  it('a contrast whose own subject follows ("Berbeda dengan Rahmat, Siti …")', () => {
    const t = BEFORE + 'Lain halnya dengan Rahmat, Siti Aminah justru mengaku untung.\n\n"Saya jual lebih mahal," ujarnya.';
    assert.deepEqual(speakersWithTestKb(t), ['Rahmat Hidayat', 'Siti Aminah']);
  });
  it('a companion after a verb ("berbincang dengan X")', () => {
    const t = BEFORE + 'Rahmat sempat berbincang dengan Siti Aminah di los sayur. Ia mengatakan pasokan dari Brebes terlambat.';
    assert.deepEqual(statementPairsWithTestKb(t).map((s) => s[1]), ['Rahmat Hidayat', 'Rahmat Hidayat']);
  });
  it('a thing after the opener ("Lain halnya dengan harga bawang")', () => {
    const t = BEFORE + 'Lain halnya dengan harga bawang yang justru turun.\n\n"Bawang malah murah," ujarnya.';
    assert.deepEqual(speakersWithTestKb(t), ['Rahmat Hidayat', 'Rahmat Hidayat']);
  });
  it('a sentence that goes on to a subject of its own, and other words before dengan (topicShiftOpens)', () => {
    assert.ok(!topicShiftOpens('Lain halnya dengan Siti, ia mengaku rugi.', 0, 19, 23));
    assert.ok(topicShiftOpens('Lain halnya dengan Siti, warga Menteng.', 0, 19, 23));
    assert.ok(topicShiftOpens('Namun, lain lagi dengan Siti.', 0, 24, 28));
    assert.ok(!topicShiftOpens('Ia bertemu dengan Siti.', 0, 18, 22));
    assert.ok(!topicShiftOpens('Sama dengan Siti.', 0, 12, 16));
  });
});
