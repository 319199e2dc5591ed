// The questions asked to create or edit an annotation of each kind. Every step offers
// the configured vocabulary and the actors recognised in the article; the current value
// is the first, preselected item when editing, so Enter keeps it (with its KB id), and
// when creating the actor steps start on the speaker of the selected words
// (core/annotations/default-actor.ts). Optional fields (claim verdict, stance intensity)
// sit behind a "More fields…" item of the last step, so the usual path stays short.
import * as vscode from 'vscode';
import {
  buildPickList,
  type AnnotationKind,
  type AnnotationSchemaConfig,
  type Choice,
  type ClaimFields,
  type DefaultActor,
  type KindFields,
  type PickEntry,
  type Polarity,
  type SourceFields,
  type SourceType,
  type StanceFields,
  stanceTargetOptions,
} from '../../core/annotations';
import { UNNAMED_SOURCE, actorStepOptions, reservedActorById, storedActor } from '../../core/annotations/reserved-actors';
import type { ActorType } from '../../core/recognize/types';
import { formsText, pick, pickFromList, stepTitle, input, type PickItem } from '../quick-input';
import { KIND_LABELS } from '../services/annotations/describe';
import { reservedActorRow, reservedChoice, shownChoice } from '../services/annotations/reserved-actor-labels';
import { relationLabel, sourceTypeLabel } from '../services/annotations/source-labels';

export interface FlowContext {
  config: AnnotationSchemaConfig;
  /** Actors of the article (label = canonical name, id when the KB knows them), most mentioned first. */
  actors: Choice[];
  /** Who most likely speaks in the selected words, for each kind's actor step (a claim in
   *  the writer's narration is the outlet's own): the step starts on them when creating;
   *  `reason` says how they were chosen, and the row says it too. */
  suggestedActors: Partial<Record<AnnotationKind, SuggestedActor>>;
  /** Stance targets already used in this article that the configured list lacks. */
  usedTargets: string[];
  /** The annotated text, shown in titles so the user sees what they annotate (inside the
   *  titles' quotation marks: without the marks it opens or closes with). */
  excerpt: string;
}

export type SuggestedActor = Choice & Pick<DefaultActor, 'reason'>;

const ICONS: Record<ActorType, string> = { PER: '$(person)', ORG: '$(organization)', GPE: '$(globe)' };
const SKIP = '\u0000skip';
const MORE = '\u0000more';

export async function pickKind(excerpt: string): Promise<AnnotationKind | undefined> {
  return pick<AnnotationKind>({
    title: vscode.l10n.t('Annotate “{0}”', excerpt),
    placeholder: vscode.l10n.t('Kind of annotation (type c, st or so, then Enter)'),
    items: [
      { label: `$(comment-discussion) ${KIND_LABELS.claim()}`, description: vscode.l10n.t('a checkable statement about the world'), value: 'claim' },
      { label: `$(law) ${KIND_LABELS.stance()}`, description: vscode.l10n.t('an actor for or against a target'), value: 'stance' },
      { label: `$(link-external) ${KIND_LABELS.source()}`, description: vscode.l10n.t('where the information comes from'), value: 'source' },
    ],
  });
}

export function runFlow(kind: AnnotationKind, ctx: FlowContext, current?: KindFields): Promise<KindFields | undefined> {
  switch (kind) {
    case 'claim':
      return claimFlow(ctx, current?.kind === 'claim' ? current.claim : undefined);
    case 'stance':
      return stanceFlow(ctx, current?.kind === 'stance' ? current.stance : undefined);
    case 'source':
      return sourceFlow(ctx, current?.kind === 'source' ? current.source : undefined);
  }
}

/** "PER · 3 mentions in this article", with a real plural. */
function mentionsText(type: ActorType, n: number): string {
  return n === 1 ? vscode.l10n.t('{0} · 1 mention in this article', type) : vscode.l10n.t('{0} · {1} mentions in this article', type, n);
}

/** Why the step starts on this actor, in words that claim no more than the recognizer
 *  knows: only a quote's or statement's speaker speaks in the selected words; an actor
 *  merely named near them is said to be named. */
