// Courtesy titles and honorifics of the regions and neighbours Indonesian news covers, as ONE
// convention (issues 13/14, the spec's "Honorifics stay outside" and eval/README.md's decisions):
// which words written before a person's name stay OUTSIDE the name (and its canonical), and
// which are PART of the name. A chain of titles before a name is one run of honorifics, never a
// person of its own ("Dato Seri Setia Awang Haji Rahman Yusof" is Rahman Yusof, no "Setia Awang").
//
// How each row is read:
// - 'honorific': matched case for case before a capitalised name by actors/rules/honorific.ts
//   (a phrase of one or more words; the lexicon's HONORIFICS are these rows, longest first);
// - 'title': a lower-case title head (lexicon TITLE_HEADS), read like "Presiden";
// - 'name': part of the name, kept inside the span and the canonical; nothing cuts it
//   (the test of this table asserts each one stays inside).
// Chain words (CHAIN_WORDS) continue an honorific already read and are outside too.

export type TitlePlace = 'honorific' | 'title' | 'name';

export interface CourtesyTitle {
  /** As written (a 'title' row in lower case). */
  readonly form: string;
  readonly place: TitlePlace;
  /** Where it is used, and why it sits where it does. */
  readonly note: string;
}

const CHESS_NOTE = 'chess titles';
const row = (place: TitlePlace, note: string, ...forms: string[]): CourtesyTitle[] => forms.map((form) => ({ form, place, note }));

