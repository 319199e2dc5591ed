// An interviewer's question writes "Anda" with a capital: "Film Anda", "Buku Anda" are no
// names, and the answer after them is the interviewee's (unknown-name.ts,
// NEVER_ENDS_A_NAME). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

describe('a capitalised pronoun ends no name (unknown-name.ts)', () => {
  it('"Film Anda", "Buku Anda" at a question\'s start are no actors', () => {
    for (const q of ['Film Anda diputar di mana saja?', 'Buku Anda terbit kapan?', 'Lalu Kampung Kamu bagaimana?']) {
      assert.deepEqual(analyze(q).actors.map((a) => a.text), [], q);
    }
  });

  it('the answer after such a question stays with the interviewee', () => {
    const text = 'Sutradara muda Ambon, Rian Latuconsina, menjawab pertanyaan kami.\nFilm Anda bercerita tentang apa?\nTentang nelayan di Seram. "Saya besar di sana," katanya.';
    const r = analyze(text);
    assert.deepEqual(r.actors.filter((a) => a.type === 'PER').map((a) => a.text), ['Rian Latuconsina']);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Rian Latuconsina']);
  });

  it('a name is still a name before a pronoun that follows it', () => {
    const r = analyze('Rian Latuconsina Anda kenal?');
    assert.ok(r.actors.some((a) => a.text === 'Rian Latuconsina'), JSON.stringify(r.actors.map((a) => a.text)));
  });
});
