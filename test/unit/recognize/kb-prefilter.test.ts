import assert from 'node:assert/strict';
import { matchKbAt } from '../../../src/core/recognize/kb-prefilter';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import { capitalisedTokens } from '../../../src/core/text/capitalised';

describe('KB prefilter', () => {
  it('gives exactly KbIndex.matchAt on every capitalised word (built-in KB, twice for the memo)', () => {
    const kb = defaultKbIndex();
    const text = [
      'Putinlah yang memutuskan, kata RUSIA. Erdogan dan Erdoğan bertemu di Washington, D.C. lalu ke Washington.',
      'Amerika Serikat, Amerika, dan Eropa Timur merespons; Eropa tetap diam. Raka Wicaksana dari Universitas Padjadjaran.',
      'NATO-lah yang disebut; Kyivnya rusak. Sekjen PBB Antonio Guterres dan Zelenskyy di Kiev. Xyzabc Qwerty menolak.',
    ].join('\n');
    const key = (m: ReturnType<typeof matchKbAt>): string => JSON.stringify(m && [m.start, m.end, m.entity.id, m.alias, m.kind]);
    let checked = 0;
    for (let round = 0; round < 2; round++) {
      for (const t of capitalisedTokens(text)) {
        assert.equal(key(matchKbAt(kb, text, t.start)), key(kb.matchAt(text, t.start)), text.slice(t.start, t.end));
        checked++;
      }
    }
    assert.ok(checked > 50);
  });
});
