import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule title', () => {
  it('a title is no actor and makes the next unknown name a person', () => {
    const p = 'Ia bertemu Menteri Luar Negeri Ukraina Dmytro Kuleba.';
    assert.deepEqual(steps(p).slice(1), ['title: Menteri Luar Negeri', 'kb-name: Ukraina', 'unknown-name: Dmytro Kuleba']);
    assert.deepEqual(mentions(p), ['Ukraina/GPE', 'Dmytro Kuleba/PER']);
  });
  it('two title words joined by "dan" are one title ("Menteri Haji dan Umrah")', () => {
    const p = 'Menteri Haji dan Umrah Mochamad Irfan Yusuf menetapkan kuota.';
    assert.ok(steps(p).includes('title: Menteri Haji dan Umrah'));
    assert.deepEqual(mentions(p), ['Mochamad Irfan Yusuf/PER']);
  });
});
