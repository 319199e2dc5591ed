// The link pass asks, for some statements, "is this person named anywhere in the article
// with such a title?" (minister-short-title.ts). A walk over every mention per question
// made a long text of many such statements quadratic; this index answers from the person's
// own mentions, and is made only when first asked (most articles never ask).
import type { ActorMention } from './types';

/** The article's person mentions by canonical name, in text order. */
export class PeopleByName {
  private byName: Map<string, ActorMention[]> | undefined;

  /** `mentions` must not change type or canonical name while this index is in use. */
  constructor(private readonly mentions: readonly ActorMention[]) {}

  /** The person mentions whose canonical name is `canonical` (none: an empty list). */
  of(canonical: string): readonly ActorMention[] {
    this.byName ??= indexPeople(this.mentions);
    return this.byName.get(canonical) ?? NONE;
  }
}

const NONE: readonly ActorMention[] = [];

function indexPeople(mentions: readonly ActorMention[]): Map<string, ActorMention[]> {
  const byName = new Map<string, ActorMention[]>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'PER') continue;
    const list = byName.get(m.canonical);
    if (list === undefined) byName.set(m.canonical, [m]);
    else list.push(m);
  }
  return byName;
}
