import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * The collab server (scripts/collab.ts) as a child process, for the SIGKILL tests and benchmarks.
 * Started as `node --import tsx` rather than through the tsx CLI: the CLI runs the script in a
 * grandchild, and a SIGKILL to the CLI would leave that grandchild running.
 */
export type TCollabProcess = {
  child: ChildProcess;
  port: number;
  url: string;
  /** CPU time (user+system, µs) and counters, as the child reports them over IPC */
  stats: () => Promise<{ cpu: { user: number; system: number }; memory: number; logged: number; logCommits: number; stores: number }>;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  output: () => string;
};

export async function startCollabProcess(opts: {
  env?: Record<string, string | undefined>;
  script?: string;
  timeoutMs?: number;
}): Promise<TCollabProcess> {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", opts.script ?? path.join(root, "scripts/collab.ts")], {
    cwd: root,
    env: { ...process.env, COLLAB_PORT: "0", COLLAB_HOST: "127.0.0.1", LOG_LEVEL: "warn", ...opts.env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out = (out + d).slice(-20_000)));
  child.stderr?.on("data", (d) => (out = (out + d).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collab process not ready in time:\n${out}`)), opts.timeoutMs ?? 20_000);
    child.on("message", (m: { type?: string; port?: number }) => {
      if (m?.type === "ready" && m.port) {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`collab process exited (${code}) before ready:\n${out}`));
    });
  });

  return {
    child,
    port,
    url: `ws://127.0.0.1:${port}`,
    output: () => out,
    stats: () =>
      new Promise((resolve, reject) => {
        const onMessage = (m: { type?: string } & Record<string, unknown>) => {
          if (m?.type !== "stats") return;
          child.off("message", onMessage);
          resolve(m as never);
        };
        child.on("message", onMessage);
        if (!child.send({ type: "stats" })) reject(new Error("collab process IPC closed"));
      }),
    kill: async (signal = "SIGKILL") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
