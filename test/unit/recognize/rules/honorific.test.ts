import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule honorific', () => {
  it('consumes a Malaysian honorific and makes the next name a person', () => {
    const p = 'Ia bertemu Tan Sri Rahman Yusof kemarin.';
    assert.deepEqual(steps(p).slice(1), ['honorific: Tan Sri', 'unknown-name: Rahman Yusof']);
    assert.deepEqual(mentions(p), ['Rahman Yusof/PER']);
  });
  it('declines a word that is only the start of an honorific ("Tan" as a surname)', () => {
    assert.ok(!steps('Ia bertemu Tan Kim Hock kemarin.').some((s) => s.startsWith('honorific')));
  });
  it('consumes the states\' own Datuk titles (Sarawak\'s "Datuk Amar", Melaka\'s "Datuk Wira")', () => {
    const p = 'Timbalan Premier Datuk Amar Awang Tengah Ali Hasan berkata lori dibenarkan masuk.';
    assert.ok(steps(p).includes('honorific: Datuk Amar'));
    assert.deepEqual(mentions(p), ['Awang Tengah Ali Hasan/PER']);
    assert.deepEqual(mentions('Ia bertemu Datuk Wira Rauf Yusoh kemarin.'), ['Rauf Yusoh/PER']);
  });
  it('keeps Indonesia\'s "H." (Haji) outside the name, but not an "H." among initials', () => {
    // (written for this test)
    const p = 'Kepala kantor itu, H. Abdul Somad Ritonga, menjelaskan persiapan sudah rampung.';
    assert.ok(steps(p).includes('honorific: H'));
    assert.deepEqual(mentions(p), ['Abdul Somad Ritonga/PER']);
    assert.deepEqual(mentions('Gubernur M. H. Thamrin dikenang warga.'), ['M. H. Thamrin/PER']);
    assert.deepEqual(mentions('Arus mudik H-3 Lebaran meningkat tajam.'), []);
  });
  it('a sentence\'s full stop or a title\'s dot before "H." is no initial: the Haji stays outside the name', () => {
    // (written for this test)
    assert.deepEqual(mentions('Rapat dibuka Dr. H. Abdul Somad Ritonga di aula.'), ['Abdul Somad Ritonga/PER']);
    assert.deepEqual(mentions('Kontrak itu diteken kemarin. H. Abdul Somad Ritonga menyatakan proyek dimulai.'), ['Abdul Somad Ritonga/PER']);
  });
  it('consumes a Brunei chain of titles as one honorific, but not a Sarawak "Awang" opening a name', () => {
    // (written for this test)
    const p = 'Wakilnya, Dato Seri Setia Awang Haji Hamdan bin Salleh, hadir.';
    assert.ok(steps(p).includes('honorific: Dato Seri Setia Awang Haji'));
    assert.deepEqual(mentions(p), ['Hamdan bin Salleh/PER']);
    assert.ok(steps('Datuk Amar Awang Tengah hadir.').includes('honorific: Datuk Amar'));
  });
});