export const COURTESY_TITLES: readonly CourtesyTitle[] = [
  // Malaysia and Brunei: federal and state titles, spouses' titles (eval/README.md, d52, d212, d293).
  ...row('honorific', 'Malaysian federal titles', 'Datuk Seri Utama', 'Datuk Seri Panglima', 'Datuk Seri', "Dato' Seri", "Dato' Sri", 'Dato Seri', 'Dato Sri',
    'Datuk Patinggi', 'Datin Paduka', 'Datin Seri', 'Tan Sri', 'Puan Sri', 'Toh Puan', 'Pehin Orang Kaya'),
  // The states' own Datuk titles: Sarawak's "Datuk Amar", Melaka's "Datuk Wira", "Datuk Setia"
  // and "Datuk Paduka" of other states.
  ...row('honorific', 'Malaysian state titles', 'Datuk Amar', 'Datuk Wira', 'Datuk Setia', 'Datuk Paduka', "Dato' Wira", "Dato' Setia", "Dato' Paduka"),
  // A Minangkabau "Datuk" (or "Dt.") written AFTER a given name is a gelar inside the name
  // ("Rusdi Datuk Marajo Sati", eval/README.md), read by actors/minang-gelar.ts.
  ...row('honorific', 'Malaysian and Bruneian titles', "Dato'", 'Dato’', 'Datuk', 'Dato', 'Datin', 'Tun', 'Pehin'),
  // Burmese "Mr" and "Mrs" (gold53, d455): "U Kyaw Min" is Kyaw Min, "Daw Khin Lay" Khin Lay. Burmese
  // names have no surname, so the address is written before every mention. The one-letter "U"
  // is read only where it opens a name (actors/rules/honorific.ts: not after a capitalised word,
  // "Blok U Perumahan …"; only before two capitalised words, not "U Turn"; never before a
  // hyphen, "U-19").
  ...row('honorific', 'Burmese address (Mr, Mrs)', 'Daw', 'U'),
  // Amharic "Mr" and "Mrs" (d469): "Ato Mulugeta Desta" is Mulugeta Desta. Ethiopian names have no
  // surname either (given name, father's, grandfather's), so the address stands before the
  // full name. "Ato" is a Ghanaian given name too ("Ato Boldon", "Cassiel Ato Forson"): it is
  // read only where it opens a name of two capitalised words or more, as the Burmese "U" is.
  ...row('honorific', 'Amharic address (Mr, Mrs)', 'Ato', 'Weyzero'),
  // Malay "Mr"/"Ms" (d292): "Encik Mohd Faizal" is Mohd Faizal. "Cik" too ("Cik Siti Aminah").
  ...row('honorific', 'Malay address (Mr, Ms)', 'Encik', 'Cik'),
  // Indonesia's "H." (Haji) before a name: "H. Abdul Khaliq" is Abdul Khaliq ("Hj." is a title
  // head); the dot is part of it, so an initial "H" elsewhere is left alone.
  ...row('honorific', 'Haji written short', 'H.'),
  // Javanese "Ki" (a dalang's, a teacher's honorific, d285) and the Balinese priest's "Jero
  // Mangku" (d288) stay outside as "Gus" and "Raden" do. A bare "Jero" is left alone: it is
  // written as part of some names ("Jero Wacik").
  ...row('honorific', 'Javanese and Balinese honorifics', 'Ki', 'Jero Mangku'),
  // "Ki Ageng" / "Nyi Ageng": the title of Javanese historical figures and founders ("Ki Ageng
  // Suryomentaram" is Suryomentaram), outside as "Ki" is; one whose Wikipedia title keeps it
  // ("Ki Hadjar Dewantara") is a KB person the honorific rule leaves whole.
  ...row('honorific', 'Javanese title of historical figures', 'Ki Ageng', 'Nyi Ageng'),
  // The Javanese nobility's two-word titles (speakers47, d334): "Raden Ayu" (a married noblewoman),
  // "Raden Ajeng" (an unmarried one), "Raden Roro", "Raden Ngabehi". The second
  // word is part of the title, not a given name: "Raden Ayu Sekarningrum" is Sekarningrum (a
  // bare "Raden" is a title head below, which left "Ayu" glued onto the name).
  ...row('honorific', 'Javanese nobility titles', 'Raden Ayu', 'Raden Ajeng', 'Raden Roro', 'Raden Ngabehi'),
  // Aceh's "Teungku" (a religious scholar; "Tgk." written short, d216) stays outside, unlike the
  // nobility's "Teuku" (a name row below).
  ...row('honorific', 'Acehnese scholar', 'Teungku', 'Tgk.'),
  // Chess titles, written before a player's name like an honorific: "GM Susanto Megaranto",
  // "WGM Medina Warda Aulia" (the name was lost when the title was read as a body's initials).
  // "FM" is left out: it ends radio stations' names ("Prambors FM Jakarta").
  // Alone ("norma GM", "mengalahkan GM asal Ukraina", dev d510) the title is a rank, no actor,
  // unless the KB knows its letters as a body and no word says the rank ("Saham GM": General
  // Motors; CHESS_TITLES, read by actors/rules/honorific.ts).
  ...row('honorific', CHESS_NOTE, 'WGM', 'WIM', 'GM', 'IM'),

  // Title heads (lexicon TITLE_HEADS): Islamic, Christian and Javanese titles and forms of address.
  ...row('title', 'Islamic titles (d22, d28, d65)', 'kh', 'hj', 'haji', 'hajah', 'kiai', 'ustaz', 'ustad', 'syekh', 'sheikh'),
  ...row('title', 'Christian titles', 'pendeta'),
  // Clergy of other faiths and countries, before a name like "Kiai" (review46: "Ayatollah Ali
  // Khamenei" is Ali Khamenei, no namesake "Ayatollah"): Shia and Sunni scholars, Catholic
  // priests ("Pater"), Buddhist monks, rabbis. "Habib" is left out: it is a given name as
  // often as a title ("Habib Rizieq" and the footballer "Habib Diallo" are written alike).
  ...row('title', 'clergy titles (review46)', 'ayatollah', 'mullah', 'pater', 'bhikkhu', 'biksu', 'bhiksu', 'bhante', 'rabbi'),
  // Catholic priests' "Romo" (Javanese, "father") and "Pastor" are surnames too (Tony Romo, Ana
  // Pastor): honorifics, read only where they open a capitalised name, never as a title head
  // that would end "Tony Romo" (misreads47: "Romo Benny Susetyo" is Benny Susetyo).
  ...row('honorific', 'Catholic priests (misreads47)', 'Romo', 'Pastor'),
  // Minangkabau "Buya", a scholar's title as "Kiai" ("Buya Hamka" is Hamka).
  ...row('title', 'Minangkabau scholar', 'buya'),
  ...row('title', 'Javanese and Sundanese honorifics (d62, d154, d270)', 'gus', 'cak', 'nyi', 'nyai', 'rr', 'raden'),

  // Parts of the name (eval/README.md): the canonical keeps them.
  ...row('name', 'Acehnese (d295): Teuku for men, Cut for women', 'Teuku', 'Cut'),
  ...row('name', 'Malaysian royal houses (Wikipedia keeps them: "Tengku Zafrul Aziz")', 'Tengku', 'Tunku'),
  ...row('name', 'Bugis-Makassar (d04, d159) and Minangkabau', 'Andi', 'Daeng', 'Datuak'),
  ...row('name', 'Sasak (d39, d150) and Butonese (d68, d298)', 'Lalu', 'Baiq', 'La Ode', 'Wa Ode'),
  ...row('name', 'Balinese caste names (d89, d248, d301)', 'Ida Bagus', 'I Gusti', 'Gusti', 'Anak Agung'),
  ...row('name', 'Malay particles (d292, d293): bin, binti', 'bin', 'binti'),
  // North Maluku's "Hi." between given name and surname (d245) and the Filipino "Ma." (Maria,
  // d294) are written as part of the name (actors/abbreviated-name.ts reads both dots).
  ...row('name', 'North Maluku Haji between two names', 'Hi.'),
  ...row('name', 'Filipino Maria written short', 'Ma.'),
  // Sarawak's "Awang" opening a name is part of it ("Awang Tengah Ali Hasan", d212); only in a
  // Brunei chain is it an honorific (CHAIN_WORDS).
  ...row('name', 'Sarawak Malay name part', 'Awang', 'Dayang'),
];

