// "Gabriel Boric Font", "Gustavo Petro Urrego", "Luiz Inácio Lula da Silva": in the Spanish
// and Portuguese naming custom a person carries two surnames (the father's and the mother's),
// and the news writes the second at times; the KB, like English Wikipedia, names most such
// people without it. So a KB person of such a country followed by one more surname is the
// same person, not a namesake with a longer name (kb-name.ts longerNamesake; session 49 probe:
// the president of Chile lost his identity and his statement).
import type { KbEntity } from '../../kb/types';

/** Countries of the Spanish and Portuguese naming custom, as KB descriptions write them
 *  ("President of Chile", "Minister of Finance of Brazil"). */
const TWO_SURNAME_COUNTRY = new RegExp(`\\b(?:of|in) (?:${[
  'Spain', 'Portugal', 'Mexico', 'Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Costa Rica', 'Panama', 'Cuba',
  'the Dominican Republic', 'Dominican Republic', 'Colombia', 'Venezuela', 'Ecuador', 'Peru', 'Bolivia', 'Chile', 'Argentina',
  'Uruguay', 'Paraguay', 'Brazil', 'Timor-Leste', 'East Timor', 'Angola', 'Mozambique',
].join('|')})\\b`);

/** The KB person `e` belongs, by the KB's description, to a country whose names carry two surnames. */
export function carriesSecondSurname(e: KbEntity): boolean {
  return e.type === 'PER' && TWO_SURNAME_COUNTRY.test(e.description.en);
}
