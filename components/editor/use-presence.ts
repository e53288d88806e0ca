"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import { useEffect, useState } from "react";
import { safePresenceColor } from "@/lib/editor/presence-colors";

export type TPresentUser = { id: string; name: string; color: string; isSelf: boolean; tabs: number };

/**
 * Who has the document open, from the provider's awareness states. One entry per person even
 * when they have several tabs open; the signed-in user first.
 */
export function usePresence(provider: HocuspocusProvider | null, selfId: string): TPresentUser[] {
  const [users, setUsers] = useState<TPresentUser[]>([]);

  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    const read = () => {
      const byId = new Map<string, TPresentUser>();
      for (const state of awareness.getStates().values()) {
        const u = (state as { user?: { id?: unknown; name?: unknown; color?: unknown } }).user;
        if (!u || typeof u.id !== "string" || typeof u.name !== "string") continue;
        const seen = byId.get(u.id);
        if (seen) seen.tabs += 1;
        else byId.set(u.id, { id: u.id, name: u.name, color: safePresenceColor(u.color, u.id), isSelf: u.id === selfId, tabs: 1 });
      }
      const next = [...byId.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
      // Awareness changes with every caret move (ours included, on each keystroke): re-render only
      // when the people shown changed.
      setUsers((prev) => (sameUsers(prev, next) ? prev : next));
    };
    awareness.on("change", read);
    read();
    return () => awareness.off("change", read);
  }, [provider, selfId]);

  return users;
}

function sameUsers(a: TPresentUser[], b: TPresentUser[]): boolean {
  return a.length === b.length && a.every((u, i) => u.id === b[i]!.id && u.name === b[i]!.name && u.color === b[i]!.color && u.tabs === b[i]!.tabs && u.isSelf === b[i]!.isSelf);
}
