// Keeps Sorot's English and Indonesian UI strings in step.
// usage: node scripts/l10n.mjs [--check]
//  1. l10n/bundle.l10n.json: every vscode.l10n.t string of src/ (@vscode/l10n-dev export).
//  2. package.json: user-facing manifest strings (command titles, setting descriptions,
//     views, colours, walkthrough...) move to package.nls.json as %key% references; a
//     string that is already a %key% stays. Idempotent: rerun after adding commands.
//  3. Lists strings without an Indonesian translation in l10n/bundle.l10n.id.json and
//     package.nls.id.json (and stale ones). --check exits 1 if any is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const readJson = (f) => JSON.parse(readFileSync(f, 'utf8'));
const writeJson = (f, v) => writeFileSync(f, `${JSON.stringify(v, null, 2)}\n`);

if (!check) {
  const r = spawnSync('npx', ['@vscode/l10n-dev', 'export', '-o', 'l10n', 'src'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Short key for a command or setting id: sorot.articles.refresh -> articles.refresh */
const short = (id) => id.replace(/^sorot\./, '');

/** [object, field, key] for every localizable manifest string. */
function manifestStrings(pkg) {
  const c = pkg.contributes;
  const out = [[pkg, 'displayName', 'displayName'], [pkg, 'description', 'description']];
  out.push([pkg.capabilities.untrustedWorkspaces, 'description', 'capabilities.untrustedWorkspaces']);
  for (const col of c.colors ?? []) out.push([col, 'description', `color.${short(col.id)}`]);
  for (const cmd of c.commands ?? []) out.push([cmd, 'title', `command.${short(cmd.command)}`]);
  for (const s of c.submenus ?? []) out.push([s, 'label', `submenu.${short(s.id)}`]);
  for (const section of c.configuration ?? []) {
    const slug = (section.title ?? '').replace(/^%config\.section\.|%$/g, '').replace(/^Sorot:\s*/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    out.push([section, 'title', `config.section.${slug}`]);
    for (const [id, prop] of Object.entries(section.properties ?? {})) {
      for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
        out.push([prop, field, `config.${short(id)}${field === 'description' || field === 'markdownDescription' ? '' : `.${field}`}`]);
      }
      for (const [j] of (prop.enumDescriptions ?? []).entries()) out.push([prop.enumDescriptions, j, `config.${short(id)}.enum${j}`]);
      for (const [j] of (prop.markdownEnumDescriptions ?? []).entries()) out.push([prop.markdownEnumDescriptions, j, `config.${short(id)}.enum${j}`]);
    }
  }
  for (const containers of Object.values(c.viewsContainers ?? {})) for (const v of containers) out.push([v, 'title', `viewContainer.${short(v.id) || v.id}`]);
  for (const views of Object.values(c.views ?? {})) for (const v of views) out.push([v, 'name', `view.${short(v.id)}`]);
  const welcomeCount = {};
  for (const w of c.viewsWelcome ?? []) {
    const n = (welcomeCount[w.view] = (welcomeCount[w.view] ?? 0) + 1);
    out.push([w, 'contents', `viewsWelcome.${short(w.view)}.${n}`]);
  }
  for (const wt of c.walkthroughs ?? []) {
    out.push([wt, 'title', `walkthrough.${wt.id}.title`], [wt, 'description', `walkthrough.${wt.id}.description`]);
    for (const step of wt.steps ?? []) {
      out.push([step, 'title', `walkthrough.${wt.id}.${step.id}.title`], [step, 'description', `walkthrough.${wt.id}.${step.id}.description`]);
      if (step.media) out.push([step.media, 'altText', `walkthrough.${wt.id}.${step.id}.altText`]);
    }
  }
  return out.filter(([obj, field]) => obj && typeof obj[field] === 'string');
}

const pkg = readJson('package.json');
const nls = existsSync('package.nls.json') ? readJson('package.nls.json') : {};
let moved = 0;
for (const [obj, field, key] of manifestStrings(pkg)) {
  const value = obj[field];
  const ref = /^%(.+)%$/.exec(value);
  if (ref) continue;
  if (nls[key] !== undefined && nls[key] !== value) throw new Error(`package.nls.json already has ${key} with another text`);
  nls[key] = value;
  obj[field] = `%${key}%`;
  moved++;
}
const used = new Set(manifestStrings(pkg).map(([obj, field]) => /^%(.+)%$/.exec(obj[field])?.[1]).filter(Boolean));
if (!check) {
  if (moved) writeJson('package.json', pkg);
  writeJson('package.nls.json', Object.fromEntries(Object.keys(nls).filter((k) => used.has(k)).sort().map((k) => [k, nls[k]])));
  console.log(`l10n: ${moved} manifest string(s) moved to package.nls.json`);
}

const problems = [];
const placeholders = (s) => (s.match(/\{\d+\}/g) ?? []).sort().join();
function compare(englishFile, indonesianFile) {
  const en = readJson(englishFile);
  const id = existsSync(indonesianFile) ? readJson(indonesianFile) : {};
  for (const [k, v] of Object.entries(en)) {
    const english = typeof v === 'string' ? v : v.message;
    if (typeof id[k] !== 'string') problems.push(`${indonesianFile}: missing ${JSON.stringify(k)}`);
    else if (placeholders(id[k]) !== placeholders(english)) problems.push(`${indonesianFile}: placeholders differ for ${JSON.stringify(k)}`);
  }
  return id;
}
compare('l10n/bundle.l10n.json', 'l10n/bundle.l10n.id.json');
const idNls = compare('package.nls.json', 'package.nls.id.json');
for (const k of Object.keys(idNls)) if (!used.has(k)) problems.push(`package.nls.id.json: ${k} is no longer used`);
for (const p of problems) console.log(p);
console.log(`l10n: ${problems.length} problem(s)`);
if (check && problems.length) process.exit(1);
