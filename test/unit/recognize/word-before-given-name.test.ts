// "Saya minta maaf kepada Teh Rania", "Prestasi Dewi menunjukkan …": a term of address
// ("Teh", "Kak", "Abah") or a common noun opening the sentence, glued before the given name of
// a person the article names in full, is no word of the name: the mention is that person
// (word-before-given-name.ts; dev d378, d381). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

const people = (text: string) => analyze(text).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}/${a.canonical}`);

describe('a word glued before a known given name', () => {
  it('drops a term of address before the given name of a person named in full', () => {
    assert.deepEqual(people('Wisatawan Rania Oktaviani mengunggah video itu. Bupati meminta maaf kepada Teh Rania dan keluarganya.'),
      ['Rania Oktaviani/Rania Oktaviani', 'Rania/Rania Oktaviani']);
  });
  it('drops a common noun opening the sentence before that given name', () => {
    assert.deepEqual(people('Pegulat asal Karo, Dewi Kartika Sembiring, meraih perunggu. Ia berlatih keras demi prestasi. Prestasi Dewi membanggakan daerah.'),
      ['Dewi Kartika Sembiring/Dewi Kartika Sembiring', 'Dewi/Dewi Kartika Sembiring']);
  });
  it('knows the nouns news writes before a name at a sentence start, lower case or not', () => {
    assert.deepEqual(people('Pegulat asal Karo, Dewi Kartika Sembiring, meraih perunggu. Prestasi Dewi membanggakan daerah.'),
      ['Dewi Kartika Sembiring/Dewi Kartika Sembiring', 'Dewi/Dewi Kartika Sembiring']);
  });
  it('(guard) keeps a two-word name the article names as it is, and a given name nobody else has', () => {
    // "Putri Ayu" is this person's whole name; "putri" written in lower case changes nothing
    assert.deepEqual(people('Putri Ayu mengatakan harga naik. Menurut putri sulung itu, pasar sepi. Ayu juga pedagang.'),
      ['Putri Ayu/Putri Ayu', 'Ayu/Putri Ayu']);
    // no person "Rania …" named in full: the address word stays
    assert.ok(people('Bupati meminta maaf kepada Kak Rania dan keluarganya.').every((n) => !n.startsWith('Rania/')));
    // a title is no common noun: "Pelatih Dewi" is read as before
    assert.ok(people('Pegulat asal Karo, Dewi Kartika Sembiring, menang. Pelatih Dewi, Agus Salim, bangga.').includes('Agus Salim/Agus Salim'));
  });
});

describe('a word glued before a known given name: time on one long text', () => {
  it('grows linearly with the candidates (no search of the whole text, no count of every person, per candidate)', function () {
    this.timeout(120_000);
    // Each sentence-opening pair is a candidate ("Lembayung Dewi": Dewi is named in full) whose
    // first word the article never writes in lower case: the old check searched the whole text
    // for it and counted every person for each candidate (a 4 MB text: 28 s instead of 8).
    const unit = 'Pegulat Dewi Kartika Sembiring menang lagi. Lembayung Dewi tersenyum di podium. ';
    const growth = cpuGrowth((n) => analyze(unit.repeat(n)), 1_500);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the check is quadratic`);
  });
});
