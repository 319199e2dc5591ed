// Review 45: with "Ki" kept outside a name (courtesy-titles.ts), "Ki Hadjar Dewantara" became
// "Hajar Dewantara", and "Ki Ageng Suryomentaram" was read "Ageng Suryomentaram". A person the
// KB names with the honorific (Wikipedia's title) is the KB's, whole; "Ki Ageng"/"Nyi Ageng" is
// one title with the name after it. Invented persons below, except the KB's own entries.
import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import { analyze } from '../../../src/core/recognize/analyze';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import { TEST_ENTITIES } from './test-kb';
import { actorsWithTestKb } from './helpers';

const withSage = new KbIndex({ entities: [...TEST_ENTITIES, { id: 'ki-sabdo-lelono', canonical: 'Ki Sabdo Lelono', type: 'PER', aliases: ['Ki Sabdo Lelono'], description: { en: '', id: '' } }], suppress: [] });
const actors = (text: string, kb: KbIndex): string[] => analyze(text, { kb }).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('a person named with an honorific', () => {
  it('is the KB person whose canonical keeps it', () => {
    assert.deepEqual(actors('Ajaran Ki Sabdo Lelono masih dibaca. Ki Darmo Wiyono tampil.', withSage),
      ['Ki Sabdo Lelono/PER/Ki Sabdo Lelono', 'Darmo Wiyono/PER/Darmo Wiyono']);
  });

  it('Ki Hadjar Dewantara, however spelled, is the KB entry', () => {
    const kb = defaultKbIndex();
    for (const spelled of ['Ki Hadjar Dewantara', 'Ki Hajar Dewantara']) {
      assert.deepEqual(actors(`Ajaran ${spelled} masih relevan.`, kb).filter((a) => a.includes('Dewantara')), [`${spelled}/PER/Ki Hadjar Dewantara`]);
    }
  });

  it('"Ki Ageng" and "Nyi Ageng" stay outside the name after them', () => {
    assert.deepEqual(actorsWithTestKb('Ki Ageng Sutawijaya dikenal sebagai filsuf. Nyi Ageng Ratnasari mendirikan pesantren.'),
      ['Sutawijaya/PER/Sutawijaya', 'Ratnasari/PER/Ratnasari']);
  });
});
