import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A minimal SMTP server that records what it receives: enough of the protocol for nodemailer,
 * so the test proves a real mail leaves when SMTP_URL is set (other tests prove it does not without).
 */
type TReceived = { from: string; to: string[]; data: string };
const received: TReceived[] = [];
let server: net.Server;

function startSink(): Promise<number> {
  server = net.createServer((socket) => {
    let buf = "";
    let inData = false;
    let current: TReceived = { from: "", to: [], data: "" };
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buf += chunk.toString("utf8");
      let i: number;
      while ((i = buf.indexOf("\r\n")) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(current);
            current = { from: "", to: [], data: "" };
            socket.write("250 queued\r\n");
          } else current.data += line + "\n";
          continue;
        }
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === "EHLO" || cmd === "HELO") socket.write("250 sink\r\n");
        else if (cmd === "MAIL") {
          current.from = line;
          socket.write("250 ok\r\n");
        } else if (cmd === "RCPT") {
          if (line.includes("bounce-")) {
            socket.write("550 no such mailbox\r\n");
            continue;
          }
          current.to.push(line);
          socket.write("250 ok\r\n");
        } else if (cmd === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        }
        else if (cmd === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)));
}

beforeAll(async () => {
  const port = await startSink();
  // lib/env reads the environment once per test file (each file has its own module graph).
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.SMTP_FROM = "Factdesk <desk@factdesk.test>";
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("invitation mail", () => {
  it("is sent through SMTP_URL with the accept link, to the invitee only", async () => {
    const { createInvitation } = await import("@/lib/server/invitations/create-invitation");
    const { actorOf, workspaceWithEveryRole } = await import("./fixtures");
    const w = await workspaceWithEveryRole();
    const email = `mail-${w.slug}@test.example`;
    const res = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email, role: "REVIEWER", origin: "https://desk.example" });
    expect(res.emailSent).toBe(true);
    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.from).toContain("desk@factdesk.test");
    expect(mail.to).toEqual([`RCPT TO:<${email}>`]);
    // Quoted-printable may wrap long lines; undo soft line breaks before looking for the link.
    const body = mail.data.replace(/=\n/g, "");
    expect(body).toContain(res.acceptUrl);
    expect(body).toContain(w.ws.name);
    expect(body).toMatch(/as Reviewer/);
  });

  it("a refused mail does not undo the invitation: the link is still returned to show", async () => {
    const { createInvitation } = await import("@/lib/server/invitations/create-invitation");
    const { db } = await import("@/lib/db");
    const { actorOf, workspaceWithEveryRole } = await import("./fixtures");
    const w = await workspaceWithEveryRole();
    const res = await createInvitation({ actor: actorOf(w.owner), workspaceSlug: w.slug, email: `bounce-${w.slug}@test.example`, role: "VIEWER" });
    expect(res.emailSent).toBe(false);
    expect(res.acceptUrl).toMatch(/\/invite\//);
    expect(await db.invitation.count({ where: { id: res.invitation.id, revokedAt: null } })).toBe(1);
  });
});
