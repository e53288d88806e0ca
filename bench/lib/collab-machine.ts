import { readFileSync } from "node:fs";
import os from "node:os";

/** What the figures were measured on, for bench/README.md. */
export function collabBenchMachine() {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  return { nproc: os.availableParallelism(), cpu, node: process.version, loadavg1m: Number(os.loadavg()[0]!.toFixed(2)) };
}
