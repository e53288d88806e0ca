import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkHealth, DATABASE_UNAVAILABLE } from "@/lib/server/health/check-health";

/** /api/health is anonymous: a failing database is reported, its error text (names, hosts, SQL) is only logged. */
describe("health check when the database fails", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers a generic message and logs PostgreSQL's own error", async () => {
    const table = `no_such_table_${randomUUID().replaceAll("-", "")}`;
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);

    const health = await checkHealth({ probe: () => db.$queryRawUnsafe(`SELECT * FROM ${table}`) });

    expect(health.status).toBe("error");
    expect(health.database).toEqual({ ok: false, latencyMs: expect.any(Number), error: DATABASE_UNAVAILABLE });
    expect(JSON.stringify(health)).not.toContain(table);
    const logged = stderr.mock.calls.map(([line]) => String(line)).join("");
    expect(logged).toContain("health check: database failed");
    expect(logged).toContain(table);
  });
});
