"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The editor's toolbar stays in view while a long article scrolls, just below the app's own
 * sticky header (whose height changes with the viewport), instead of sliding under it.
 */
export function useStickyBelowHeader() {
  const barRef = useRef<HTMLDivElement>(null);
  const [stickyTop, setStickyTop] = useState(0);
  useEffect(() => {
    const header = document.querySelector<HTMLElement>("body > div > header, body > header");
    if (!header || getComputedStyle(header).position !== "sticky") return;
    const measure = () => setStickyTop(header.getBoundingClientRect().height);
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    measure();
    return () => observer.disconnect();
  }, []);
  return { barRef, stickyTop };
}
