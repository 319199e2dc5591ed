// Actors view and the knowledge-base commands: rename, merge, add alias, "not an actor",
// add a selection as a new actor. Each writes .sorot/actors.json (kb-writer.ts) and
// the KB reload re-analyses editors and the corpus index at once.
import * as vscode from 'vscode';
import { keyLabel } from '../key-label';
import { chooseNamed, formsText } from '../quick-input';
import { withForms } from '../../core/annotations/written-forms';
import type { ActorTotal } from '../../core/incremental/corpus-index';
import type { ActorType } from '../../core/recognize/types';
import type { CorpusService } from '../services/corpus/corpus-service';
import type { DocumentAnalyses } from '../services/corpus/document-analyses';
import { isArticleDocument } from '../services/corpus/document-analyses';
import { spanAt } from '../../core/recognize/layers';
import { ActorsTreeProvider, type ActorsNode } from './actors-tree';
import { type ActorRef, addActor, addAlias, mergeActors, renameCanonical, suppressSurface } from './kb-edits';
import { editWorkspaceKb, kbLeftAsItIs } from './kb-writer';
import { writing } from '../services/write-guard';
import { ContextKey } from '../context-key';
import type { WorkspaceKb } from '../services/corpus/workspace-kb';
import * as count from '../counts';

export interface ActorsApi {
  provider: ActorsTreeProvider;
  view: vscode.TreeView<ActorsNode>;
}