function suggestionText(reason: DefaultActor['reason'] | undefined): string {
  switch (reason) {
    case 'quote':
    case 'statement':
      return vscode.l10n.t('speaker of the selected words');
    case 'agent':
      return vscode.l10n.t('named in the selected words after “oleh”, “menurut” or “kata”');
    case 'opening':
      return vscode.l10n.t('named where the selected words begin');
    case 'narration':
      return vscode.l10n.t('the selected words are the writer’s own narration');
    case 'preceding':
      return vscode.l10n.t('named just before the selected words');
    case 'inside':
      return vscode.l10n.t('named in the selected words');
    default:
      return vscode.l10n.t('suggested');
  }
}

function actorRenderer(reason: DefaultActor['reason'] | undefined): (entry: Extract<PickEntry, { type: 'choice' }>) => vscode.QuickPickItem {
  return (entry) => {
    const c = entry.choice;
    const reserved = reservedActorById(c.id);
    const row = reserved && reservedActorRow(reserved);
    const about = [
      entry.role === 'current' ? vscode.l10n.t('current value') : entry.role === 'suggested' ? suggestionText(reason) : undefined,
      c.type && c.mentions ? mentionsText(c.type, c.mentions) : c.type,
      formsText(c),
      row?.about,
    ].filter(Boolean);
    const icon = c.type ? ICONS[c.type] : row?.icon;
    return { label: icon ? `${icon} ${c.label}` : c.label, description: about.join(' · ') };
  };
}

/** The step every kind starts with: who says it. Offers the actors of the article, a few
 *  extra choices, or any name typed; starts on the current value when editing, else on
 *  the speaker of the selected words. The answer keeps the KB id of a known actor, also
 *  when the name typed is one the article writes it in ("Rusia" for Russia). The one
 *  owner of this question: claimant, holder and source all ask it here. After the
 *  article's actors come the reserved actors of the `kind` (core actorStepOptions),
 *  shown in the display language; the answer is what to store, so a reserved actor comes
 *  back as its id and fixed label, never as the translated text it was shown under. */
function pickActor(ctx: FlowContext, kind: AnnotationKind, title: string, placeholder: string, current: Choice | undefined): Promise<Choice | undefined> {
  const options = actorStepOptions(kind, ctx.actors, reservedChoice);
  const suggested = ctx.suggestedActors[kind];
  return pickFromList({
    title,
    placeholder,
    list: buildPickList({ options, current: current && shownChoice(current.label, current.id), suggested: suggested && shownChoice(suggested.label, suggested.id), freeText: true }),
    freeText: true,
    render: actorRenderer(suggested?.reason),
    typedLabel: vscode.l10n.t('Use what you typed as a new name'),
  }).then((picked) => picked && storedActor(picked));
}

async function claimFlow(ctx: FlowContext, cur?: ClaimFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Claim in “{0}”', ctx.excerpt);
  const claimant = await pickActor(ctx, 'claim', stepTitle(what, 1, 3), vscode.l10n.t('Claimant: who asserts it? Pick an actor or type a name'),
    cur && { label: cur.claimant, ...(cur.claimantId ? { id: cur.claimantId } : {}) });
  if (claimant === undefined) return undefined;
  const paraphrase = await input(stepTitle(what, 2, 3), vscode.l10n.t('Paraphrase in one neutral sentence (Enter to leave empty)'), cur?.paraphrase ?? '');
  if (paraphrase === undefined) return undefined;
  let verdict = cur?.verdict;
  let worth: string | undefined = cur?.checkWorthiness ?? SKIP;
  for (;;) {
    worth = await pick<string>({
      title: stepTitle(what, 3, 3),
      placeholder: vscode.l10n.t('Check-worthiness (optional)'),
      items: [
        ...markCurrent([
          { label: vscode.l10n.t('— not rated'), value: SKIP },
          { label: vscode.l10n.t('high'), value: 'high' },
          { label: vscode.l10n.t('medium'), value: 'medium' },
          { label: vscode.l10n.t('low'), value: 'low' },
        ], cur && (cur.checkWorthiness ?? SKIP)),
        moreFields(vscode.l10n.t('verdict: {0}', verdict ?? '—')),
      ],
      active: worth,
    });
    if (worth !== MORE) break;
    const chosen = await pickVerdict(what, verdict);
    if (chosen === undefined) return undefined;
    verdict = chosen === SKIP ? undefined : chosen;
    worth = cur?.checkWorthiness ?? SKIP;
  }
  if (worth === undefined) return undefined;
  // A typed name has no KB id; a picked actor brings its own (and replaces the old one).
  const claim: ClaimFields = { claimant: claimant.label };
  if (claimant.id) claim.claimantId = claimant.id;
  if (paraphrase.trim()) claim.paraphrase = paraphrase.trim();
  if (worth !== SKIP) claim.checkWorthiness = worth as ClaimFields['checkWorthiness'];
  if (verdict) claim.verdict = verdict;
  return { kind: 'claim', claim };
}

