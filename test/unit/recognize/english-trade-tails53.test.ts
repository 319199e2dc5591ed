// Foreign companies and forums named in English word order (issue 13, actors53; kinds seen in
// dev d397, d399, d448, d450): a trading house's or a biotech firm's name ends in its trade
// word (company-tails.ts), and a forum's in "Forum" after its modifiers (lexicon
// ENGLISH_BODY_HEADS, read by actors/rules/english-modified-body.ts). Before, such names were
// read as a person's two words or cut before "Forum". Sentences written for this test.
import assert from 'node:assert/strict';
import { typedActors as actorsOf } from './helpers';

describe('English trade and forum names (actors53)', () => {
  it('a name ending in "Trading" or "Biotech" is a company', () => {
    assert.ok(actorsOf('Koperasi itu menjual teh kepada importir asal Osaka, Hoshizora Tea Trading.').includes('Hoshizora Tea Trading/ORG'));
    assert.ok(actorsOf('Pabrik di Kendal itu dibeli Meridian Cell Biotech pekan lalu.').includes('Meridian Cell Biotech/ORG'));
  });
  it('an English company runs on over its legal words, and a food maker is a company', () => {
    const a = actorsOf('Kontrak itu diteken Highland Tea Trading Company Limited dan Sembrano Foods pekan lalu.');
    assert.ok(a.includes('Highland Tea Trading Company Limited/ORG'), a.join(', '));
    assert.ok(a.includes('Sembrano Foods/ORG'), a.join(', '));
  });
  it('a run of capitalised words ending in "Forum" is one organisation', () => {
    const a = actorsOf('Analis lembaga kajian Sahara Water Forum, Amina Tazi, menilai tawaran itu wajar.');
    assert.ok(a.includes('Sahara Water Forum/ORG'), a.join(', '));
    assert.ok(a.includes('Amina Tazi/PER'));
    assert.ok(actorsOf('Data panen itu dihimpun Northern Cotton Growers Forum di Mombasa.').includes('Northern Cotton Growers Forum/ORG'));
  });
  it('(guard) a forum named after a known place, a meeting and a forum of people stay as they were', () => {
    assert.ok(!actorsOf('Bali Democracy Forum digelar di Nusa Dua pekan depan.').some((x) => x.startsWith('Bali Democracy Forum')));
    assert.ok(!actorsOf('Forum Group Discussion digelar di Jakarta kemarin.').some((x) => x.startsWith('Forum Group')));
    const g = actorsOf('Forum Guru Honorer Bersatu menolak aturan itu.');
    assert.ok(g.some((x) => x.startsWith('Forum Guru Honorer') && x.endsWith('/ORG')), g.join(', '));
  });
  it('(guard) a person named before a trade word in lower case is still a person', () => {
    assert.ok(actorsOf('Direktur perusahaan trading itu, Rudy Hartono Wijaya, menolak berkomentar.').includes('Rudy Hartono Wijaya/PER'));
  });
});