/** The rows read by the honorific rule, longest first (a longer phrase wins over its start). */
export const HONORIFIC_PHRASES: readonly string[] = COURTESY_TITLES.filter((t) => t.place === 'honorific')
  .map((t) => t.form)
  .sort((a, b) => b.length - a.length);

/** Honorific rows that are a letter or a given name elsewhere ("U Turn", "Ato Boldon"): the
 *  honorific rule reads them only before a name of two capitalised words or more (the Burmese
 *  and Amharic rows above). */
export const NAME_OPENING_ONLY_HONORIFICS: ReadonlySet<string> = new Set(['U', 'Ato']);

/** The chess titles (the table's chess row): written alone they name a rank, no body. */
export const CHESS_TITLES: ReadonlySet<string> = new Set(COURTESY_TITLES.filter((t) => t.note === CHESS_NOTE).map((t) => t.form));

/** The rows read as lower-case title heads. */
export const COURTESY_TITLE_HEADS: readonly string[] = COURTESY_TITLES.filter((t) => t.place === 'title').map((t) => t.form);

/** Words that continue a chain of Malay honorifics once one is read: Brunei's conferred titles
 *  ("Dato Seri Setia", "Dato Paduka"), a second "Seri", and the Haji of a titled person
 *  ("Datuk Haji Ahmad"). */
export const CHAIN_WORDS: ReadonlySet<string> = new Set(['Seri', 'Setia', 'Paduka', 'Utama', 'Diraja', 'Haji', 'Hajah', 'Hj.']);
/** Words of a chain only Brunei confers ("Pehin", "Dato Seri Setia", "Dato Paduka"): after one, a
 *  chain also takes the words below. */
export const BRUNEI_CHAIN_WORDS: ReadonlySet<string> = new Set(['Pehin', 'Setia', 'Paduka', 'Laila']);
/** Words a chain takes only after a Brunei title word, or right before a Haji: Brunei's
 *  "Mr"/"Ms" ("Awang", "Dayang") and "Laila" ("Pehin … Laila …"). Alone they open names
 *  (Sarawak's "Awang Tengah Ali Hasan"; "Laila" a given name). */
export const BRUNEI_ONLY_CHAIN_WORDS: ReadonlySet<string> = new Set(['Awang', 'Dayang', 'Laila']);
