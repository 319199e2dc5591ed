// Key labels in messages, as this machine's user presses them: the keybindings in
// package.json give macOS Cmd+ where the others have Ctrl+ (undo "cmd+alt+z", annotate
// "cmd+alt+a"), and a prompt that says Ctrl+Alt+Z on a Mac names a key that does nothing.

/** `keys`, written with Ctrl+ as on Windows and Linux, with Cmd+ instead on macOS. */
export function keyLabel(keys: string, mac = onMac()): string {
  return mac ? keys.replace(/^Ctrl\+/, 'Cmd+') : keys;
}

/** On the desktop Node's platform; in the browser (the web build, vscode.dev) the user
 *  agent of the machine the user types on. */
function onMac(): boolean {
  if (typeof process !== 'undefined' && typeof process.platform === 'string' && process.versions?.node !== undefined) return process.platform === 'darwin';
  const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
  return /Macintosh|Mac OS X/.test(agent);
}
