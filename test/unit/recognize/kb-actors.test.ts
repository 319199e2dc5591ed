import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { actorsWithTestKb, runWithTestKb } from './helpers';
import { testKb } from './test-kb';

describe('actors: KB matches', () => {
  it('links aliases to canonicals and keeps titles outside', () => {
    assert.deepEqual(actorsWithTestKb('Kemarin Presiden Prancis Emmanuel Macron bertemu Menteri Luar Negeri Rusia Sergey Lavrov.'), [
      'Prancis/GPE/France', 'Emmanuel Macron/PER/Emmanuel Macron', 'Rusia/GPE/Russia', 'Sergey Lavrov/PER/Sergey Lavrov',
    ]);
  });
  it('accepts all-caps variants and cuts clitics', () => {
    assert.deepEqual(actorsWithTestKb('Kata mereka, Putinlah yang memutuskan nasib RUSIA.'), ['Putin/PER/Vladimir Putin', 'RUSIA/GPE/Russia']);
  });
  it('splits hyphenated pairs', () => {
    assert.deepEqual(actorsWithTestKb('Konflik Rusia-Ukraina belum selesai.'), ['Rusia/GPE/Russia', 'Ukraina/GPE/Ukraine']);
  });
  it('takes the longest alias ("Amerika Serikat", not "Amerika")', () => {
    assert.deepEqual(actorsWithTestKb('Delegasi Amerika Serikat tiba.'), ['Amerika Serikat/GPE/United States']);
  });
  it('finds actor names inside events and documents ("KTT BRICS", "Piagam PBB")', () => {
    assert.deepEqual(actorsWithTestKb('Ia hadir di KTT BRICS dan mengutip Piagam PBB.'), ['BRICS/ORG/BRICS', 'PBB/ORG/United Nations']);
  });
  it('joins unknown first names to a known surname ("Dmitri S. Peskov")', () => {
    assert.deepEqual(actorsWithTestKb('Juru bicara Kremlin, Dmitri S. Peskov, menolak.'), ['Kremlin/ORG/Kremlin', 'Dmitri S. Peskov/PER/Dmitry Peskov']);
  });
  it('honours user suppressions', () => {
    assert.deepEqual(runWithTestKb('Pasukan NATO dan Rusia.').actors.map((a) => a.text), ['NATO', 'Rusia']);
    assert.deepEqual(analyze('Pasukan NATO dan Rusia.', { kb: testKb, suppress: ['NATO'] }).actors.map((a) => a.text), ['Rusia']);
  });
});
