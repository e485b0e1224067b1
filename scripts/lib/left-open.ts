// What `npm run dev` finds still open once every part has stopped. Each part closes its servers
// and file watchers in its stop, so one left is a stop that leaked (as a Vite app restarting
// under the stop once did). The exit that follows ends them anyway; saying what kind was left
// is what lets a leak be found instead of hidden by that exit.

/** Resource kinds (process.getActiveResourcesInfo) no stopped part should leave behind. */
const leakKinds: Record<string, string> = {
  TCPServerWrap: "listening server",
  FSEventWrap: "file watcher",
  StatWatcher: "polling file watcher",
};

/**
 * @example describeLeftOpen(["TCPServerWrap", "PipeWrap", "FSEventWrap", "FSEventWrap"])
 * // "still open after the stop: 1 listening server, 2 file watcher(s)"
 */
export function describeLeftOpen(
  resources: string[] = process.getActiveResourcesInfo(),
): string | undefined {
  const counts = new Map<string, number>();
  for (const resource of resources) {
    const kind = leakKinds[resource];
    if (kind) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  if (counts.size === 0) {
    return undefined;
  }
  const parts = [...counts].map(([kind, count]) => `${count} ${kind}${count > 1 ? "(s)" : ""}`);
  return `still open after the stop: ${parts.join(", ")}`;
}
