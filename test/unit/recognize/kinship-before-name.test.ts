// "Ayah Ilham, Junaidi, mengaku khawatir …" (dev d249): a kinship noun at a sentence start
// before a person the article named is the relation ("Ilham's father"), no word of the
// name. Sentences written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as linked } from './helpers';

describe('a kinship noun before a named person (name-variants.ts)', () => {
  it('"Ayah <name>, <name>," gives the child and the father, not "Ayah <name>"', () => {
    const got = linked('Perahu itu dikemudikan Rafli, nelayan berusia 14 tahun.\n\nAyah Rafli, Darmawan, mengaku cemas setiap kali anaknya melaut.');
    assert.ok(got.includes('Rafli/PER/Rafli'), got.join(' | '));
    assert.ok(!got.some((a) => a.startsWith('Ayah')), got.join(' | '));
  });
  it('the other kinship nouns too; a name of one word before it stays the person', () => {
    const got = linked('Rumah itu milik Sulastri.\n\nSuami Sulastri, Bambang, menolak berkomentar.');
    assert.ok(got.includes('Sulastri/PER/Sulastri') && !got.some((a) => a.startsWith('Suami')), got.join(' | '));
  });
});

describe('a kinship noun before a named person, after a heading line (dev d510)', () => {
  // IDN Times-style numbered sections: the paragraph after "2. Dibiayai keluarga" opens with
  // "Ayah <name>," though the line before it ends with no full stop. Sentences written for this test.
  it('cuts the kinship noun off: the child and the father', () => {
    const got = linked('Pelari muda Dimas Saragih menang di Bangkok. Dimas berlatih sejak kecil.\n\n2. Dibiayai keluarga\n\nAyah Dimas, Tigor Saragih, mengaku menjual sawah untuk biaya lomba.');
    assert.ok(!got.some((a) => a.startsWith('Ayah')), got.join(' | '));
    assert.equal(got.filter((a) => a.startsWith('Dimas/PER/')).length, 2, got.join(' | '));
    assert.ok(got.includes('Tigor Saragih/PER/Tigor Saragih'), got.join(' | '));
  });
  it('(guard) a capitalised first word at a line start that is no kinship noun stays', () => {
    const got = linked('Warga memanggilnya Wulan.\n\nSari Wulan, pedagang sayur, menolak pindah.');
    assert.ok(got.some((a) => a.startsWith('Sari Wulan/PER')), got.join(' | '));
  });
});
