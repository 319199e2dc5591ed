// One reading of where a sentence ends (sentence-end.ts), for the quote attribution and the
// reported-speech scan alike; and degrees after a name (degrees.ts) standing between a
// speaker and the reporting verb. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { degreeAsideEnd } from '../../../src/core/recognize/degrees';
import { endsSentenceAt, isNameDot } from '../../../src/core/recognize/sentence-end';

const at = (p: string, s: string) => p.indexOf(s) + s.length - 1;

describe('sentence ends (sentence-end.ts)', () => {
  it('an initial, an abbreviated title or given name ends no sentence; a word or a number does', () => {
    const p = 'Kata dr. Rina, Moh. Sanusi dan Dmitri S. Peskov di Jl. Merdeka. Lalu hujan turun 5. Selesai.';
    for (const s of ['dr.', 'Moh.', ' S.', 'Jl.']) {
      assert.equal(isNameDot(p, at(p, s)), true, s);
      assert.equal(endsSentenceAt(p, at(p, s)), false, s);
    }
    for (const s of ['Merdeka.', ' 5.', 'Selesai.']) assert.equal(endsSentenceAt(p, at(p, s)), true, s);
    assert.equal(endsSentenceAt('Harga 2.500 rupiah.', 7), false); // a dot inside a number
  });

  it('a question or exclamation mark before a space ends its sentence', () => {
    const p = 'Siapa yang salah? Kami! Tentu.';
    assert.equal(endsSentenceAt(p, p.indexOf('?')), true);
    assert.equal(endsSentenceAt(p, p.indexOf('!')), true);
  });
});

describe('degrees after a name (degrees.ts)', () => {
  it('an aside of degrees ends at the comma that closes it', () => {
    for (const aside of [', MPH,', ', S.H., M.H.,', ', S.H. M.H.,', ', Sp.A(K), Ph.D.,', ', S.I.K.,']) {
      const p = `Yuniarti Pohan${aside} mengatakan`;
      assert.equal(degreeAsideEnd(p, 14), p.lastIndexOf(','), aside);
    }
    for (const p of ['Yuniarti Pohan, Mahkamah Agung,', 'Yuniarti Pohan, MA, mengatakan', 'Yuniarti Pohan mengatakan']) assert.equal(degreeAsideEnd(p, 14), 14, p);
  });

  it('the reporting verb after the degrees is the name\'s, whatever the text says before', () => {
    for (const lead of ['', 'Jakarta - Kementerian Kesehatan mencatat 18.240 kasus DBD. ']) {
      for (const title of ['dr. Yuniarti Pohan, MPH,', 'Yuniarti Pohan, MPH,', 'dr. Yuniarti Pohan,']) {
        const text = `${lead}Direktur Penyakit Menular Kemenkes, ${title} mengatakan lonjakan terjadi di Bali. Menurut dia, hujan membuat genangan. "Kami sudah mengirim surat," ujarnya.`;
        const r = analyze(text);
        assert.deepEqual(r.quotes.map((q) => q.speaker), ['Yuniarti Pohan'], text);
      }
    }
  });
});
