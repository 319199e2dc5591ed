// The questions asked to create or edit an annotation of each kind. Every step offers
// the configured vocabulary and the actors recognised in the article; the current value
// is pre-selected when editing, so Enter keeps it.
import * as vscode from 'vscode';
import type {
  AnnotationKind,
  AnnotationSchemaConfig,
  ClaimFields,
  KindFields,
  Polarity,
  SourceFields,
  SourceType,
  StanceFields,
} from '../../core/annotations';
import type { ActorType } from '../../core/recognize/types';
import { input, pick, stepTitle, type PickItem } from './quick-input';

export interface ArticleActor {
  canonical: string;
  type: ActorType;
  mentions: number;
}

export interface FlowContext {
  config: AnnotationSchemaConfig;
  /** Actors of the article, most mentioned first. */
  actors: ArticleActor[];
  /** The annotated text, shown in titles so the user sees what they annotate. */
  excerpt: string;
}

const ICONS: Record<ActorType, string> = { PER: '$(person)', ORG: '$(organization)', GPE: '$(globe)' };
const SKIP = '\u0000skip';

export const KIND_LABELS: Record<AnnotationKind, () => string> = {
  claim: () => vscode.l10n.t('Claim'),
  stance: () => vscode.l10n.t('Stance'),
  source: () => vscode.l10n.t('Source'),
};

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

function actorItems(ctx: FlowContext, extra: string[] = []): PickItem<string>[] {
  const items: PickItem<string>[] = ctx.actors.map((a) => ({
    label: `${ICONS[a.type]} ${a.canonical}`,
    description: vscode.l10n.t('{0} · {1} mention(s) in this article', a.type, a.mentions),
    value: a.canonical,
  }));
  for (const e of extra) if (!ctx.actors.some((a) => a.canonical === e)) items.push({ label: e, value: e });
  return items;
}

/** The step every kind starts with: an actor of the article (most mentioned first),
 *  a few extra choices, or any name typed. */
function pickActor(ctx: FlowContext, title: string, placeholder: string, active: string | undefined, extra: string[] = []): Promise<string | undefined> {
  return pick({ title, placeholder, items: actorItems(ctx, extra), active, freeText: (t) => t });
}

async function claimFlow(ctx: FlowContext, cur?: ClaimFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Claim in “{0}”', ctx.excerpt);
  const claimant = await pickActor(ctx, stepTitle(what, 1, 3), vscode.l10n.t('Claimant: who asserts it? Pick an actor or type a name'), cur?.claimant, [vscode.l10n.t('the outlet (own voice)')]);
  if (claimant === undefined) return undefined;
  const paraphrase = await input(stepTitle(what, 2, 3), vscode.l10n.t('Paraphrase in one neutral sentence (Enter to leave empty)'), cur?.paraphrase ?? '');
  if (paraphrase === undefined) return undefined;
  const worth = await pick<string>({
    title: stepTitle(what, 3, 3),
    placeholder: vscode.l10n.t('Check-worthiness (optional)'),
    items: [
      { label: vscode.l10n.t('— not rated'), value: SKIP },
      { label: vscode.l10n.t('high'), value: 'high' },
      { label: vscode.l10n.t('medium'), value: 'medium' },
      { label: vscode.l10n.t('low'), value: 'low' },
    ],
    active: cur?.checkWorthiness ?? SKIP,
  });
  if (worth === undefined) return undefined;
  const claim: ClaimFields = { claimant };
  if (paraphrase.trim()) claim.paraphrase = paraphrase.trim();
  if (worth !== SKIP) claim.checkWorthiness = worth as ClaimFields['checkWorthiness'];
  if (cur?.verdict) claim.verdict = cur.verdict;
  return { kind: 'claim', claim };
}

async function stanceFlow(ctx: FlowContext, cur?: StanceFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Stance in “{0}”', ctx.excerpt);
  const holder = await pickActor(ctx, stepTitle(what, 1, 3), vscode.l10n.t('Holder: whose stance is it? Pick an actor or type a name'), cur?.holder);
  if (holder === undefined) return undefined;
  const target = await pick({
    title: stepTitle(what, 2, 3),
    placeholder: ctx.config.allowFreeStanceTargets
      ? vscode.l10n.t('Target: towards what? Pick one or type a new target')
      : vscode.l10n.t('Target: towards what?'),
    items: ctx.config.stanceTargets.map((t) => ({ label: t, value: t })),
    active: cur?.target,
    ...(ctx.config.allowFreeStanceTargets ? { freeText: (t: string) => t } : {}),
  });
  if (target === undefined) return undefined;
  const polarity = await pick<Polarity>({
    title: stepTitle(what, 3, 3),
    placeholder: vscode.l10n.t('Polarity of {0} towards {1}', holder, target),
    items: [
      { label: `$(thumbsup) ${vscode.l10n.t('favor')}`, value: 'favor' },
      { label: `$(thumbsdown) ${vscode.l10n.t('against')}`, value: 'against' },
      { label: `$(circle-large-outline) ${vscode.l10n.t('neutral')}`, value: 'neutral' },
    ],
    active: cur?.polarity,
  });
  if (polarity === undefined) return undefined;
  const stance: StanceFields = { holder, target, polarity };
  if (cur?.intensity) stance.intensity = cur.intensity;
  return { kind: 'stance', stance };
}

async function sourceFlow(ctx: FlowContext, cur?: SourceFields): Promise<KindFields | undefined> {
  const what = vscode.l10n.t('Source in “{0}”', ctx.excerpt);
  const sourceName = await pickActor(ctx, stepTitle(what, 1, 3), vscode.l10n.t('Source: who or what is it? Pick an actor or outlet, or type a name'), cur?.sourceName, [vscode.l10n.t('unnamed source')]);
  if (sourceName === undefined) return undefined;
  const sourceType = await pick<SourceType>({
    title: stepTitle(what, 2, 3),
    placeholder: vscode.l10n.t('Source type'),
    items: ctx.config.sourceTypes.map((t) => ({ label: t, value: t })),
    active: cur?.sourceType ?? guessSourceType(ctx, sourceName),
  });
  if (sourceType === undefined) return undefined;
  const relation = await pick<SourceFields['relation']>({
    title: stepTitle(what, 3, 3),
    placeholder: vscode.l10n.t('Relation: does the source speak first-hand here?'),
    items: [
      { label: vscode.l10n.t('direct'), description: vscode.l10n.t('quoted or speaking first-hand'), value: 'direct' },
      { label: vscode.l10n.t('reported'), description: vscode.l10n.t('relayed through another outlet or person'), value: 'reported' },
    ],
    active: cur?.relation ?? 'direct',
  });
  if (relation === undefined) return undefined;
  return { kind: 'source', source: { sourceName, sourceType, relation } };
}

/** A sensible first choice: people and institutions are usually official sources. */
function guessSourceType(ctx: FlowContext, name: string): SourceType | undefined {
  const actor = ctx.actors.find((a) => a.canonical === name);
  if (!actor) return name === vscode.l10n.t('unnamed source') ? 'anonymous' : undefined;
  return actor.type === 'ORG' && /\b(ANTARA|Reuters|AFP|TASS|Xinhua|Associated Press|Sputnik|RIA)\b/i.test(name) ? 'news agency' : 'official';
}
