// speakers49b item 5: a headline's bare role before an unprefixed reporting verb ("…, Agen Sebut
// Belum Ada Kontrak") names the one person the body introduces with that role ("agen sang
// pemain, Hiroshi Tanaka, …"); with two holders, or none, the role names nobody. Own sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const headlineStatement = (t: string): string | null | undefined => (analyze(t).reported ?? []).find((s) => s.start < t.indexOf('\n'))?.speaker;

const BODY = 'Bola.com, Semarang - Masa depan gelandang Kenta Ishida di klub itu belum jelas. Manajer klub, Wahyu Santoso, mengklaim kesepakatan sudah tercapai.\n\n' +
  'Namun, agen sang pemain, Hiroshi Tanaka, mengatakan belum ada kontrak yang diteken.';

describe('a headline\'s bare role names the one holder the body introduces (headline-role-holder.ts)', () => {
  it('gives "Agen Sebut Belum Ada Tanda Tangan" to the agent the body names', () => {
    const t = 'Drama Transfer Kenta Ishida: Klub Klaim Sudah Sepakat, Agen Sebut Belum Ada Tanda Tangan\n\n' + BODY;
    assert.equal(headlineStatement(t), 'Hiroshi Tanaka');
  });

  it('gives nothing when two people hold the role', () => {
    const t = 'Agen Sebut Belum Ada Tanda Tangan\n\n' + BODY + ' Agen lain, Kenji Sato, mengatakan hal serupa.';
    assert.equal(headlineStatement(t), undefined);
  });

  it('gives nothing when the body names no holder of the role', () => {
    const t = 'Agen Sebut Belum Ada Tanda Tangan\n\nBola.com - Manajer klub, Wahyu Santoso, mengatakan kontrak belum diteken.';
    assert.equal(headlineStatement(t), undefined);
  });

  it('reads no role that is not one person\'s ("Warga Sebut …")', () => {
    const t = 'Warga Sebut Jalan Sudah Rusak Setahun\n\nPALU - Seorang warga, Hasan Lamato, mengatakan jalan itu rusak sejak tahun lalu.';
    assert.equal(headlineStatement(t), undefined);
  });
});
