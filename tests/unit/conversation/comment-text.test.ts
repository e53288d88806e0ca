import { describe, expect, it } from "vitest";
import { commentPlainText, commentSegments, mentionToken, mentionedUserIds } from "@/lib/domain/conversation/comment-text";

const ANA = "0d9a3f7e-1b2c-4d5e-8f90-123456789abc";
const BEN = "7c1e2d3f-4a5b-4c6d-9e8f-0123456789ab";

describe("mentions", () => {
  it("a token per member, whatever the name holds; ids read back in order, once each", () => {
    expect(mentionToken({ id: ANA.toUpperCase(), name: "Ana [desk] Ruiz" })).toBe(`@[Ana desk Ruiz](user:${ANA})`);
    const body = `${mentionToken({ id: BEN, name: "Ben" })} can you check this? cc ${mentionToken({ id: ANA, name: "Ana" })} and again ${mentionToken({ id: BEN, name: "Ben" })}`;
    expect(mentionedUserIds(body)).toEqual([BEN, ANA]);
  });

  it("ignores what only looks like a mention: a bare @name, a malformed id, a broken token", () => {
    expect(mentionedUserIds("@Ana please look")).toEqual([]);
    expect(mentionedUserIds("@[Ana](user:not-a-uuid-at-all-but-36-characters-x)")).toEqual([]);
    expect(mentionedUserIds(`@[Ana](user:${ANA}`)).toEqual([]);
    expect(mentionedUserIds(`@[An\na](user:${ANA})`)).toEqual([]);
  });
});

describe("comment segments", () => {
  it("splits text, mentions and http(s) links, leaving sentence punctuation outside the link", () => {
    expect(commentSegments(`${mentionToken({ id: ANA, name: "Ana" })} see https://stats.example/bulletin?m=3. Thanks!`)).toEqual([
      { type: "mention", userId: ANA, name: "Ana" },
      { type: "text", text: " see " },
      { type: "link", href: "https://stats.example/bulletin?m=3", text: "https://stats.example/bulletin?m=3" },
      { type: "text", text: ". Thanks!" },
    ]);
  });

  it("never makes javascript:, data: or markdown links active, and keeps HTML as text", () => {
    for (const body of ["[click](javascript:alert(1))", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<a href=\"https://evil.example\">x</a>", "<img src=x onerror=alert(1)>"]) {
      const segments = commentSegments(body);
      expect(segments.filter((s) => s.type === "link").every((s) => s.type === "link" && /^https?:\/\//.test(s.href))).toBe(true);
      expect(segments.map((s) => (s.type === "mention" ? "" : s.text)).join("")).toBe(body);
    }
    expect(commentSegments("[click](javascript:alert(1))")).toEqual([{ type: "text", text: "[click](javascript:alert(1))" }]);
  });

  it("reads as plain text for mail: mentions as @Name", () => {
    expect(commentPlainText(`Thanks ${mentionToken({ id: BEN, name: "Ben Ode" })}, fixed in https://x.example/a`)).toBe("Thanks @Ben Ode, fixed in https://x.example/a");
  });
});