function moreFields(current: string): PickItem<string> {
  return { label: `$(ellipsis) ${vscode.l10n.t('More fields…')}`, description: current, value: MORE };
}

/** The optional verdict of a claim: a usual one or any text typed. */
async function pickVerdict(what: string, current: string | undefined): Promise<string | undefined> {
  // Stored in English whatever the display language, so two annotators' verdicts compare.
  const usual = new Map<string, string>([
    ['true', vscode.l10n.t('true')],
    ['partly true', vscode.l10n.t('partly true')],
    ['misleading', vscode.l10n.t('misleading')],
    ['false', vscode.l10n.t('false')],
    ['unverifiable', vscode.l10n.t('unverifiable')],
  ]);
  const none = vscode.l10n.t('— no verdict');
  const chosen = await pickFromList({
    title: vscode.l10n.t('{0}: verdict', what),
    placeholder: vscode.l10n.t('Verdict (optional): pick one or type your own'),
    list: buildPickList({ options: [{ label: none }, ...[...usual.keys()].map((label) => ({ label }))], current: { label: current ?? none }, freeText: true }),
    freeText: true,
    render: (e) => {
      const shown = usual.get(e.choice.label);
      const about = [e.role === 'current' && current ? vscode.l10n.t('current value') : undefined, shown && shown !== e.choice.label ? shown : undefined];
      return { label: e.choice.label, description: about.filter(Boolean).join(' · ') };
    },
    typedLabel: vscode.l10n.t('Use what you typed as the verdict'),
  });
  if (chosen === undefined) return undefined;
  return chosen.label === none ? SKIP : chosen.label;
}

/** Items of a fixed choice with the stored one marked, as the pickers of actors and targets mark it. */
function markCurrent<T>(items: PickItem<T>[], current: T | undefined): PickItem<T>[] {
  const mark = (item: PickItem<T>) => ({ ...item, description: [vscode.l10n.t('current value'), item.description].filter(Boolean).join(' · ') });
  return current === undefined ? items : items.map((item) => (item.value === current ? mark(item) : item));
}

function polarityItems(current: Polarity | undefined): PickItem<Polarity>[] {
  return markCurrent<Polarity>([
    { label: `$(thumbsup) ${vscode.l10n.t('favor')}`, value: 'favor' },
    { label: `$(thumbsdown) ${vscode.l10n.t('against')}`, value: 'against' },
    { label: `$(circle-large-outline) ${vscode.l10n.t('neutral')}`, value: 'neutral' },
  ], current);
}

async function stanceFlow(ctx: FlowContext, cur?: StanceFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Stance in “{0}”', ctx.excerpt);
  const holder = await pickActor(ctx, 'stance', stepTitle(what, 1, 3), vscode.l10n.t('Holder: whose stance is it? Pick an actor or type a name'),
    cur && { label: cur.holder, ...(cur.holderId ? { id: cur.holderId } : {}) });
  if (holder === undefined) return undefined;
  const free = ctx.config.allowFreeStanceTargets;
  const configured = new Set(ctx.config.stanceTargets);
  const target = await pickFromList({
    title: stepTitle(what, 2, 3),
    placeholder: free ? vscode.l10n.t('Target: towards what? Pick one or type a new target') : vscode.l10n.t('Target: towards what?'),
    // The workspace's own list (.sorot/schema.json or the setting) first, then targets
    // typed for earlier stances of this article, so a second annotator can pick them,
    // then the article's actors (a stance against NATO, for a minister).
    list: buildPickList({
      options: stanceTargetOptions({ configured: ctx.config.stanceTargets, used: ctx.usedTargets, actors: ctx.actors, freeText: free }),
      current: cur && { label: cur.target },
      freeText: free,
    }),
    freeText: free,
    render: (e) => ({
      label: e.choice.type ? `${ICONS[e.choice.type]} ${e.choice.label}` : e.choice.label,
      description: e.role === 'current'
        ? vscode.l10n.t('current value')
        : e.choice.type
          ? [vscode.l10n.t('{0} · actor in this article', e.choice.type), formsText(e.choice)].filter(Boolean).join(' · ')
          : configured.has(e.choice.label) ? undefined : vscode.l10n.t('used in this article'),
    }),
    typedLabel: vscode.l10n.t('Use what you typed as a new target'),
    notListed: (typed) => vscode.l10n.t('“{0}” is not one of the stance targets of .sorot/schema.json, which allows no others. Pick one from the list.', typed),
  });
  if (target === undefined) return undefined;
  let intensity = cur?.intensity;
  let polarity: Polarity | typeof MORE | undefined = cur?.polarity;
  for (;;) {
    polarity = await pick<Polarity | typeof MORE>({
      title: stepTitle(what, 3, 3),
      placeholder: vscode.l10n.t('Polarity of {0} towards {1}', shownChoice(holder.label, holder.id).label, target.label),
      items: [...polarityItems(cur?.polarity), moreFields(vscode.l10n.t('intensity: {0}', intensity ? intensityLabel(intensity) : '—')) as PickItem<typeof MORE>],
      active: polarity,
    });
    if (polarity !== MORE) break;
    const chosen = await pickIntensity(what, intensity);
    if (chosen === undefined) return undefined;
    intensity = chosen === 0 ? undefined : chosen;
    polarity = cur?.polarity;
  }
  if (polarity === undefined) return undefined;
  const stance: StanceFields = { holder: holder.label, target: target.label, polarity };
  if (holder.id) stance.holderId = holder.id;
  if (intensity) stance.intensity = intensity;
  return { kind: 'stance', stance };
}

