// A band's members by their instrument (vokalis, gitaris, drummer, …): titles before a
// member's name ("Gitaris Noah, Lukman,", lexicon TITLE_HEADS), and a description of one
// member ("Sang drummer menyebut …", "gitaris band tersebut"). A band has several members,
// and an article quoting one often quotes another next: such a description means only the
// member introduced with that very role, never the last person named (review46: "Sang
// drummer" was given to the guitarist named before it).

/** The roles, in lower case (both spellings of the drummer). */
export const BAND_ROLES: readonly string[] = ['vokalis', 'gitaris', 'drumer', 'drummer', 'bassis', 'keyboardis'];
const ROLE_SET: ReadonlySet<string> = new Set(BAND_ROLES);

/** A description headed by `head` ("drummer", "sang vokalis"'s head) names a band member:
 *  only a person introduced with that role is meant. */
export function isBandRole(head: string): boolean {
  return ROLE_SET.has(head);
}
