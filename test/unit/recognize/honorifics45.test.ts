// Session 45 (issues 13/14): honorifics glued to a speaker's name gave every quote of that
// person a glued identity ("Ki Sastro Wiyono"): a dalang's "Ki", a Balinese priest's "Jero
// Mangku" and Malay "Encik" stay outside the name as "Gus" and "Datuk" do (gold45a's
// decision). Own invented names.
import assert from 'node:assert/strict';
import { actorsWithTestKb, speakersWithTestKb } from './helpers';

describe('an honorific before a name ("Ki", "Jero Mangku", "Encik")', () => {
  it('stays outside the name, and the speaker is the bare name', () => {
    assert.deepEqual(speakersWithTestKb('Dalang senior Ki Sastro Wiyono menilai bakat anak itu menonjol. "Sabetannya sudah bagus," kata Ki Sastro.'), ['Sastro Wiyono']);
    assert.deepEqual(actorsWithTestKb('Pemangku pura, Jero Mangku Nyoman Sudarsa, mengatakan warga bergotong royong.'), ['Nyoman Sudarsa/PER/Nyoman Sudarsa']);
    assert.deepEqual(actorsWithTestKb('Pengurus ladang, Encik Mohd Faizal bin Abdul Rahim, mengatakan gedung itu retak.'), ['Mohd Faizal bin Abdul Rahim/PER/Mohd Faizal bin Abdul Rahim']);
  });
});

describe('the honorifics do not cut', () => {
  it('a Korean surname before a hyphenated given name, "Jero" alone, or an acronym KI', () => {
    assert.deepEqual(actorsWithTestKb('Gelandang Ki Sung-yueng mengatakan timnya siap.'), ['Ki Sung-yueng/PER/Ki Sung-yueng']);
    assert.deepEqual(actorsWithTestKb('Mantan menteri Jero Wacik mengatakan ia siap bersaksi.'), ['Jero Wacik/PER/Jero Wacik']);
    assert.equal(actorsWithTestKb('Ketua KI Pusat Budi Santoso mengatakan data itu terbuka.')[0], 'KI/ORG/KI');
  });
});
