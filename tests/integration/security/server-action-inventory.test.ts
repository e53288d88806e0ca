import { globSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Issue 9 §1 for server actions. An action runs only inside Next's request context (the session
 * cookie is read through next/headers, `revalidatePath` and `redirect` need the render store), so
 * calling one here would mean mocking Next's internals and testing the mock. Instead this reads
 * their source with the TypeScript parser, which is sound for the property that matters: in every
 * call from an action into lib/server with an options object, `actor` (from the session only) is
 * the LAST property, no spread comes after it, and the only thing spread is `readForm(…)`, the
 * form parsed with the server function's own schema (lib/server/http/action.ts). No casts that
 * silence the types (`as never`, `as any`, `as Parameters<…>`). The same rule is checked for the
 * route handlers, whose behaviour route-inventory.test.ts checks with real requests. Next itself
 * refuses an action whose Origin host differs from the Host/X-Forwarded-Host (verified in
 * next/dist/server/app-render/action-handler.js: "null" is refused, a missing Origin is let
 * through with a warning) and caps its body at 1 MB (serverActions.bodySizeLimit).
 *
 * The inventory below fails when an action module or an exported action is added or removed, so a
 * new action is looked at before it ships.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");

const ACTIONS: Record<string, string[]> = {
  "app/(auth)/actions.ts": ["signOutAction"],
  "app/(auth)/signin/actions.ts": ["oauthSignInAction", "signInAction"],
  "app/(auth)/signup/actions.ts": ["signUpAction"],
  "app/(workspace)/dashboard/actions.ts": ["createWorkspaceAction"],
  "app/(workspace)/settings/account/actions.ts": [
    "changePasswordAction",
    "createTokenAction",
    "revokeSessionAction",
    "revokeTokenAction",
    "signOutEverywhereAction",
    "updateProfileAction",
  ],
  "app/(workspace)/w/[slug]/documents/[id]/actions.ts": ["deleteDocumentAction", "saveDocumentDetailsAction", "setTextLockAction"],
  "app/(workspace)/w/[slug]/documents/[id]/text-correction-actions.ts": ["unlockTextForCorrectionAction"],
  "app/(workspace)/w/[slug]/members/actions.ts": ["changeRoleAction", "inviteAction", "leaveWorkspaceAction", "removeMemberAction", "revokeInvitationAction"],
  "app/(workspace)/w/[slug]/settings/actions.ts": ["deleteWorkspaceAction", "updateSettingsAction"],
  "app/(workspace)/w/[slug]/trash/actions.ts": ["restoreDocumentAction"],
  "app/invite/[token]/actions.ts": ["acceptInvitationAction", "switchAccountAction"],
};

const parse = (file: string, text = readFileSync(path.join(ROOT, file), "utf8")) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

const isUseServer = (sf: ts.SourceFile) => {
  const first = sf.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
};

/** Names imported from lib/server (the functions that take an actor). */
function serverImports(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.moduleSpecifier.text.startsWith("@/lib/server/")) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) names.add(el.name.text);
  }
  return names;
}

type TProblem = { file: string; line: number; problem: string; code: string };

