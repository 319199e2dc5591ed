// One name in apposition after a role phrase opening the sentence is the person the role names
// (speakers45b; own sentences about fictional people).
import assert from 'node:assert/strict';
import { personTexts as persons, quoteSpeakers as speakers } from './helpers';

describe('speakers45b: one name after a role phrase (role-apposed-name.ts)', () => {
  it('reads the name as a person with no verb of speech after it, and gives it the quotes', () => {
    const t = '"Lemari itu kosong sejak pagi," ujar Kristina Ayu.\n\n' +
      'Penjaga gudang arsip, Karjo, diperiksa penyidik selama lima jam. Pria 60 tahun itu mengaku tidak mendengar apa pun.\n\n' +
      '"Saya keliling tiap jam. Semua pintu terkunci," katanya.\n';
    assert.deepEqual(persons(t), ['Kristina Ayu', 'Karjo']);
    assert.deepEqual(speakers(t), ['Kristina Ayu', 'Karjo']);
    assert.deepEqual(persons('Seorang pengemudi ojek, Darto, ikut membantu evakuasi.'), ['Darto']);
  });

  it('leaves interjections set off after a preposition and a role alone', () => {
    assert.deepEqual(persons('Bagi petani, Alhamdulillah, panen tahun ini bagus.'), []);
    assert.deepEqual(persons('Kata pengacara, Insyaallah, kliennya akan bebas.'), []);
    assert.deepEqual(persons('Sejumlah pekerja, Rabu, mogok di depan pabrik.'), []);
    assert.deepEqual(persons('Bagi pedagang kecil, Lebaran adalah masa panen.'), []);
  });
});
