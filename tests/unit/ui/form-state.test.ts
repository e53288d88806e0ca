import { describe, expect, it } from "vitest";
import { fieldError, formError } from "@/components/ui/form-state";

const failed = (message: string, fieldErrors?: Record<string, string[]>) => ({ ok: false as const, error: { code: "BAD_REQUEST", message, fieldErrors } });

describe("form error placement", () => {
  it("shows a message only once: next to its field when it belongs to one", () => {
    const state = failed("password: Use at least 10 characters.", { password: ["Use at least 10 characters."] });
    expect(formError(state)).toBeUndefined();
    expect(fieldError(state, "password")).toBe("Use at least 10 characters.");
  });

  it("shows form-level messages (rate limit, wrong credentials) above the form", () => {
    expect(formError(failed("Too many failed sign-in attempts. Try again in 3 minutes."))).toBe("Too many failed sign-in attempts. Try again in 3 minutes.");
    expect(formError(failed("Something else", { email: ["Enter your email address."] }))).toBe("Something else");
  });

  it("has nothing to show before the first submit or after success", () => {
    expect(formError(null)).toBeUndefined();
    expect(formError({ ok: true, data: null })).toBeUndefined();
    expect(fieldError(null, "email")).toBeUndefined();
  });
});
