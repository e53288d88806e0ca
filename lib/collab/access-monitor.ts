import type { Connection, Hocuspocus } from "@hocuspocus/server";
import { can } from "@/lib/domain/roles";
import { log } from "@/lib/log";
import { recheckCollabAccess } from "@/lib/server/collab/recheck-collab-access";
import { CLOSE_ACCESS_REVOKED, CLOSE_DOCUMENT_DELETED, CLOSE_SESSION_ENDED, textLockMessage, type TCollabContext } from "./context";

/**
 * Keeps open connections honest after membership changes. Two mechanisms:
 * - a sweep every `intervalMs`, a few queries per open document for all its connected users, that
 *   closes the connections of removed members, of signed-out sessions / revoked API tokens (and of
 *   everyone on a deleted document) and turns a demoted editor read-only in place (or back);
 * - a check before accepting a write from a connection whose last confirmation is older than
 *   `writeMaxAgeMs`, so a removed member's edits stop being accepted even between sweeps.
 * Polling rather than LISTEN/NOTIFY: membership writes live in lib/server/workspaces and would all
 * have to remember to notify; a missed notify would be a silent hole, a poll cannot miss.
 */
export class AccessMonitor {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly hocuspocus: Hocuspocus<TCollabContext>,
    private readonly opts: { intervalMs: number; writeMaxAgeMs: number },
  ) {}

  start() {
    this.timer = setInterval(() => void this.sweep(), this.opts.intervalMs);
    this.timer.unref();
  }

  stop() {
    clearInterval(this.timer);
  }

  async sweep() {
    if (this.running) return;
    this.running = true;
    try {
      for (const document of this.hocuspocus.documents.values()) {
        const connections = document.getConnections() as Connection<TCollabContext>[];
        if (connections.length) await this.recheck(connections);
      }
    } catch (e) {
      log.error("collab access sweep failed", { err: e });
    } finally {
      this.running = false;
    }
  }

  /** Before a write: re-confirm this connection's access if the last confirmation is stale. */
  async ensureFresh(connection: Connection<TCollabContext>) {
    if (Date.now() - connection.context.verifiedAt <= this.opts.writeMaxAgeMs) return;
    await this.recheck([connection]);
  }

  /**
   * Re-checks every connection of a document now (its text lock changed) and returns whether the
   * text is locked, or null when no connection is left to ask for.
   */
  async recheckDocument(connections: Connection<TCollabContext>[]): Promise<boolean | null> {
    if (connections.length === 0) return null;
    return this.recheck(connections);
  }

  private async recheck(connections: Connection<TCollabContext>[]): Promise<boolean> {
    const { documentId, workspaceId } = connections[0]!.context.access;
    const userIds = [...new Set(connections.map((c) => c.context.access.userId))];
    const checkedAt = Date.now();
    const credentials = connections.flatMap((c) => (c.context.access.credential ? [{ userId: c.context.access.userId, ...c.context.access.credential }] : []));
    const result = await recheckCollabAccess({ documentId, workspaceId, userIds, credentials });
    for (const connection of connections) {
      const { access } = connection.context;
      const lockFlipped = access.textLocked !== result.textLocked;
      const role = result.roles.get(access.userId);
      const signedOut = access.credential !== null && !result.liveCredentials.has(access.credential.id);
      if (!result.documentLive || !role || signedOut) {
        const event = !result.documentLive ? CLOSE_DOCUMENT_DELETED : !role ? CLOSE_ACCESS_REVOKED : CLOSE_SESSION_ENDED;
        log.info("collab connection closed", { reason: event.reason, userId: access.userId, documentId });
        connection.close({ ...event });
        continue;
      }
      // A text lock makes everyone read-only, as a demotion does: Hocuspocus then refuses the
      // connection's updates (SyncStatus false) instead of applying and broadcasting them.
      const readOnly = !can(role, "content.edit") || result.textLocked;
      if (readOnly !== connection.readOnly) {
        log.info("collab connection access changed", { userId: access.userId, documentId, role, textLocked: result.textLocked, readOnly });
        connection.readOnly = readOnly;
      }
      connection.context.access = { ...access, role, readOnly, textLocked: result.textLocked };
      connection.context.verifiedAt = checkedAt;
      // Hocuspocus has no message for "you are read-only now": the editor learns it from this.
      if (lockFlipped) connection.sendStateless(textLockMessage(result.textLocked));
    }
    return result.textLocked;
  }
}
