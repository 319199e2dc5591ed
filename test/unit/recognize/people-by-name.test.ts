import assert from 'node:assert/strict';
import { PeopleByName } from '../../../src/core/recognize/people-by-name';
import type { ActorMention } from '../../../src/core/recognize/types';

const mention = (start: number, text: string, type: ActorMention['type'], canonical = text): ActorMention =>
  ({ start, end: start + text.length, text, type, canonical });

describe('people-by-name: the link pass\'s person mentions by canonical name', () => {
  it('lists a name\'s person mentions in text order, and nothing for other types or names', () => {
    const ms = [mention(0, 'Raja Juli', 'PER', 'Raja Juli Antoni'), mention(20, 'Kehutanan', 'ORG'), mention(40, 'Raja Juli Antoni', 'PER'),
      mention(70, 'Raja Juli Antoni', 'ORG')];
    const people = new PeopleByName(ms);
    assert.deepEqual(people.of('Raja Juli Antoni').map((m) => m.start), [0, 40]);
    assert.deepEqual(people.of('Kehutanan'), []);
    assert.deepEqual(people.of('Budi'), []);
  });
});