export function registerActors(
  context: vscode.ExtensionContext,
  kb: WorkspaceKb,
  corpus: CorpusService,
  analyses: DocumentAnalyses,
): ActorsApi {
  const provider = new ActorsTreeProvider(corpus);
  const view = vscode.window.createTreeView('sorot.actors', { treeDataProvider: provider, showCollapseAll: true });
  const filtered = new ContextKey('sorot.actors.filtered', false);
  const updateMessage = (): void => {
    view.message = provider.filter ? vscode.l10n.t('Filtered by “{0}”', provider.filter) : undefined;
    void filtered.set(provider.filter !== '');
  };

  const refOf = (t: ActorTotal): ActorRef => {
    const ref: ActorRef = { canonical: t.canonical, type: t.type, surfaces: corpus.index.surfacesOf(t.canonical) };
    if (t.entityId) ref.entityId = t.entityId;
    return ref;
  };

  /** The actor a command is about: the tree node it was invoked on, the mention under
   *  the cursor, or one the user picks. */
  const resolveActor = async (node: ActorsNode | undefined, placeholder: string): Promise<ActorRef | undefined> => {
    if (node && 'actor' in node) return refOf(node.actor);
    if (node && typeof (node as { canonical?: unknown }).canonical === 'string') {
      const total = corpus.index.total((node as unknown as { canonical: string }).canonical);
      if (total) return refOf(total);
    }
    const editor = vscode.window.activeTextEditor;
    if (editor && isArticleDocument(editor.document)) {
      const doc = editor.document;
      const m = spanAt(analyses.get(doc).result.actors, doc.offsetAt(editor.selection.active));
      if (m) {
        const total = corpus.index.total(m.canonical);
        const ref: ActorRef = total ? refOf(total) : { canonical: m.canonical, type: m.type, surfaces: [m.text] };
        if (m.entityId) ref.entityId = m.entityId;
        if (!ref.surfaces.includes(m.text)) ref.surfaces.push(m.text);
        return ref;
      }
    }
    return pickActor(placeholder);
  };

  /** What an actor can be found by besides its name (core written-forms.ts withForms): a
   *  KB actor's aliases ("PBB", "Kemlu"), all of them, a map look-up each; an actor the
   *  KB lacks has none, so the forms the corpus writes it in instead. Those are read from
   *  every article naming it, so only for actors without a KB id: mostly rare names of a
   *  few articles each, where the KB's actors can be in thousands. */
  const formsOf = (a: ActorTotal) => {
    const aliases = a.entityId ? kb.actors.entities.get(a.entityId)?.aliases ?? [] : [];
    const written = a.entityId ? [] : corpus.index.surfacesOf(a.canonical);
    return withForms({ label: a.canonical }, written, aliases, Infinity);
  };

  const pickActor = async (placeholder: string, exclude?: string): Promise<ActorRef | undefined> => {
    const items = corpus.index
      .actors()
      .filter((a) => a.canonical !== exclude)
      .map((a) => {
        const choice = formsOf(a);
        return { label: a.canonical, description: [`${a.type} · ${count.mentions(a.mentions)}`, formsText(choice)].filter(Boolean).join(' · '), actor: a, choice };
      });
    // Typing an alias exactly ("PBB") takes its actor, not the first whose longer alias contains it.
    const picked = await chooseNamed(placeholder, vscode.l10n.t('Type a name or an alias'), items);
    return picked ? refOf(picked.item.actor) : undefined;
  };

  // Every command takes its answers as optional arguments too (scripts, keybindings with
  // args, tests); the prompts only ask for what was not given.
  const rename = async (node?: ActorsNode, newName?: string): Promise<boolean | undefined> => {
    const actor = await resolveActor(node, vscode.l10n.t('Actor to rename'));
    if (!actor) return;
    const name = newName ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename actor'),
      prompt: vscode.l10n.t('Canonical name: the English Wikipedia title for foreign entities, the official Indonesian name for Indonesian ones.'),
      value: actor.canonical,
      validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter a name.') : undefined),
    });
    if (name === undefined || name.trim() === actor.canonical) return;
    return editWorkspaceKb(kb, (f, taken) => renameCanonical(f, actor, name, taken));
  };

  const merge = async (node?: ActorsNode, targetCanonical?: string): Promise<boolean | undefined> => {
    const source = await resolveActor(node, vscode.l10n.t('Actor to merge into another'));
    if (!source) return;
    const known = targetCanonical !== undefined ? corpus.index.total(targetCanonical) : undefined;
    const target = known ? refOf(known) : await pickActor(vscode.l10n.t('Merge “{0}” into…', source.canonical), source.canonical);
    if (!target) return;
    return editWorkspaceKb(kb, (f, taken) => mergeActors(f, source, target, taken));
  };

  const alias = async (node?: ActorsNode, newAlias?: string): Promise<boolean | undefined> => {
    const actor = await resolveActor(node, vscode.l10n.t('Actor to add an alias to'));
    if (!actor) return;
    const value = newAlias ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Add an alias of {0}', actor.canonical),
      prompt: vscode.l10n.t('Another way the articles write this name (matched case-sensitively).'),
      validateInput: (v) => (v.trim() === '' || /[\r\n]/.test(v) ? vscode.l10n.t('Enter a name on one line.') : undefined),
    });
    if (value === undefined) return;
    return editWorkspaceKb(kb, (f, taken) => addAlias(f, actor, value, taken));
  };

  /** "Not an actor": on an actor row of the Actors view (or `{ canonical }`), the forms
   *  the corpus writes it in, the researcher choosing among them when there are several
   *  (`surfaces` gives them without asking); otherwise the selection or the mention under
   *  the cursor, once the researcher confirmed it is meant for the whole corpus
   *  (`surfaces` given: no question). */
  const notAnActor = async (node?: unknown, surfaces?: string[]): Promise<boolean | undefined> => {
    const actor = actorOfNode(node);
    if (actor) return suppressActor(actor, surfaces);
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticleDocument(editor.document)) return;
    const doc = editor.document;
    const sel = editor.selection;
    const m = spanAt(analyses.get(doc).result.actors, doc.offsetAt(sel.active));
    const surface = surfaces?.[0] ?? (!sel.isEmpty ? doc.getText(sel) : m?.text);
    if (!surface) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Place the cursor on an actor mention.'), 3000);
      return;
    }
    if (!surfaces) {
      const onMention = m !== undefined && (sel.isEmpty || (doc.offsetAt(sel.start) >= m.start && doc.offsetAt(sel.end) <= m.end));
      const scope = await askSuppressScope(surface.trim(), onMention);
      if (scope === 'here') return vscode.commands.executeCommand<boolean>('sorot.curation.notAnActor');
      if (scope !== 'everywhere') return;
    }
    const done = await editWorkspaceKb(kb, (f) => suppressSurface(f, surface));
    if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('“{0}” will no longer be recognized as an actor.', surface.trim()), 4000);
    return done;
  };

  /** The editor's context menu offers this command next to "Not an Actor Here": one
   *  click on the wrong one suppressed a name in every article, for every annotator,
   *  with no question, and undo (Ctrl+Alt+Z) undid the last annotation instead. So the editor
   *  asks which is meant, the correction of this one mention first. */
  const askSuppressScope = async (surface: string, onMention: boolean): Promise<'here' | 'everywhere' | undefined> => {
    const items: Array<vscode.QuickPickItem & { scope: 'here' | 'everywhere' }> = [];
    if (onMention) {
      items.push({
        scope: 'here',
        label: vscode.l10n.t('Only this mention'),
        description: vscode.l10n.t('a correction in your annotation file (Not an Actor Here); {0} undoes it', keyLabel('Ctrl+Alt+Z')),
      });
    }
    items.push({
      scope: 'everywhere',
      label: vscode.l10n.t('Everywhere in the corpus'),
      description: vscode.l10n.t('“{0}” is no longer recognized in any article, for every annotator (.sorot/actors.json)', surface),
    });
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('“{0}” is not an actor: where?', surface),
      placeHolder: vscode.l10n.t('Everywhere edits the knowledge base; {0} does not undo it', keyLabel('Ctrl+Alt+Z')),
    });
    return picked?.scope;
  };

  const actorOfNode = (node: unknown): ActorRef | undefined => {
    if (!node || typeof node !== 'object' || node instanceof vscode.Uri) return undefined;
    if ((node as ActorsNode).kind === 'actor') return refOf((node as Extract<ActorsNode, { kind: 'actor' }>).actor);
    const canonical = (node as { canonical?: unknown }).canonical;
    const total = typeof canonical === 'string' ? corpus.index.total(canonical) : undefined;
    return total && refOf(total);
  };

  const suppressActor = async (actor: ActorRef, given?: string[]): Promise<boolean | undefined> => {
    const forms = actor.surfaces.length > 0 ? actor.surfaces : [actor.canonical];
    let chosen = given;
    if (!chosen && forms.length === 1) chosen = forms;
    if (!chosen) {
      // A lone surname among the forms may name other people too: the researcher decides.
      const picked = await vscode.window.showQuickPick(forms.map((f) => ({ label: f, picked: true })), {
        canPickMany: true,
        title: vscode.l10n.t('Mark “{0}” as not an actor', actor.canonical),
        placeHolder: vscode.l10n.t('The ticked forms are no longer recognized as an actor anywhere in the corpus'),
      });
      chosen = picked?.map((p) => p.label);
    }
    const surfaces = chosen?.map((c) => c.trim()).filter((c) => c !== '') ?? [];
    if (surfaces.length === 0) return;
    const done = await editWorkspaceKb(kb, (f) => surfaces.reduce(suppressSurface, f));
    if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('“{0}” will no longer be recognized as an actor.', surfaces.join('”, “')), 4000);
    return done;
  };

  const addSelection = async (givenType?: ActorType, givenCanonical?: string): Promise<boolean | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a name in an article first.'));
      return;
    }
    const surface = editor.document.getText(editor.selection).trim();
    const types: Array<{ label: string; type: ActorType }> = [
      { label: vscode.l10n.t('Person (PER)'), type: 'PER' },
      { label: vscode.l10n.t('Organisation (ORG)'), type: 'ORG' },
      { label: vscode.l10n.t('Place / geopolitical entity (GPE)'), type: 'GPE' },
    ];
    const type = givenType
      ? types.find((x) => x.type === givenType)
      : await vscode.window.showQuickPick(types, { title: vscode.l10n.t('“{0}” is a…', surface) });
    if (!type) return;
    const canonical = givenCanonical ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Canonical name for “{0}”', surface),
      prompt: vscode.l10n.t('An existing canonical name adds “{0}” as its alias.', surface),
      value: surface,
      validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter a name.') : undefined),
    });
    if (canonical === undefined) return;
    const existing = kb.index.byCanonical.get(canonical.trim());
    return editWorkspaceKb(kb, (f, taken) => addActor(f, surface, canonical, type.type, taken, existing?.id));
  };

  context.subscriptions.push(
    provider,
    view,
    // edits of .sorot/actors.json: refused before asking anything in an untrusted workspace
    vscode.commands.registerCommand('sorot.actors.rename', writing(kbLeftAsItIs, rename)),
    vscode.commands.registerCommand('sorot.actors.merge', writing(kbLeftAsItIs, merge)),
    vscode.commands.registerCommand('sorot.actors.addAlias', writing(kbLeftAsItIs, alias)),
    vscode.commands.registerCommand('sorot.actors.notAnActor', writing(kbLeftAsItIs, notAnActor)),
    vscode.commands.registerCommand('sorot.actors.addSelection', writing(kbLeftAsItIs, addSelection)),
    vscode.commands.registerCommand('sorot.actors.openKbFile', async () => {
      const uri = kb.fileUri;
      if (!uri) return;
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        if (!(await editWorkspaceKb(kb, (f) => f))) return; // creates an empty, valid file (not when untrusted)
      }
      await vscode.window.showTextDocument(uri);
    }),
    vscode.commands.registerCommand('sorot.actors.filter', async () => {
      const text = await vscode.window.showInputBox({ title: vscode.l10n.t('Filter actors by name'), value: provider.filter });
      if (text === undefined) return;
      provider.setFilter(text);
      updateMessage();
    }),
    vscode.commands.registerCommand('sorot.actors.showMore', (node?: ActorsNode) => {
      if (node?.kind === 'more') provider.showMore(node);
    }),
    vscode.commands.registerCommand('sorot.actors.clearFilter', () => {
      provider.setFilter('');
      updateMessage();
    }),
    vscode.commands.registerCommand('sorot.actors.refresh', () => provider.refresh()),
  );
  return { provider, view };
}
