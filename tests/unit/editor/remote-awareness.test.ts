import { afterEach, describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { remoteOnlyAwareness } from "@/components/editor/remote-awareness";

const created: Awareness[] = [];
const awarenessOf = () => {
  const a = new Awareness(new Y.Doc());
  created.push(a);
  return a;
};
afterEach(() => {
  for (const a of created.splice(0)) a.destroy();
});

/** Sends `from`'s own state to `to`, as the provider does over the socket. */
const relay = (from: Awareness, to: Awareness) => applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [from.clientID]), "remote");

describe("remoteOnlyAwareness (what the caret plugin listens to)", () => {
  it("passes on other people's changes and drops those that concern only our own client", () => {
    const ours = awarenessOf();
    const theirs = awarenessOf();
    const view = remoteOnlyAwareness(ours);
    const seen: { event: string; updated: number[]; added: number[] }[] = [];
    const onChange = (c: { updated: number[]; added: number[] }) => seen.push({ event: "change", ...c });
    const onUpdate = (c: { updated: number[]; added: number[] }) => seen.push({ event: "update", ...c });
    view.on("change", onChange);
    view.on("update", onUpdate);

    // Our caret moves (what every keystroke does): nothing reaches the listeners.
    view.setLocalStateField("cursor", { anchor: 1, head: 1 });
    ours.setLocalStateField("cursor", { anchor: 2, head: 2 });
    expect(seen).toEqual([]);

    // Someone else appears, then moves: both events pass.
    theirs.setLocalStateField("cursor", { anchor: 5, head: 5 });
    relay(theirs, ours);
    expect(seen.map((s) => s.event).sort()).toEqual(["change", "update"]);
    expect(seen.find((s) => s.event === "change")?.added).toEqual([theirs.clientID]);
    seen.length = 0;
    theirs.setLocalStateField("cursor", { anchor: 9, head: 9 });
    relay(theirs, ours);
    expect(seen.find((s) => s.event === "change")?.updated).toEqual([theirs.clientID]);

    // Reads and writes go to the real object; off() removes the filtered listener.
    expect(view.clientID).toBe(ours.clientID);
    expect(view.getLocalState()).toEqual(ours.getLocalState());
    expect(view.getStates().get(theirs.clientID)).toEqual({ cursor: { anchor: 9, head: 9 } });
    view.off("change", onChange);
    view.off("update", onUpdate);
    seen.length = 0;
    theirs.setLocalStateField("cursor", { anchor: 12, head: 12 });
    relay(theirs, ours);
    expect(seen).toEqual([]);
  });

  it("keeps one listener registered for both events apart: removing it from one leaves the other", () => {
    const ours = awarenessOf();
    const theirs = awarenessOf();
    const view = remoteOnlyAwareness(ours);
    const events: string[] = [];
    const both = () => events.push("heard");
    view.on("change", both);
    view.on("update", both);
    view.off("change", both);
    theirs.setLocalStateField("cursor", { anchor: 1, head: 1 });
    relay(theirs, ours);
    expect(events).toEqual(["heard"]);
    view.off("update", both);
    theirs.setLocalStateField("cursor", { anchor: 2, head: 2 });
    relay(theirs, ours);
    expect(events).toEqual(["heard"]);
  });

  it("passes other events through untouched", () => {
    const ours = awarenessOf();
    const view = remoteOnlyAwareness(ours);
    let destroyed = 0;
    view.on("destroy", () => destroyed++);
    ours.destroy();
    expect(destroyed).toBe(1);
  });
});
