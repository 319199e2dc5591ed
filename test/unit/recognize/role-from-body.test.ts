// actors/role-from-body.ts: "<role> dari <body> <holder>" ends the body's run before the holder.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { roleFromBodyBefore } from '../../../src/core/recognize/actors/role-from-body';

describe('role-from-body (calon presiden dari Front Patriotik Joseph Chanda Mwale)', () => {
  it('cuts the holder\'s name off the body after a lower-case role and "dari"; the surname then links to the person (d141)', () => {
    assert.deepEqual(linked('Penggugat, calon presiden dari Front Patriotik Joseph Chanda Mwale, kalah. Mwale menyatakan ia menerima putusan.'), [
      'Front Patriotik/ORG/Front Patriotik', 'Joseph Chanda Mwale/PER/Joseph Chanda Mwale', 'Mwale/PER/Joseph Chanda Mwale',
    ]);
  });
  it('needs the role word: "bantuan dari Yayasan …" is no holder\'s cue', () => {
    assert.equal(roleFromBodyBefore('calon presiden dari Front', 'calon presiden dari '.length), true);
    assert.equal(roleFromBodyBefore('bantuan dari Yayasan', 'bantuan dari '.length), false);
    assert.deepEqual(linked('Bantuan dari Yayasan Budi Luhur Sejahtera tiba.'), ['Yayasan Budi Luhur Sejahtera/ORG/Yayasan Budi Luhur Sejahtera']);
  });
});
