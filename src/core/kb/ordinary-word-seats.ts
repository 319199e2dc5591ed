// Regency seats (ibu kota) named like ordinary words ("sumber" source, "tanjung" cape,
// "negara" state), which scripts/build-seats.mjs keeps out of the KB (SEAT_EXCLUSIONS.words):
// a bare KB name would mark every capitalised "Sumber:" and "Negara". The recognizer reads
// them only where an article about the seat's regency names the town as a place
// (actors/rules/ordinary-word-seat.ts). Each seat with its regency's name as news write it
// bare; test/unit/recognize/places56.test.ts checks every seat is one the script leaves out.

/** One-word seats left out of the KB as ordinary words, by the regencies whose seat they are
 *  (two share "Tanjung": Tabalong's and Lombok Utara's). */
export const ORDINARY_WORD_SEATS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Sumber', ['Cirebon']], ['Negara', ['Jembrana']], ['Benteng', ['Selayar']], ['Tanjung', ['Tabalong', 'Lombok Utara']],
  ['Kisaran', ['Asahan']], ['Salak', ['Pakpak Bharat']], ['Pandan', ['Tapanuli Tengah']], ['Rantau', ['Tapin']],
  ['Waris', ['Keerom']], ['Kepi', ['Mappi']], ['Maba', ['Halmahera Timur']], ['Weda', ['Halmahera Tengah']],
  ['Raha', ['Muna']], ['Rumbia', ['Bombana']], ['Borong', ['Manggarai Timur']], ['Manggar', ['Belitung Timur']],
]);
