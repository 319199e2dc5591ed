// Injected by esbuild into the web build only (scripts/build.mjs): the web worker
// extension host (vscode.dev, code-server's browser host) has no setImmediate, which
// the Node host uses to yield between analysis and indexing batches. A MessageChannel
// message runs after pending events like setImmediate does, without the 4 ms clamp
// that nested setTimeout(0) calls get.
type Callback = () => void;

export interface ImmediateHandle {
  cancelled: boolean;
}

const queue: { callback: Callback; handle: ImmediateHandle }[] = [];
let channel: MessageChannel | undefined;

function flush(): void {
  const batch = queue.splice(0, queue.length);
  for (const { callback, handle } of batch) if (!handle.cancelled) callback();
}

export function setImmediate(callback: Callback): ImmediateHandle {
  const handle = { cancelled: false };
  queue.push({ callback, handle });
  if (typeof MessageChannel === 'undefined') {
    setTimeout(flush, 0);
  } else {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = flush;
    }
    channel.port2.postMessage(undefined);
  }
  return handle;
}

export function clearImmediate(handle: ImmediateHandle | undefined): void {
  if (handle) handle.cancelled = true;
}
