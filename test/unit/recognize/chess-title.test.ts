import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { KbIndex } from '../../../src/core/kb/kb-index';
import { actorsWithBuiltinKb, typedActorsWithBuiltinKb as actors } from './helpers';
import { TEST_ENTITIES } from './test-kb';

// "GM", "IM", "WGM", "WIM": chess titles written before a player's name, like an honorific;
// read alone they were taken for organisations' initials and the name after "GM" was lost.
describe('a chess title before a name ("GM Sari Wulandari")', () => {
  it('stays outside the name, which is a person', () => {
    assert.deepEqual(actors('Pada babak ketiga, GM Teguh Prasetyo menahan imbang GM Viktor Sokolenko.'),
      ['Teguh Prasetyo/PER', 'Viktor Sokolenko/PER']);
    assert.deepEqual(actors('WGM Sari Wulandari menang atas WIM Elena Marchetti, sedangkan IM Dimas Pratama kalah.'),
      ['Sari Wulandari/PER', 'Elena Marchetti/PER', 'Dimas Pratama/PER']);
  });
});

// A chess article writes the title alone too: "norma GM", "mengalahkan GM asal Ukraina, <name>",
// "kalau jadi GM" (dev d510, five times in one article). Alone it is a rank, no body's initials
// and no person. Sentences written for this test.
describe('a chess title alone ("norma GM", "GM asal Ukraina")', () => {
  it('is no actor, also once the article spelt it out ("norma grandmaster (GM)")', () => {
    assert.deepEqual(actors('Pecatur muda itu meraih norma grandmaster (GM) pertamanya. Ia mengalahkan GM asal Serbia, Dragan Petrovic. Ia butuh dua norma GM lagi.'),
      ['Serbia/GPE', 'Dragan Petrovic/PER']);
    assert.deepEqual(actors('Pecatur muda itu meraih norma GM pertamanya di Spanyol. Ia mengalahkan GM asal Serbia, Dragan Petrovic.'),
      ['Spanyol/GPE', 'Serbia/GPE', 'Dragan Petrovic/PER']);
    assert.deepEqual(actors('Setelah gelar IM, ia mengejar gelar GM dan WGM bagi adiknya.'), []);
    assert.deepEqual(actors('"Kalau sudah jadi GM, saya mau melatih anak-anak," katanya.'), []);
  });
  it('(guard) a KB that knows "GM" as a company keeps the company', () => {
    const kb = new KbIndex({ entities: [...TEST_ENTITIES, { id: 'general-motors', canonical: 'General Motors', type: 'ORG', aliases: ['General Motors', 'GM'], description: { en: 'American car maker', id: 'Produsen mobil Amerika' } }], suppress: [] });
    const got = analyze('Pabrik GM di Bekasi ditutup tahun ini.', { kb }).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
    assert.ok(got.includes('GM/ORG/General Motors'), got.join(' | '));
  });
});

// fix58b: the built-in KB knows General Motors by its initials; a bare "GM" with no word of
// chess around it is the company, and the chess words above still make it the rank.
describe('"GM" alone with the built-in KB', () => {
  it('is General Motors where no word says the chess rank', () => {
    assert.deepEqual(actorsWithBuiltinKb('Saham GM anjlok setelah penjualan mobil listriknya lesu.'), ['GM/ORG/General Motors']);
    assert.deepEqual(actorsWithBuiltinKb('Buruh pabrik GM menolak rencana penutupan itu.'), ['GM/ORG/General Motors']);
  });
});

describe('"GM" alone in a paragraph about chess, with the built-in KB', () => {
  it('is the rank wherever it stands once the paragraph speaks of chess', () => {
    assert.deepEqual(actors('Ia menundukkan GM asal Kroasia, Ivan Horvat, dan GM tuan rumah, Pablo Ortega. Ia bermain remis melawan dua GM lain.'),
      ['Kroasia/GPE', 'Ivan Horvat/PER', 'Pablo Ortega/PER']);
  });
});
