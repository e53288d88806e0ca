import { describe, expect, test } from "vitest";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  test("answers 200 with a database round-trip when PostgreSQL is up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.database.ok).toBe(true);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });
});
