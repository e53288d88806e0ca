/**
 * Main-thread work per keystroke, from a Chromium trace (Playwright's `browser.startTracing` with
 * TRACE_CATEGORIES). For each keydown the page dispatched: the time the renderer's main thread spent
 * running tasks — the key's handlers, the editor's transaction, style, layout, paint, the socket and
 * IndexedDB callbacks it caused — from that keydown until the next one. Unlike "keystroke → next
 * frame", this does not include waiting for the display's next frame (up to 16.7 ms at 60 Hz
 * whatever the work cost): it is the cost the 16 ms frame budget is about.
 */
export const TRACE_CATEGORIES = ["devtools.timeline", "toplevel"];

type TTraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string } } };

export function mainThreadMsPerKey(trace: Buffer | string, keyGapMs: number): number[] {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TTraceEvent[] } | TTraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const thread = (e: TTraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map(thread));
  const keydowns = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown" && mains.has(thread(e)));
  if (keydowns.length === 0) return [];
  // The page's main thread is the one that dispatched the keys.
  const main = thread(keydowns[0]!);
  const keys = keydowns.filter((e) => thread(e) === main).map((e) => e.ts).sort((a, b) => a - b);
  // Top-level tasks on that thread, merged where they nest or overlap so nothing counts twice.
  const tasks = events
    .filter((e) => e.ph === "X" && thread(e) === main && (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") && (e.dur ?? 0) > 0)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of tasks) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return keys.map((start, i) => {
    // The task that dispatched the keydown began a little before it: count from that task's start.
    const from = merged.find(([s, e]) => s <= start && start < e)?.[0] ?? start;
    const to = keys[i + 1] ?? start + keyGapMs * 1000;
    let busy = 0;
    for (const [s, e] of merged) {
      if (e <= from) continue;
      if (s >= to) break;
      busy += Math.min(e, to) - Math.max(s, from);
    }
    return busy / 1000;
  });
}