function intensityLabel(n: 1 | 2 | 3): string {
  return n === 1 ? vscode.l10n.t('1 hedged') : n === 2 ? vscode.l10n.t('2 clear') : vscode.l10n.t('3 emphatic');
}

/** The optional intensity of a stance; 0 is "not rated". */
async function pickIntensity(what: string, current: 1 | 2 | 3 | undefined): Promise<0 | 1 | 2 | 3 | undefined> {
  return pick<0 | 1 | 2 | 3>({
    title: vscode.l10n.t('{0}: intensity', what),
    placeholder: vscode.l10n.t('Intensity (optional)'),
    items: markCurrent<0 | 1 | 2 | 3>([
      { label: vscode.l10n.t('— not rated'), value: 0 },
      { label: intensityLabel(1), value: 1 },
      { label: intensityLabel(2), value: 2 },
      { label: intensityLabel(3), value: 3 },
    ], current),
    active: current ?? 0,
  });
}

async function sourceFlow(ctx: FlowContext, cur?: SourceFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Source in “{0}”', ctx.excerpt);
  const source = await pickActor(ctx, 'source', stepTitle(what, 1, 3), vscode.l10n.t('Source: who or what is it? Pick an actor or outlet, or type a name'),
    cur && { label: cur.sourceName, ...(cur.sourceId ? { id: cur.sourceId } : {}) });
  if (source === undefined) return undefined;
  const sourceType = await pick<SourceType>({
    title: stepTitle(what, 2, 3),
    placeholder: vscode.l10n.t('Source type'),
    items: markCurrent(ctx.config.sourceTypes.map((t) => ({ label: sourceTypeLabel(t), value: t })), cur?.sourceType),
    active: cur?.sourceType ?? guessSourceType(source),
  });
  if (sourceType === undefined) return undefined;
  const relation = await pick<SourceFields['relation']>({
    title: stepTitle(what, 3, 3),
    placeholder: vscode.l10n.t('Relation: does the source speak first-hand here?'),
    items: markCurrent<SourceFields['relation']>([
      { label: relationLabel('direct'), description: vscode.l10n.t('quoted or speaking first-hand'), value: 'direct' },
      { label: relationLabel('reported'), description: vscode.l10n.t('relayed through another outlet or person'), value: 'reported' },
    ], cur?.relation),
    active: cur?.relation ?? 'direct',
  });
  if (relation === undefined) return undefined;
  const fields: SourceFields = { sourceName: source.label, sourceType, relation };
  if (source.id) fields.sourceId = source.id;
  return { kind: 'source', source: fields };
}

/** A sensible first choice: people and institutions are usually official sources. */
function guessSourceType(source: Choice): SourceType | undefined {
  if (!source.type) return source.id === UNNAMED_SOURCE.id ? 'anonymous' : undefined;
  return source.type === 'ORG' && /\b(ANTARA|Reuters|AFP|TASS|Xinhua|Associated Press|Sputnik|RIA)\b/i.test(source.label) ? 'news agency' : 'official';
}
