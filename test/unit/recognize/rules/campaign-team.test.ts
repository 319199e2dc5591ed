import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule campaign-team', () => {
  it('a campaign-team acronym with its pair of candidates is one organisation', () => {
    const p = 'Ketua TKD Andika-Nanang, Heru Prasetyo, mendaftarkan gugatan.';
    assert.ok(steps(p).includes('campaign-team: TKD Andika-Nanang'));
    assert.deepEqual(mentions(p), ['TKD Andika-Nanang/ORG', 'Heru Prasetyo/PER']);
  });
  it('another acronym before a hyphenated pair keeps its usual reading', () => {
    assert.deepEqual(mentions('Sikap NATO Rusia-Ukraina berubah.'), ['NATO/ORG', 'Rusia/GPE', 'Ukraina/GPE']);
  });
  it('a campaign-team acronym without a pair is the acronym alone', () => {
    const p = 'Juru bicara TPN mengatakan hal itu.';
    assert.ok(!steps(p).some((s) => s.startsWith('campaign-team')));
  });
});
