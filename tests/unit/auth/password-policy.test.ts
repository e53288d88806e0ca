import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, passwordProblems } from "@/lib/domain/password-policy";

describe("password policy", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblems("correct horse battery staple", { email: "ada@example.com" })).toEqual([]);
    expect(passwordProblems("0123456789x")).toEqual([]);
  });

  it("needs at least 10 characters", () => {
    expect(passwordProblems("abc12345!")).toEqual(["Use at least 10 characters."]);
    expect(passwordProblems("")).toContain("Use at least 10 characters.");
    expect(passwordProblems("abc12345!x")).toEqual([]);
  });

  it("caps the length", () => {
    expect(passwordProblems("x".repeat(PASSWORD_MAX_LENGTH) + "y")).toContain(`Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  });

  it.each(["password123", "PASSWORD123", "1234567890", "qwertyuiop", "iloveyou123", "aaaaaaaaaaaa", "zzzzzzzzzzzzzz"])("refuses the common password %s", (pw) => {
    expect(passwordProblems(pw)).toEqual(["This password is one of the most common ones. Choose something harder to guess."]);
  });

  it("refuses a password containing the email's local part, in any case", () => {
    expect(passwordProblems("MargaretHamilton-1969", { email: "margarethamilton@nasa.example" })).toEqual([
      "Don't use your email address (or the part before the @) in your password.",
    ]);
    // Short local parts would forbid too much by accident.
    expect(passwordProblems("al-is-my-friend-ok", { email: "al@example.com" })).toEqual([]);
  });

  it("reports every problem at once", () => {
    expect(passwordProblems("bob", { email: "bob@example.com" })).toHaveLength(2);
  });
});