/** Every problem with how a module hands input and the actor to lib/server. */
function problemsIn(file: string, spreadAllowed: (expr: ts.Expression) => boolean, text?: string): TProblem[] {
  const sf = parse(file, text);
  const server = serverImports(sf);
  const problems: TProblem[] = [];
  // A spread identifier is as good as what it was declared from (`const body = await readJson(...)`).
  const declaredFrom = new Map<string, ts.Expression[]>();
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) declaredFrom.set(node.name.text, [...(declaredFrom.get(node.name.text) ?? []), node.initializer]);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const allowed = (e: ts.Expression): boolean => {
    const inner = ts.isParenthesizedExpression(e) ? e.expression : e;
    if (ts.isIdentifier(inner)) return (declaredFrom.get(inner.text) ?? [null]).every((init) => init !== null && allowed(init));
    return spreadAllowed(inner);
  };
  const report = (node: ts.Node, problem: string) =>
    problems.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, problem, code: node.getText().slice(0, 160) });

  const visit = (node: ts.Node) => {
    if (ts.isAsExpression(node)) {
      const type = node.type.getText();
      if (/^(never|any)$|^Parameters</.test(type)) report(node, `cast "as ${type}"`);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && server.has(node.expression.text)) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        const props = arg.properties;
        const actorAt = props.findIndex((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText() === "actor");
        if (actorAt >= 0 && actorAt !== props.length - 1) report(arg, "`actor` is not the last property: a later key could replace it");
        if (actorAt >= 0) {
          const p = props[actorAt]!;
          const value = ts.isPropertyAssignment(p) ? p.initializer.getText() : "actor";
          if (!/^(actor|await actor\(\))$/.test(value)) report(p, `\`actor\` comes from ${value}, not from the session`);
        }
        for (const p of props) if (ts.isSpreadAssignment(p) && !allowed(p.expression)) report(p, `spreads ${p.expression.getText()}, which is not input parsed with the server function's schema`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

const isCallTo = (expr: ts.Expression, names: string[]): boolean => {
  if (ts.isParenthesizedExpression(expr)) return isCallTo(expr.expression, names);
  const e = ts.isAwaitExpression(expr) ? expr.expression : expr;
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && names.includes(e.expression.text);
};

describe("server action inventory", () => {
  it("lists every 'use server' module under app/ and every action it exports", () => {
    const files = globSync("app/**/*.{ts,tsx}", { cwd: ROOT })
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => isUseServer(parse(f)))
      .sort();
    expect(files).toEqual(Object.keys(ACTIONS).sort());
    for (const [file, names] of Object.entries(ACTIONS)) {
      const sf = parse(file);
      const exported = sf.statements
        .filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && !!s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        .map((s) => s.name!.text)
        .sort();
      // No other kind of export (a const arrow function would escape the checks below).
      const otherExports = sf.statements.filter((s) => !ts.isFunctionDeclaration(s) && ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword));
      expect({ file, exported, otherExports: otherExports.length }).toEqual({ file, exported: [...names].sort(), otherExports: 0 });
    }
  });

  it("every action passes `actor` last, from the session, and spreads only readForm(...) output; no silencing casts", () => {
    const problems = Object.keys(ACTIONS).flatMap((file) => problemsIn(file, (e) => isCallTo(e, ["readForm"])));
    expect(problems).toEqual([]);
  });

  it("every route handler passes `actor` last and spreads only parsed input; no silencing casts", () => {
    const files = globSync("app/api/**/*.ts", { cwd: ROOT }).map((f) => f.split(path.sep).join("/"));
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) => problemsIn(file, (e) => isCallTo(e, ["readQuery", "readJson", "readImportRequest", "readSourceUpload"])));
    expect(problems).toEqual([]);
  });

  it("the checker itself catches the shapes it is there to catch", () => {
    // Guards against a checker that silently passes everything (a test that cannot fail).
    const source = [
      '"use server";',
      'import { createWorkspace } from "@/lib/server/workspaces/create-workspace";',
      "export async function a(form: FormData, body: object) {",
      "  await createWorkspace({ actor, ...body });",
      '  await createWorkspace({ actor: JSON.parse(String(form.get("actor"))), name: "x" });',
      '  await createWorkspace({ name: String(form.get("name")) as never, actor });',
      "}",
    ].join("\n");
    const found = problemsIn("probe.ts", (e) => isCallTo(e, ["readForm"]), source).map((p) => p.problem);
    expect(found).toEqual([
      "`actor` is not the last property: a later key could replace it",
      "spreads body, which is not input parsed with the server function's schema",
      "`actor` is not the last property: a later key could replace it",
      '`actor` comes from JSON.parse(String(form.get("actor"))), not from the session',
      'cast "as never"',
    ]);
  });
});
