// The courtesy-title convention (courtesy-titles.ts): honorifics stay outside a person's name and
// canonical, name parts stay inside, a chain of titles is no person. Sentences written for this test.
import assert from 'node:assert/strict';
import { COURTESY_TITLES, NAME_OPENING_ONLY_HONORIFICS } from '../../../src/core/recognize/courtesy-titles';
import { analyze } from '../../../src/core/recognize/analyze';

const people = (text: string) => analyze(text).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}=${a.canonical}`);

describe('courtesy titles (courtesy-titles.ts)', () => {
  it('every honorific row stays outside the name before an unknown person', () => {
    for (const t of COURTESY_TITLES.filter((x) => x.place === 'honorific')) {
      const text = `Dalam acara itu, ${t.form} Warsono Hadiprakoso menyampaikan sambutan singkat.`;
      assert.deepEqual(people(text), ['Warsono Hadiprakoso=Warsono Hadiprakoso'], t.form);
    }
  });

  it('every title row stays outside the name before an unknown person', () => {
    const written: Record<string, string> = { kh: 'KH', hj: 'Hj.', rr: 'Rr.' };
    for (const t of COURTESY_TITLES.filter((x) => x.place === 'title')) {
      const form = written[t.form] ?? t.form.charAt(0).toUpperCase() + t.form.slice(1);
      const text = `Dalam acara itu, ${form} Warsono Hadiprakoso menyampaikan sambutan singkat.`;
      assert.deepEqual(people(text), ['Warsono Hadiprakoso=Warsono Hadiprakoso'], form);
    }
  });

  it('the honorifics read only where they open a name are honorific rows ("U", "Ato")', () => {
    const honorifics = new Set(COURTESY_TITLES.filter((x) => x.place === 'honorific').map((x) => x.form));
    for (const h of NAME_OPENING_ONLY_HONORIFICS) assert.ok(honorifics.has(h), h);
    assert.deepEqual(people('Dalam acara itu, Ato Warsono Hadiprakoso menyampaikan sambutan singkat.'), ['Warsono Hadiprakoso=Warsono Hadiprakoso']);
  });

  it('every name row stays inside the name', () => {
    for (const t of COURTESY_TITLES.filter((x) => x.place === 'name' && /^\p{Lu}/u.test(x.form) && x.form !== 'Hi.')) {
      const name = `${t.form} Warsono Hadiprakoso`;
      assert.deepEqual(people(`Dalam acara itu, ${name} menyampaikan sambutan singkat.`), [`${name}=${name}`], t.form);
    }
  });

  it('a Javanese "Ki" and a Balinese "Jero Mangku" stay outside, so the speaker is the bare name', () => {
    const text = 'Pentas semalam suntuk itu dibawakan Ki Harjo Sumitro. "Penontonnya masih setia," kata Harjo.';
    assert.deepEqual(people(text), ['Harjo Sumitro=Harjo Sumitro', 'Harjo=Harjo Sumitro']);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['Harjo Sumitro']);
    assert.deepEqual(people('Pemangku pura, Jero Mangku Ketut Artawan, mengatakan upacara digelar besok.'), ['Ketut Artawan=Ketut Artawan']);
  });

  it('Malay "Encik" and "Cik" stay outside; "bin" stays inside', () => {
    assert.deepEqual(people('Pengurus ladang, Encik Razali bin Osman, menyatakan pihaknya menolak tuduhan itu.'), ['Razali bin Osman=Razali bin Osman']);
    assert.deepEqual(people('Cik Norliza binti Kassim mengatakan kelas itu ditutup.'), ['Norliza binti Kassim=Norliza binti Kassim']);
  });

  it('a Brunei honorific chain is read whole: no person made of its words', () => {
    assert.deepEqual(people('Pengarah jabatan itu, Dato Seri Setia Awang Haji Hamdan bin Salleh, menyatakan kerja sama berlanjut.'), [
      'Hamdan bin Salleh=Hamdan bin Salleh',
    ]);
    assert.deepEqual(people('Menteri itu, Pehin Orang Kaya Dato Paduka Awang Haji Rosli bin Hamid, hadir.'), ['Rosli bin Hamid=Rosli bin Hamid']);
  });

  it('the Filipino "Ma." (Maria) is part of the name', () => {
    assert.deepEqual(people('Konsul Ma. Luisa Dizon Aquino menyatakan konsulat akan mendampingi para nelayan.'), [
      'Ma. Luisa Dizon Aquino=Ma. Luisa Dizon Aquino',
    ]);
  });

  it('does not fire on ordinary words and names that only look like titles', () => {
    // Sarawak's "Awang" opening a name, after a Malaysian state title.
    assert.deepEqual(people('Timbalan Premier Datuk Amar Awang Tengah Ali Hasan meninjau sempadan.'), ['Awang Tengah Ali Hasan=Awang Tengah Ali Hasan']);
    // "Laila" as a given name after "Datin".
    assert.deepEqual(people('Datin Laila Hamzah menyerahkan bantuan itu.'), ['Laila Hamzah=Laila Hamzah']);
    // A Korean surname "Ki" before a hyphenated given name.
    assert.deepEqual(people('Gelandang Ki Sung-min mencetak gol kedua.'), ['Ki Sung-min=Ki Sung-min']);
    // A bare "Jero" is written as part of some Balinese names.
    assert.deepEqual(people('Mantan menteri Jero Wacik hadir di pura itu.'), ['Jero Wacik=Jero Wacik']);
    // The Chinese surname "Ma" ending a sentence.
    assert.deepEqual(people('Tamu kehormatan malam itu adalah Jack Ma. Beijing menolak berkomentar.'), ['Jack Ma=Jack Ma']);
    assert.deepEqual(people('Investor itu bertemu Jack Ma. Alibaba Group kemudian membantah kabar tersebut.'), ['Jack Ma=Jack Ma']);
    // "Habib" is left out of the table (a given name too); "Romo" after a given name is a surname.
    assert.deepEqual(people('Pelatih Habib Bamogo memuji timnya, seperti Tony Romo Senin lalu.'), ['Habib Bamogo=Habib Bamogo', 'Tony Romo=Tony Romo']);
    // English "Cut" is no title.
    assert.deepEqual(people('The headline read "Cut The Budget" and Hartono Wijaya agreed.'), ['Hartono Wijaya=Hartono Wijaya']);
  });
});
