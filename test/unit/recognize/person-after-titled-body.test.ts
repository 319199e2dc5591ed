import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('person-after-titled-body: one word after a body a title opens (recog37, d165)', () => {
  it('is the title holder before a verb or a comma', () => {
    assert.deepEqual(linked('Anggota Fraksi PDI Perjuangan Riyanto meragukan angka itu.'), [
      'PDI Perjuangan/ORG/Partai Demokrasi Indonesia Perjuangan', 'Riyanto/PER/Riyanto',
    ]);
    assert.deepEqual(linked('Kepala BNN Marthinus, yang hadir di lokasi, menjelaskan modusnya.'), [
      'BNN/ORG/Badan Narkotika Nasional', 'Marthinus/PER/Marthinus',
    ]);
  });
  it('not without a title before the body', () => {
    assert.deepEqual(linked('Rapat di DPR Senayan berlangsung alot.'), ['DPR/ORG/Dewan Perwakilan Rakyat']);
    assert.deepEqual(linked('Petugas BNN Senin malam menjelaskan modusnya.'), ['BNN/ORG/Badan Narkotika Nasional']);
  });
});
