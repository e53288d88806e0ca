"use client";

import { useLayoutEffect, type RefObject } from "react";

/**
 * Text typed into a server-rendered field before React hydrated it: React keeps it in the DOM
 * but not in state, and the next render writes the state ("") back over it. Seen in an e2e run on
 * a busy machine, and a fast typist on a slow phone loses words the same way. Called once, as the
 * field is hydrated, this hands such text (and where the caret is) to the component's own change
 * handler, as if it had been typed a moment later.
 */
export function useTypedBeforeHydration(ref: RefObject<HTMLTextAreaElement | HTMLInputElement | null>, stateValue: string, onTyped: (value: string, caret: number) => void): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.value !== stateValue) onTyped(el.value, el.selectionStart ?? el.value.length);
    // Once, at hydration: later differences are React's to reconcile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
