import { readFileSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export { actorOf, codeOf, workspaceWithEveryRole, type TWorld } from "../workspaces/fixtures";

export const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import", name));

/** Rows an import may write for a workspace: after any refused import all three must be zero. */
export async function importRowCounts(workspaceId: string) {
  const [documents, imports, audits] = await Promise.all([
    db.document.count({ where: { workspaceId } }),
    db.documentImport.count({ where: { workspaceId } }),
    db.auditEvent.count({ where: { workspaceId, action: "document.imported" } }),
  ]);
  return { documents, imports, audits };
}
