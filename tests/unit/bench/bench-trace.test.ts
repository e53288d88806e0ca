import { describe, expect, it } from "vitest";
import { mainThreadMsPerKey } from "../../../bench/lib/bench-trace";

const MAIN = { pid: 1, tid: 10 };
const OTHER = { pid: 1, tid: 11 };
const meta = (t: { pid: number; tid: number }, name: string) => ({ ph: "M", name: "thread_name", ts: 0, ...t, args: { name } });
const task = (t: { pid: number; tid: number }, ts: number, dur: number, name = "ThreadControllerImpl::RunTask") => ({ ph: "X", name, ts, dur, ...t });
const key = (ts: number) => ({ ph: "X", name: "EventDispatch", ts, dur: 100, ...MAIN, args: { data: { type: "keydown" } } });

describe("mainThreadMsPerKey (bench:claims' work per keystroke)", () => {
  it("sums the main thread's tasks from each keydown to the next, counting nested tasks once", () => {
    const trace = {
      traceEvents: [
        meta(MAIN, "CrRendererMain"),
        meta(OTHER, "Compositor"),
        // key 1 at 1000 µs: its task began at 900; a nested RunTask inside it; a later render task.
        task(MAIN, 900, 3000),
        task(MAIN, 1500, 500, "RunTask"),
        key(1000),
        task(MAIN, 10_000, 2000),
        // another thread's work never counts
        task(OTHER, 1000, 30_000),
        // key 2 at 40 000 µs; its work runs past the window (40 ms gap) and is cut there.
        key(40_000),
        task(MAIN, 40_000, 1000),
        task(MAIN, 79_000, 5000),
      ],
    };
    expect(mainThreadMsPerKey(JSON.stringify(trace), 40)).toEqual([5, 2]);
  });

  it("finds nothing without keydowns", () => {
    expect(mainThreadMsPerKey(JSON.stringify({ traceEvents: [meta(MAIN, "CrRendererMain"), task(MAIN, 0, 1000)] }), 40)).toEqual([]);
  });
});
