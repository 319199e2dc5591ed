// "Penenun Sumba Raih Penghargaan …: <statement>": a colon after a whole clause whose subject
// opens with a pe(N)- agent noun, a trade one person of the story practises; the statement is
// the one whose body words the headline sums up (headline-role-by-content.ts; speakers54b:
// dev d462, the kind 'headline statement of a role or title'). Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const speakerOf = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

const WEAVER = '\n\nWAINGAPU - Penenun kain ikat asal Sumba Timur, Rambu Ana Hapu, meraih penghargaan kriya nasional pekan lalu.'
  + '\n\nDari mana pewarnanya?\n\n"Pewarna ini resep ibu saya. Akarnya direbus semalam."';

describe('a headline agent noun before a clause and a colon (headline-colon-speaker.ts)', () => {
  it('goes to the one whose answer the headline sums up', () => {
    assert.equal(speakerOf('Penenun Sumba Raih Penghargaan Kriya Nasional: Pewarna Ini Resep Ibu Saya' + WEAVER, 'Pewarna Ini Resep Ibu Saya'), 'Rambu Ana Hapu');
  });
  it('guard: words nobody says in the body give no statement', () => {
    assert.equal(speakerOf('Penenun Sumba Raih Penghargaan Kriya Nasional: Pasar Ekspor Masih Sulit Ditembus' + WEAVER, 'Pasar Ekspor Masih Sulit Ditembus'), undefined);
  });
  it('guard: a trade the body counts as a group names no one', () => {
    const text = 'Penumpang Kapal Tertahan di Pelabuhan: Kami Sudah Tiga Hari Menunggu Tanpa Kepastian\n\nBAUBAU - Ratusan penumpang tertahan di pelabuhan karena cuaca buruk.'
      + '\n\nSeorang penumpang, Wa Ode Sitti, mengatakan mereka sudah tiga hari menunggu tanpa kepastian.';
    assert.equal(speakerOf(text, 'Kami Sudah Tiga Hari Menunggu Tanpa Kepastian'), undefined);
  });
});
