// Predicates without a verbal prefix. The clause test (clause.ts) finds a content clause by
// a predicate early in it; most Indonesian verbs carry me-, ber-, di- or ter-, but the
// intransitive verbs news reports with most ("tumbuh", "turun", "jebol", "tewas", "duduk
// bersama") and states ("rusak", "penuh", "langka") carry none: "menyebut pasar film horor
// tumbuh paling cepat" and "menyebut tanggul kolam jebol akibat hujan" read as a noun
// object, so the statement was lost (issue 14: a fifth of the dev misses, in ten articles).
// These are words of the language, not of one article: each names an event or a state a
// subject undergoes, and none heads a noun phrase a reporting verb takes as its object.
import { LowerWordSet } from '../../text/lower-word-set';

export const BARE_PREDICATE_WORDS = new LowerWordSet(`
  tumbuh jebol duduk tewas rusak habis jatuh tenggelam pulang tinggal hidup mati
  lahir tidur runtuh roboh ambruk putus selesai tuntas batal lolos anjlok padam mogok macet
  kosong penuh langka mahal murah sembuh selamat hancur retak bocor pecah
  lumpuh mandek molor
`.trim().split(/\s+/));
