// "X menulis di akun Instagram-nya bahwa <content>": an adjunct between the verb and "bahwa"
// ends at the complementiser, which opens the content clause as it does right after the
// verb, so no clause test is asked of the content (spec: the span starts after "bahwa"). A
// content opening with a noun the clause test reads as an object ("sikap", "pandangan") was
// lost. (speakers51: dev d411.) Sentences written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: "bahwa" after an adjunct', () => {
  it('opens the content, whatever noun heads it', () => {
    assert.deepEqual(statementsOf('Penyair muda Laras Wening menulis di akun Instagram miliknya bahwa sikap panitia menutup ruang kritik bagi seniman daerah.'),
      ['sikap panitia menutup ruang kritik bagi seniman daerah => Laras Wening']);
    assert.deepEqual(statementsOf('Ketua RT, Bambang Sutejo, menyatakan dalam rapat warga bahwa pandangan pengurus lama tidak mewakili warga.'),
      ['pandangan pengurus lama tidak mewakili warga => Bambang Sutejo']);
  });
  it('guard: without "bahwa" the content still takes the clause test', () => {
    assert.deepEqual(statementsOf('Penyair muda Laras Wening menulis di akun Instagram miliknya sikap panitia.'), []);
  });
});
