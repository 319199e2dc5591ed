// "Teradu I dan Teradu II masing-masing Ketua Panwaslu X, A, dan anggotanya, B": roles listed
// before "masing-masing" go to the people listed after it, in order; a hearing's "Teradu II:"
// turns are B's, though the title search reaches A first (described-person.ts,
// respectiveHolder; speakers54b: dev d431, the kind 'role labels in hearings'). Articles
// written for this test.
import assert from 'node:assert/strict';
import { speakersWithTestKb } from './helpers';

const TURNS = 'Sidang Etik Pengawas Pemilu Digelar di Palu\n\nPALU - Dewan kehormatan memeriksa dua pengawas pemilu, Senin (7/9). Berikut petikan sidangnya.'
  + '\n\nTeradu I: "Tanggal tiga, Yang Mulia. Langsung kami catat."\n\nTeradu II: "Saya sedang cuti waktu itu, Yang Mulia."';

describe('roles paired with their holders by "masing-masing" (described-person.ts)', () => {
  it('the second role goes to the second person of the list', () => {
    const text = TURNS + '\n\nTeradu I dan Teradu II masing-masing ketua panwaslu, Ismail Lamakarate, dan anggotanya, Yusuf Tandiabang.';
    assert.deepEqual(speakersWithTestKb(text), ['Ismail Lamakarate', 'Yusuf Tandiabang']);
  });
  it('guard (held before): each role named before its own holder keeps that holder', () => {
    const text = TURNS + '\n\nTeradu I adalah ketua panwaslu, Ismail Lamakarate. Teradu II adalah anggotanya, Yusuf Tandiabang.';
    assert.deepEqual(speakersWithTestKb(text), ['Ismail Lamakarate', 'Yusuf Tandiabang']);
  });
  it('guard: a list naming fewer people than roles leaves the title search\'s holder', () => {
    const text = TURNS + '\n\nTeradu I dan Teradu II masing-masing ketua panwaslu, Ismail Lamakarate.';
    assert.deepEqual(speakersWithTestKb(text), ['Ismail Lamakarate', 'Ismail Lamakarate']);
  });
});
