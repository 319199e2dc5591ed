// Key labels in messages, as this machine's user presses them: the keybindings in
// package.json give macOS Cmd+ where the others have Ctrl+ (undo "cmd+alt+z", annotate
// "cmd+alt+a"), and a prompt that says Ctrl+Alt+Z on a Mac names a key that does nothing.

/** `keys`, written with Ctrl+ as on Windows and Linux, with Cmd+ instead on macOS. */
export function keyLabel(keys: string, mac = onMac()): string {
  return mac ? keys.replace(/^Ctrl\+/, 'Cmd+') : keys;
}

/** On the desktop Node's platform; in the browser (the web build, vscode.dev) the user
 *  agent of the machine the user types on. Read through globalThis: the web build has no
 *  `process` (scripts/web-build.mjs refuses a bare use of it). */
function onMac(): boolean {
  const host = globalThis as { process?: { platform?: string; versions?: { node?: string } }; navigator?: { userAgent?: string } };
  if (host.process?.versions?.node !== undefined) return host.process.platform === 'darwin';
  return /Macintosh|Mac OS X/.test(host.navigator?.userAgent ?? '');
}
