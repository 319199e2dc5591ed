// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { capitalisedLabel } from '../../../../src/core/recognize/caps-label-name';

describe('speakers38: turn labels in capitals (caps-label-name.ts)', () => {
  it('reads a word in capitals opening its line before a colon', () => {
    const p = 'x.\n\nANDRI: "Ya."';
    assert.equal(capitalisedLabel(p, p.indexOf('ANDRI'), 'ANDRI'), 'Andri');
    const q = 'Kata ANDRI: "Ya."';
    assert.equal(capitalisedLabel(q, q.indexOf('ANDRI'), 'ANDRI'), undefined);
    assert.equal(capitalisedLabel('x.\nAndri: "Ya."', 3, 'Andri'), undefined);
  });

  it('links the labels to the full names the article introduced', () => {
    const t = 'Acara bincang Tepi Kali dipandu Larasati Ayu dengan tamu pengamat Hendro Wahyudi.\n\n' +
      'LARASATI: "Pak Hendro, siapa yang salah?"\n\nHENDRO: "Tata ruangnya sejak awal keliru."\n';
    assert.deepEqual(speakers(t), ['Larasati Ayu', 'Hendro Wahyudi']);
  });

  it('on one line (paragraph breaks lost) a label opens a turn after a sentence end or a closing mark, its words in quotation marks', () => {
    const p = 'Berikut dialognya. ANDRI: "Ya." BUDI: "Tidak."';
    assert.equal(capitalisedLabel(p, p.indexOf('ANDRI'), 'ANDRI'), 'Andri');
    assert.equal(capitalisedLabel(p, p.indexOf('BUDI'), 'BUDI'), 'Budi');
    // Without a quotation mark after the colon it may be an acronym introducing a list.
    const q = 'Data terakhir. BPBD: tiga desa terendam.';
    assert.equal(capitalisedLabel(q, q.indexOf('BPBD'), 'BPBD'), undefined);
    // Mid-sentence it is no label.
    const r = 'Menurut kajian ANDRI: "Ya."';
    assert.equal(capitalisedLabel(r, r.indexOf('ANDRI'), 'ANDRI'), undefined);
  });

  it('links one-line labels to the full names as the paragraphs would', () => {
    const t = 'Acara bincang Tepi Kali dipandu Larasati Ayu dengan tamu pengamat Hendro Wahyudi. ' +
      'LARASATI: "Pak Hendro, siapa yang salah?" HENDRO: "Tata ruangnya sejak awal keliru."';
    assert.deepEqual(speakers(t), ['Larasati Ayu', 'Hendro Wahyudi']);
  });
});
