// mend44: "Menurut juru bicara kepolisian Jepang, …" / "…,” kata juru bicara kepolisian
// Jepang.": the country closes a role's description in common nouns ("kepolisian Jepang",
// a body of it that is no government, role-described-place.ts), so it is no speaker; the
// person named with that role, else nobody. "juru bicara militer Thailand" still speaks for
// the country. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers } from './helpers';

const HEAD = 'Gempa di Hokkaido\n\nGempa mengguncang Hokkaido pada Senin pagi. ';
const statementSpeakers = (t: string): (string | null)[] => (analyze(t).reported ?? []).map((s) => s.speaker);

describe('a place closing a role description after the cue (attribution.ts, role-described-place.ts)', () => {
  it('gives "menurut/kata juru bicara kepolisian Jepang" no speaker rather than the country', () => {
    assert.deepEqual(statementSpeakers(HEAD + 'Menurut juru bicara kepolisian Jepang, sedikitnya tiga orang tewas tertimbun.'), []);
    assert.deepEqual(quoteSpeakers(HEAD + '"Tiga orang tewas tertimbun," kata juru bicara kepolisian Jepang.'), [null]);
    assert.deepEqual(quoteSpeakers(HEAD + '"Berkasnya sudah lengkap," kata juru bicara kejaksaan Jepang.'), [null]);
  });

  it('keeps the country for a spokesperson of its military', () => {
    assert.deepEqual(statementSpeakers(HEAD + 'Menurut juru bicara militer Jepang, sedikitnya tiga orang tewas tertimbun.'), ['Japan']);
  });
});
