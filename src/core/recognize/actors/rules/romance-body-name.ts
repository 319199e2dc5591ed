// "Universidad San Francisco de Quito", "Société Guinéenne des Bauxites", "Banco Central de
// Chile": a body named in Spanish, Portuguese, French or Italian opens with its kind and joins
// its words with "de", "des", "del", "do", "da" … (issue 13, dev d262, d263). Indonesian news
// keeps such names as written. The heads are no Indonesian word, so the run was read as a
// person ("Société Guinéenne") or cut at the connector, its place read alone ("Quito").
// From such a head, capitalised words and the connectors between them are one organisation,
// up to MAX_WORDS words, ending on a capitalised word; a KB name at least as long wins.
// A capitalised word right before the head inside a sentence is the name's first.
import { adjacent, has, isSentenceInitial, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { NameConnectors } from '../name-connectors';
import { ROMANCE_BODY_HEADS } from '../../lexicon';
import { F_ROMANCE_BODY_HEAD, NOT_IN_A_PERSON_NAME } from '../word-class';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';


/** Words joining a Romance name's capitalised words, with their blanks. */
const CONNECTORS = new NameConnectors([' de ', ' des ', ' du ', ' del ', ' do ', ' da ', ' dos ', ' das ', ' della ', ' de la ', ' de los ',
  ' de las ', ' y ', ' et ']);
/** Italian connectors, after an Italian head only: "di" is also Indonesian "in" and "e" a
 *  letter ("Instituto Cervantes di Jakarta" is the institute in Jakarta). */
const ITALIAN_CONNECTORS = new NameConnectors([' di ', ' e ']);
const ITALIAN_HEADS = new Set(['università']);
const MAX_WORDS = 8;
/** First letters of the heads, upper case: most tokens are turned away before their lower-case form is read. */
const HEAD_INITIALS = new Set([...ROMANCE_BODY_HEADS].map((h) => h.toUpperCase().charCodeAt(0)));

function isHead(ctx: Ctx, i: number): boolean {
  return HEAD_INITIALS.has(ctx.p.charCodeAt(ctx.ts[i])) && ROMANCE_BODY_HEADS.has(low(ctx, i));
}

function connectorBetween(ctx: Ctx, k: number, italian: boolean): boolean {
  return CONNECTORS.between(ctx, k, k + 1) || (italian && ITALIAN_CONNECTORS.between(ctx, k, k + 1));
}

export const romanceBodyName: ActorRule = {
  name: 'romance-body-name',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    // Paragraph gate: the rule needs a head at token i or i + 1 (isHead), and most
    // paragraphs have none at all.
    if ((ctx.classes & F_ROMANCE_BODY_HEAD) === 0) return NO_MATCH;
    // ("Groupement des Exportateurs …": a connector may follow the head itself, dev d356)
    if (i + 1 >= ctx.nt || !(adjacent(ctx, i, i + 1) || (isHead(ctx, i) && connectorBetween(ctx, i, ITALIAN_HEADS.has(low(ctx, i)))))) return NO_MATCH;
    let head = i;
    if (!isHead(ctx, i)) {
      if (i + 2 >= ctx.nt || !isHead(ctx, i + 1) || !adjacent(ctx, i + 1, i + 2) || has(ctx, i, NOT_IN_A_PERSON_NAME)) return NO_MATCH;
      // "Survei Universidad …" at a sentence start: the word before the head is the
      // sentence's, no word of the body (nor a name: "Survei Universidad" was one). Inside a
      // sentence a capitalised word before the head is the name's ("Pontificia Universidad …").
      if (isSentenceInitial(ctx.p, ctx.ts[i])) return i + 1;
      head = i + 1;
    }
    let k = head + 1;
    const italian = ITALIAN_HEADS.has(low(ctx, head));
    while (k + 1 < ctx.nt && k - i + 1 < MAX_WORDS && (adjacent(ctx, k, k + 1) || connectorBetween(ctx, k, italian))) k++;
    const m = kbMatch(ctx, i);
    if (m && m.end >= ctx.te[k]) return NO_MATCH;
    pushMention(ctx, ctx.ts[i], ctx.te[k], 'ORG', 'pattern');
    return k + 1;
  },
};
