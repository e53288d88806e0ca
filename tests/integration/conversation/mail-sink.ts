import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free loopback port (the smtp-server package), keeping every mail it
 * accepts, parsed (mailparser). `failing = true` makes it refuse every mail with a temporary
 * error, as a server that is down for maintenance does; `delayMs` holds each mail's data that long
 * before accepting it (a slow server); `attempts` counts mails offered to it.
 */
export type TMailSink = { port: number; mails: ParsedMail[]; attempts: number; failing: boolean; delayMs: number; to: (address: string) => ParsedMail[]; close: () => Promise<void> };

export async function startMailSink(): Promise<TMailSink> {
  const sink: TMailSink = {
    port: 0,
    mails: [],
    attempts: 0,
    failing: false,
    delayMs: 0,
    to: (address) => sink.mails.filter((m) => [m.to].flat().some((t) => t?.value.some((v) => v.address === address))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      sink.attempts += 1;
      if (sink.failing) return callback(Object.assign(new Error("Service unavailable, try later"), { responseCode: 421 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (sink.delayMs > 0) await new Promise((r) => setTimeout(r, sink.delayMs));
          sink.mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  sink.port = (server.server.address() as { port: number }).port;
  return sink;
}
