import * as assert from 'node:assert/strict';
import { typeOfOverlap } from '../../../src/core/curation/type-hint';

describe('typeOfOverlap: the type a span marked as an actor starts with', () => {
  const text = 'Platform Netflix disebut berminat, kata Dewi Kartikasari di Surabaya.';
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const mentions = [
    { ...span('Platform Netflix'), type: 'ORG' as const },
    { ...span('Dewi Kartikasari'), type: 'PER' as const },
    { ...span('Surabaya'), type: 'GPE' as const },
  ];

  it('takes the type of the recognized mention the span cuts down', () => {
    const s = span('Netflix');
    assert.equal(typeOfOverlap(mentions, s.start, s.end), 'ORG');
  });

  it('takes the mention sharing the most characters when the span reaches over two', () => {
    const s = span('Kartikasari di Surabaya');
    assert.equal(typeOfOverlap(mentions, s.start, s.end), 'PER');
    const t = span('Kartikasari di Surabaya.');
    assert.equal(typeOfOverlap(mentions, t.start + 5, t.end), 'GPE');
  });

  it('has no type for words no mention touches, nor for a mention that only ends where the span starts', () => {
    const s = span('disebut');
    assert.equal(typeOfOverlap(mentions, s.start, s.end), undefined);
    const after = span('Platform Netflix').end;
    assert.equal(typeOfOverlap(mentions, after, after + 8), undefined);
  });
});
