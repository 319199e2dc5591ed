// The seats (ibu kota) of Indonesian regencies (data/kb/generated/idn-seats.json, built by
// scripts/build-seats.mjs from indonesia-cities-regencies, MIT) turned into KB entities. A
// seat is a town, which the annotation spec annotates as a GPE under its own name
// ("Tenggarong", not the regency); the regency is only its description. The hand-written
// files and the regions come first and win: a seat named like its regency ("Banyuwangi")
// or a city stays theirs.
import type { KbEntity } from './types';
import { slugify } from './surface';
import { eachInSteps, runSteps, type Steps } from '../incremental/time-slices';

/** The generated file's shape (see scripts/build-seats.mjs). */
export interface SeatGazetteer {
  /** [seat, the regency as the source names it, other spellings of the seat...]. */
  seats: readonly (readonly string[])[];
}

/** KB entities for the seats that no entity of `known` names. */
export function seatEntities(gazetteer: SeatGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): KbEntity[] {
  return runSteps(seatEntitySteps(gazetteer, known, suppressed));
}

/** seatEntities as steps (builtin.ts). */
export function* seatEntitySteps(gazetteer: SeatGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): Steps<KbEntity[]> {
  const taken = new Set<string>(suppressed);
  yield* eachInSteps(known, (e) => {
    taken.add(e.canonical);
    for (const a of e.aliases) taken.add(a);
  });
  const out: KbEntity[] = [];
  yield* eachInSteps(gazetteer.seats, ([seat, regency, ...other]) => {
    if (taken.has(seat)) return;
    const aliases = [seat, ...other].filter((a) => !taken.has(a));
    for (const a of aliases) taken.add(a);
    out.push({ id: slugify(seat), canonical: seat, type: 'GPE', aliases,
      description: { en: `Seat of ${regency}, Indonesia`, id: `Ibu kota ${regency}` } });
  });
  return out;
}

/** Each gazetteer's seat ids, built on its first question. */
const seatIdsOf = new WeakMap<SeatGazetteer, ReadonlySet<string>>();

/** `entity` is a regency's seat read from `gazetteer` (by id, the slug of its canonical). */
export function isSeat(entity: KbEntity, gazetteer: SeatGazetteer): boolean {
  let seatIds = seatIdsOf.get(gazetteer);
  if (!seatIds) {
    seatIds = new Set(gazetteer.seats.map(([seat]) => slugify(seat)));
    seatIdsOf.set(gazetteer, seatIds);
  }
  return entity.type === 'GPE' && seatIds.has(entity.id);
}

/** Every spelling of every seat in `gazetteer` (the seat and its other spellings, no regency). */
export function seatNames(gazetteer: SeatGazetteer): ReadonlySet<string> {
  return new Set(gazetteer.seats.flatMap(([seat, , ...other]) => [seat, ...other]));
}
