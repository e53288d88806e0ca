import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a tool from node_modules/.bin with the terminal as its output; resolves with its exit code. */
export function runTool(tool: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const bin = path.join(process.cwd(), "node_modules", ".bin", tool);
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: "inherit", env: { ...process.env, ...env } });
    // Ctrl-C reaches the child through the terminal; on a plain SIGTERM we pass it on ourselves.
    const forward = () => child.kill("SIGTERM");
    process.once("SIGTERM", forward);
    child.on("error", (e) => {
      process.stderr.write(`could not start ${tool}: ${e.message}\n`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      process.removeListener("SIGTERM", forward);
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}
