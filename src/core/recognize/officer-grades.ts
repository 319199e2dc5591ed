// "kata perwira menengah itu", "ujar perwira tinggi Polri tersebut": Indonesian news
// describes police and military officers by the grade their rank belongs to, not by the
// rank itself. Each grade is a fixed set of ranks (Polri and TNI regulations), so the
// description points back to the person the article named with one of them ("AKBP Bambang
// Sutrisno" is a perwira menengah, "AKP Made" a perwira pertama), not to the last person
// named. Used as rank classes by described-person.ts.

/** Ranks by grade, police first, then army, navy and air force (lower case, as title words
 *  appear before a name). */
export const OFFICER_GRADES: ReadonlyMap<string, readonly string[]> = new Map([
  ['perwira tinggi', ['brigjen', 'irjen', 'komjen', 'jenderal', 'mayjen', 'letjen', 'laksma', 'laksda', 'laksdya', 'laksamana', 'marsma', 'marsda', 'marsdya', 'marsekal']],
  ['perwira menengah', ['kombes', 'akbp', 'kompol', 'kolonel', 'letkol', 'mayor']],
  ['perwira pertama', ['akp', 'iptu', 'ipda', 'kapten', 'lettu', 'letda']],
]);
