// speakers44: "“…,” kata ayahnya." — a relative given no name speaks as an unnamed source, like
// "kata seorang warga": no named speaker. The link pass gave the quote to the person the
// sentence before was about. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from './helpers';
import { unnamedRelativeAt } from '../../../src/core/recognize/unnamed-relative';

const HEAD = 'Banjir di Bekasi\n\n';

describe('an unnamed relative after the cue (unnamed-relative.ts)', () => {
  it('gives "kata ayahnya", "kata ibunya …", "ujar tetangganya" no speaker, not the person the sentence before is about', () => {
    for (const cue of ['kata ayahnya.', 'kata ibunya sambil menangis.', 'ujar tetangganya.']) {
      assert.deepEqual(speakers(HEAD + `Rudi Hartono (12) hanyut saat bermain di tepi sungai. "Dia pamit main bola," ${cue}`), [null], cue);
    }
  });

  it('keeps a relative named in apposition, and no quote after it continues the earlier speaker', () => {
    assert.deepEqual(speakers(HEAD + 'Rudi Hartono (12) hanyut saat bermain di tepi sungai. "Dia pamit main bola," kata ayahnya, Suparman.'), ['Suparman']);
    const t = HEAD + 'Warga bernama Darto mengatakan Rudi Hartono (12) hanyut saat bermain. "Arusnya deras sekali," kata Darto.\n\n"Anak itu memang suka main di sungai," kata ayahnya.';
    assert.deepEqual(speakers(t), ['Darto', null]);
  });

  it('gives the relative the name the article gave it in apposition earlier ("Ibunya, X, …")', () => {
    const mother = HEAD + 'Rudi Hartono (12) hanyut saat bermain di tepi sungai. Ibunya, Siti Aminah, menunggu di tepi sungai sejak pagi.\n\n"Dia pamit main bola," kata ibunya.';
    assert.deepEqual(speakers(mother), ['Siti Aminah']);
    const father = HEAD + 'Tim SAR menyisir sungai bersama ayahnya, Slamet Riyadi. Rudi Hartono (12) belum ditemukan.\n\n"Dia pamit main bola," ujar ayahnya.';
    assert.deepEqual(speakers(father), ['Slamet Riyadi']);
    // (another relation named before leaves this one nobody)
    const other = HEAD + 'Rudi Hartono (12) hanyut saat bermain. Ibunya, Siti Aminah, menunggu sejak pagi.\n\n"Dia pamit main bola," kata ayahnya.';
    assert.deepEqual(speakers(other), [null]);
  });

  it('stops at another child named after the apposition: the mother named was the first child\'s', () => {
    const two = 'Korban pertama, Rudi (12), ditemukan Senin. Ibunya, Siti Aminah, pingsan di lokasi.\n\nKorban kedua, Andi Pratama (10), ditemukan Selasa di hilir sungai.\n\n“Dia anak yang rajin,” kata ibunya.';
    assert.deepEqual(speakers(HEAD + two), [null]);
    // (the same child named again after the apposition keeps her)
    const again = 'Rudi Hartono (12) hanyut saat bermain. Ibunya, Siti Aminah, menunggu sejak pagi.\n\nRudi belum ditemukan hingga sore.\n\n“Dia pamit main bola,” kata ibunya.';
    assert.deepEqual(speakers(HEAD + again), ['Siti Aminah']);
  });

  it('reads a relation noun with "-nya" only', () => {
    const p = 'kata ayahnya kata ayah kata tetangganya kata Bapaknya kata nyanya';
    const at = (w: string, from = 0): boolean => unnamedRelativeAt(p, p.indexOf(w, from), p.indexOf(w, from) + w.length);
    assert.equal(at('ayahnya'), true);
    assert.equal(at('ayah', p.indexOf('ayah ')), false);
    assert.equal(at('tetangganya'), true);
    assert.equal(at('Bapaknya'), true);
    assert.equal(at('nyanya'), false);
  });
});

describe('speakers46: an unnamed follower, friend or relative of a person named (unnamed-relative.ts ownerOfUnnamedRelation)', () => {
  const statementSpeakers = (t: string): (string | null)[] => (analyze(t).reported ?? []).map((r) => r.speaker);
  const STORY = 'Polisi memeriksa Laras Wulandari, penyanyi asal Bandung, soal promosi obat pelangsing tanpa izin.\n\n';

  it('gives the words of "seorang pengikut X" / "salah seorang tetangga X" nobody, not X', () => {
    assert.deepEqual(speakers(STORY + 'Seorang pengikut Laras yang membeli obat itu menulis di kolom komentar, "Perut saya sakit setelah minum."'), [null]);
    assert.deepEqual(speakers(STORY + 'Salah seorang tetangga Laras mengatakan, "Rumahnya sepi sejak pekan lalu."'), [null]);
    assert.deepEqual(statementSpeakers(STORY + 'Seorang teman Laras mengatakan penyanyi itu sudah lama sakit.'), []);
  });

  it('keeps a name given in apposition or after "bernama", and a relation with no indefinite', () => {
    assert.deepEqual(speakers(STORY + 'Seorang pengikut, Dewi Anggraini, menulis di kolom komentar, "Saya kecewa."'), ['Dewi Anggraini']);
    assert.deepEqual(speakers(STORY + 'Seorang pengikut bernama Dewi Anggraini menulis di kolom komentar, "Saya kecewa."'), ['Dewi Anggraini']);
    assert.deepEqual(speakers(STORY + 'Teman Laras, Dewi Anggraini, mengatakan, "Dia orang baik."'), ['Dewi Anggraini']);
    assert.deepEqual(speakers(STORY + 'Laras menyapa seorang pengikut di lobi. "Terima kasih sudah datang," katanya.'), ['Laras Wulandari']);
  });
});
