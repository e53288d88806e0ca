import { describe, expect, it } from "vitest";
import { canEnter, firstBlockedDirectory, postgresReachProblem, type TOsUser, type TPathStat } from "@/scripts/lib/postgres-reach";

const postgres: TOsUser = { name: "postgres", uid: 101, gids: [104] };
const dir = (mode: number, uid = 0, gid = 0): TPathStat => ({ mode: 0o040000 | mode, uid, gid });

/** A fake file system: path → stat; anything else does not exist. */
const fs = (entries: Record<string, TPathStat>) => (p: string) => entries[p] ?? null;

describe("canEnter", () => {
  it("reads the owner, group or other execute bit, as the kernel does", () => {
    expect(canEnter(dir(0o700, 101), postgres)).toBe(true);
    expect(canEnter(dir(0o070, 101), postgres)).toBe(false); // the owner's bits apply to the owner, even when others may
    expect(canEnter(dir(0o750, 0, 104), postgres)).toBe(true);
    expect(canEnter(dir(0o705, 0, 104), postgres)).toBe(false); // in the group: the group's bits, not the others'
    expect(canEnter(dir(0o755), postgres)).toBe(true);
    expect(canEnter(dir(0o700), postgres)).toBe(false);
    expect(canEnter(dir(0o711), postgres)).toBe(true); // search without listing is enough
    expect(canEnter(dir(0o000), { name: "root", uid: 0, gids: [0] })).toBe(true);
  });
});

describe("firstBlockedDirectory", () => {
  const tree = fs({
    "/": dir(0o755),
    "/root": dir(0o700),
    "/root/factdesk": dir(0o755),
    "/root/factdesk/.data": dir(0o755),
    "/srv": dir(0o755),
    "/srv/factdesk": dir(0o755),
  });

  it("names the 0700 home a clone under /root sits in", () => {
    expect(firstBlockedDirectory("/root/factdesk/.data/test-pg", postgres, tree)?.dir).toBe("/root");
  });

  it("passes a clone every user can walk into, including parts not made yet", () => {
    expect(firstBlockedDirectory("/srv/factdesk/.data/test-pg", postgres, tree)).toBeNull();
  });

  it("checks the target itself only when asked", () => {
    const t = fs({ "/": dir(0o755), "/opt": dir(0o755), "/opt/bin": dir(0o700) });
    expect(firstBlockedDirectory("/opt/bin", postgres, t)).toBeNull();
    expect(firstBlockedDirectory("/opt/bin", postgres, t, { includeSelf: true })?.dir).toBe("/opt/bin");
  });
});

describe("postgresReachProblem", () => {
  const tree = fs({ "/": dir(0o755), "/tmp": dir(0o1777), "/tmp/tmp.x1": dir(0o700), "/tmp/tmp.x1/node_modules": dir(0o755) });

  it("says which directory stops the postgres user and what to do", () => {
    const problem = postgresReachProblem([{ what: "PostgreSQL's binaries", path: "/tmp/tmp.x1/node_modules" }], postgres, tree);
    expect(problem).toContain("cannot enter /tmp/tmp.x1 (mode 0700, owner uid 0)");
    expect(problem).toContain("PostgreSQL's binaries");
    expect(problem).toContain("chmod o+x /tmp/tmp.x1");
    expect(problem).toContain("DATABASE_URL");
  });

  it("counts only the other bits for a postgres user that does not exist yet", () => {
    const t = fs({ "/": dir(0o755), "/w": dir(0o750, 0, 104) });
    expect(postgresReachProblem([{ what: "data", path: "/w/.data" }], postgres, t)).toBeNull();
    expect(postgresReachProblem([{ what: "data", path: "/w/.data" }], null, t)).toContain("cannot enter /w");
  });
});
