// An acronym the article never defines, spelling the initials of a body it names in full
// whose name has a hyphenated word of capitalised parts ("Anti-Korupsi", "Pasca-Bencana"):
// each part gives its initial (body-initials.ts; issue 13, actors53, dev d446's kind).
// Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canonicalsOf = (text: string, surface: string) => analyze(text).actors.filter((a) => a.text === surface).map((a) => a.canonical);

describe('initials of a hyphenated body name (actors53)', () => {
  it('each capitalised part of the hyphenated word gives an initial', () => {
    const text = 'Laporan itu diserahkan ke Komite Anti-Korupsi Nusantara pada Senin.\n\nKetua KAKN menyebut berkas itu lengkap.';
    assert.deepEqual(canonicalsOf(text, 'KAKN'), ['Komite Anti-Korupsi Nusantara']);
  });
  it('(guard) the one-initial reading of the hyphenated word still counts', () => {
    const text = 'Laporan itu diserahkan ke Komite Anti-Korupsi Nusantara pada Senin.\n\nKetua KAN menyebut berkas itu lengkap.';
    assert.deepEqual(canonicalsOf(text, 'KAN'), ['Komite Anti-Korupsi Nusantara']);
  });
});
