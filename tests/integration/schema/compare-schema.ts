import { readFile } from "node:fs/promises";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";

/**
 * Compares a migrated PostgreSQL database with prisma/schema.prisma, both ways, the way Prisma
 * Migrate's diff would see it: tables, columns (type incl. native type, nullability, default),
 * enums and their value order, primary keys, unique and plain indexes (columns in order, sort
 * order, method, operator class), foreign keys (columns, target, ON DELETE / ON UPDATE) and the
 * join tables of implicit many-to-many relations. Constraint and index names follow Prisma's
 * naming convention unless the schema maps them.
 *
 * The schema is read by Prisma's own parser (@prisma/prisma-schema-wasm, the engine that ships
 * with our Prisma version), never by pattern matching.
 *
 * Known blind spots of the DMMF we read: `Unsupported("…")` fields and `@relation(map: …)` names
 * are not in it. Such columns would be reported as "not in schema"; pass them in `ignore`.
 */

export type TFact = { key: string; parent?: string; value: string };
export type TShape = Map<string, TFact>;
export type TCompareOptions = { ignore?: string[] };

// ---------- the schema side ----------

type TDmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  type: string;
  nativeType: [string, string[]] | null;
  default?: unknown;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type TDmmfModel = { name: string; dbName: string | null; fields: TDmmfField[] };
type TDmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };
type TDmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
};
type TDatamodel = { models: TDmmfModel[]; enums: TDmmfEnum[]; indexes: TDmmfIndex[] };

export async function readSchemaFile(file = path.join(process.cwd(), "prisma", "schema.prisma")): Promise<string> {
  return readFile(file, "utf8");
}

export function parseSchema(schema: string): TDatamodel {
  const out = get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]], noColor: true }));
  return (JSON.parse(out) as { datamodel: TDatamodel }).datamodel;
}

// PostgreSQL's identifier limit (bytes) and Prisma's default constraint names, as in prisma-engines
// psl-core ConstraintNames: the part before the suffix is cut so that the whole name fits.
const MAX_IDENT = 63;
function cutBytes(s: string, maxBytes: number): string {
  let out = s;
  while (Buffer.byteLength(out) > maxBytes) out = out.slice(0, -1);
  return out;
}
function prismaName(table: string, columns: string[], suffix: "_key" | "_idx" | "_fkey"): string {
  return cutBytes(`${table}_${columns.join("_")}`, MAX_IDENT - suffix.length) + suffix;
}
const pkeyName = (table: string) => cutBytes(table, MAX_IDENT - 5) + "_pkey";

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

function nativeTypeName([name, args]: [string, string[]]): string {
  const p = args.length ? `(${args.join(",")})` : "";
  const simple: Record<string, string> = {
    Text: "text", Uuid: "uuid", Xml: "xml", Inet: "inet", Citext: "citext", Boolean: "boolean",
    Integer: "integer", SmallInt: "smallint", BigInt: "bigint", Oid: "oid", DoublePrecision: "double precision",
    Real: "real", Money: "money", Date: "date", Json: "json", JsonB: "jsonb", ByteA: "bytea",
  };
  if (simple[name]) return simple[name];
  switch (name) {
    case "VarChar": return `character varying${p}`;
    case "Char": return `character${p}`;
    case "Bit": return `bit${p}`;
    case "VarBit": return `bit varying${p}`;
    case "Decimal": return `numeric${p}`;
    case "Timestamp": return `timestamp${p} without time zone`;
    case "Timestamptz": return `timestamp${p} with time zone`;
    case "Time": return `time${p} without time zone`;
    case "Timetz": return `time${p} with time zone`;
  }
  throw new Error(`compare-schema: native type @db.${name} is not mapped yet; add it to nativeTypeName().`);
}

const ALGORITHMS: Record<string, string> = { BTree: "btree", Hash: "hash", Gist: "gist", Gin: "gin", SpGist: "spgist", Brin: "brin" };
const ACTIONS: Record<string, string> = { Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT" };

type TTypeClass = "number" | "json" | "other";
const typeClass = (dbType: string): TTypeClass =>
  /^(integer|bigint|smallint|double precision|real|numeric)/.test(dbType) ? "number" : /^jsonb?$/.test(dbType) ? "json" : "other";

/** One canonical spelling of a default, so both sides compare as text. */
function canonicalLiteral(raw: string, cls: TTypeClass): string {
  if (cls === "number" && raw.trim() !== "" && !Number.isNaN(Number(raw))) return `literal ${Number(raw)}`;
  if (cls === "json") {
    try {
      return `literal json ${stableJson(JSON.parse(raw))}`;
    } catch {
      return `literal ${raw}`;
    }
  }
  return `literal ${raw}`;
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}

function expectedDefault(field: TDmmfField, dbType: string, enums: Map<string, TDmmfEnum>): string {
  const d = field.default;
  if (field.isUpdatedAt || d === undefined) return "none";
  if (d && typeof d === "object" && !Array.isArray(d)) {
    const fn = d as { name: string; args: unknown[] };
    switch (fn.name) {
      case "autoincrement": return "autoincrement";
      case "now": return "now()";
      // Generated by the client, not by the database.
      case "uuid": case "cuid": case "nanoid": case "ulid": return "none";
      case "dbgenerated": return fn.args.length ? `expression ${normalizeSql(String(fn.args[0]))}` : "present";
      default: return `function ${fn.name}`;
    }
  }
  // Scalar lists: Prisma writes `ARRAY[...]::type[]`; only the empty list is spelled out here.
  if (Array.isArray(d)) return d.length === 0 ? "empty array" : "present";
  if (field.kind === "enum") {
    const value = enums.get(field.type)?.values.find((v) => v.name === d);
    return canonicalLiteral(value?.dbName ?? String(d), "other");
  }
  return canonicalLiteral(String(d), typeClass(dbType));
}

const normalizeSql = (s: string) => s.replace(/\s+/g, " ").trim();

export function expectedShape(dm: TDatamodel): TShape {
  const shape: TShape = new Map();
  const add = (f: TFact) => shape.set(f.key, f);
  const enums = new Map(dm.enums.map((e) => [e.name, e]));
  const models = new Map(dm.models.map((m) => [m.name, m]));
  const tableOf = (m: TDmmfModel) => m.dbName ?? m.name;
  const columnOf = (m: TDmmfModel, fieldName: string) => {
    const f = m.fields.find((x) => x.name === fieldName);
    return f?.dbName ?? fieldName;
  };
  const scalarType = (f: TDmmfField) => {
    if (f.kind === "enum") return `enum "${enums.get(f.type)?.dbName ?? f.type}"${f.isList ? "[]" : ""}`;
    const base = f.nativeType ? nativeTypeName(f.nativeType) : SCALAR_TYPES[f.type];
    if (!base) throw new Error(`compare-schema: Prisma type ${f.type} is not mapped yet.`);
    return base + (f.isList ? "[]" : "");
  };

  for (const e of dm.enums) {
    const name = e.dbName ?? e.name;
    add({ key: `enum "${name}"`, value: "present" });
    add({ key: `enum "${name}" values`, parent: `enum "${name}"`, value: e.values.map((v) => v.dbName ?? v.name).join(", ") });
  }

  for (const m of dm.models) {
    const table = tableOf(m);
    const tableKey = `table "${table}"`;
    add({ key: tableKey, value: "present" });
    for (const f of m.fields) {
      if (f.kind !== "scalar" && f.kind !== "enum") continue;
      const col = f.dbName ?? f.name;
      const colKey = `column "${table}"."${col}"`;
      const type = scalarType(f);
      add({ key: colKey, parent: tableKey, value: "present" });
      add({ key: `${colKey} type`, parent: colKey, value: type });
      // Prisma creates scalar lists without NOT NULL.
      add({ key: `${colKey} nullability`, parent: colKey, value: f.isRequired && !f.isList ? "NOT NULL" : "NULL" });
      add({ key: `${colKey} default`, parent: colKey, value: expectedDefault(f, type, enums) });
    }

    for (const f of m.fields) {
      if (f.kind !== "object" || !f.relationFromFields?.length) continue;
      const target = models.get(f.type)!;
      const cols = f.relationFromFields.map((n) => columnOf(m, n));
      const refCols = (f.relationToFields ?? []).map((n) => columnOf(target, n));
      const fromRequired = f.relationFromFields.every((n) => m.fields.find((x) => x.name === n)?.isRequired);
      const onDelete = f.relationOnDelete ?? (fromRequired ? "Restrict" : "SetNull");
      const onUpdate = f.relationOnUpdate ?? "Cascade";
      add({
        key: `foreign key "${prismaName(table, cols, "_fkey")}"`,
        parent: tableKey,
        value: fkValue(table, cols, tableOf(target), refCols, ACTIONS[onDelete]!, ACTIONS[onUpdate]!),
      });
    }
  }

  for (const ix of dm.indexes) {
    const m = models.get(ix.model)!;
    const table = tableOf(m);
    const cols = ix.fields.map((f) => columnOf(m, f.name));
    if (ix.type === "id") {
      add({ key: `primary key "${table}"`, parent: `table "${table}"`, value: `"${ix.dbName ?? pkeyName(table)}" (${cols.join(", ")})` });
      continue;
    }
    if (ix.type === "fulltext") throw new Error("compare-schema: @@fulltext is MySQL/MongoDB only.");
    const unique = ix.type === "unique";
    const name = ix.dbName ?? prismaName(table, cols, unique ? "_key" : "_idx");
    const parts = ix.fields.map((f) =>
      [columnOf(m, f.name), f.sortOrder === "desc" ? "DESC" : "", f.operatorClass ?? ""].filter(Boolean).join(" "),
    );
    add({
      key: `index "${name}"`,
      parent: `table "${table}"`,
      value: indexValue(unique, table, parts, ALGORITHMS[ix.algorithm ?? "BTree"] ?? ix.algorithm!.toLowerCase()),
    });
  }

  // Implicit many-to-many: Prisma's join table "_<relation>" with columns A and B (A = the model
  // whose name sorts first), composite primary key, an index on B, cascading foreign keys.
  const seen = new Set<string>();
  for (const m of dm.models) {
    for (const f of m.fields) {
      if (f.kind !== "object" || !f.isList || !f.relationName || seen.has(f.relationName)) continue;
      const other = models.get(f.type)!;
      const back = other.fields.find((x) => x.relationName === f.relationName && (other !== m || x !== f));
      if (!back?.isList) continue;
      seen.add(f.relationName);
      const [a, b] = [m, other].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)) as [TDmmfModel, TDmmfModel];
      const table = `_${f.relationName}`;
      const tableKey = `table "${table}"`;
      add({ key: tableKey, value: "present" });
      for (const [col, model] of [["A", a], ["B", b]] as const) {
        const idField = model.fields.find((x) => x.isId);
        if (!idField) throw new Error(`compare-schema: ${model.name} needs a single-field @id for an implicit m2m.`);
        const colKey = `column "${table}"."${col}"`;
        add({ key: colKey, parent: tableKey, value: "present" });
        add({ key: `${colKey} type`, parent: colKey, value: scalarType({ ...idField, isList: false }) });
        add({ key: `${colKey} nullability`, parent: colKey, value: "NOT NULL" });
        add({ key: `${colKey} default`, parent: colKey, value: "none" });
        add({
          key: `foreign key "${table}_${col}_fkey"`,
          parent: tableKey,
          value: fkValue(table, [col], tableOf(model), [idField.dbName ?? idField.name], "CASCADE", "CASCADE"),
        });
      }
      add({ key: `primary key "${table}"`, parent: tableKey, value: `"${table}_AB_pkey" (A, B)` });
      add({ key: `index "${table}_B_index"`, parent: tableKey, value: indexValue(false, table, ["B"], "btree") });
    }
  }
  return shape;
}

const fkValue = (table: string, cols: string[], ref: string, refCols: string[], onDelete: string, onUpdate: string) =>
  `"${table}" (${cols.join(", ")}) -> "${ref}" (${refCols.join(", ")}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;
const indexValue = (unique: boolean, table: string, parts: string[], method: string, extra = "") =>
  `${unique ? "UNIQUE " : ""}on "${table}" (${parts.join(", ")}) using ${method}${extra}`;

// ---------- the database side ----------

const ACTION_CODES: Record<string, string> = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" };
const IGNORED_TABLES = new Set(["_prisma_migrations"]);

export async function actualShape(client: pg.Client, schema = "public"): Promise<TShape> {
  const shape: TShape = new Map();
  const add = (f: TFact) => shape.set(f.key, f);

  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 GROUP BY t.typname`,
    [schema],
  );
  for (const e of enums.rows) {
    add({ key: `enum "${e.name}"`, value: "present" });
    add({ key: `enum "${e.name}" values`, parent: `enum "${e.name}"`, value: e.values.join(", ") });
  }

  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`,
    [schema],
  );
  for (const t of tables.rows) if (!IGNORED_TABLES.has(t.name)) add({ key: `table "${t.name}"`, value: "present" });

  const columns = await client.query<{
    table: string; column: string; type: string; enum_name: string | null; is_array: boolean;
    not_null: boolean; default: string | null; identity: string; serial_seq: string | null; generated: string;
  }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
            CASE WHEN t.typtype = 'e' THEN t.typname WHEN et.typtype = 'e' THEN et.typname END AS enum_name,
            t.typcategory = 'A' AS is_array, a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) AS serial_seq
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema],
  );
  for (const c of columns.rows) {
    if (IGNORED_TABLES.has(c.table)) continue;
    const colKey = `column "${c.table}"."${c.column}"`;
    const type = c.enum_name ? `enum "${c.enum_name}"${c.is_array ? "[]" : ""}` : c.type;
    add({ key: colKey, parent: `table "${c.table}"`, value: "present" });
    add({ key: `${colKey} type`, parent: colKey, value: type });
    add({ key: `${colKey} nullability`, parent: colKey, value: c.not_null ? "NOT NULL" : "NULL" });
    add({ key: `${colKey} default`, parent: colKey, value: actualDefault(c, type) });
  }

  const indexes = await client.query<{
    table: string; name: string; unique: boolean; primary: boolean; method: string;
    parts: string[]; predicate: string | null;
  }>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary, am.amname AS method,
            array(
              SELECT concat_ws(' ',
                       COALESCE(a.attname, pg_get_indexdef(ix.indexrelid, k.ord::int, true)),
                       CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN 'DESC' END,
                       CASE WHEN NOT oc.opcdefault THEN oc.opcname END)
                FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                LEFT JOIN pg_opclass oc ON oc.oid = ix.indclass[k.ord - 1]
               WHERE k.ord <= ix.indnkeyatts
               ORDER BY k.ord)::text[] AS parts,
            pg_get_expr(ix.indpred, ix.indrelid) AS predicate
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = $1`,
    [schema],
  );
  for (const ix of indexes.rows) {
    if (IGNORED_TABLES.has(ix.table)) continue;
    const parent = `table "${ix.table}"`;
    if (ix.primary) {
      add({ key: `primary key "${ix.table}"`, parent, value: `"${ix.name}" (${ix.parts.join(", ")})` });
    } else {
      const extra = ix.predicate ? ` where ${ix.predicate}` : "";
      add({ key: `index "${ix.name}"`, parent, value: indexValue(ix.unique, ix.table, ix.parts, ix.method, extra) });
    }
  }

  const fks = await client.query<{
    name: string; table: string; ref: string; cols: string[]; ref_cols: string[]; on_delete: string; on_update: string;
  }>(
    `SELECT c.conname AS name, t.relname AS table, rt.relname AS ref,
            array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.ord)::text[] AS cols,
            array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.ord)::text[] AS ref_cols,
            c.confdeltype AS on_delete, c.confupdtype AS on_update
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class rt ON rt.oid = c.confrelid
      WHERE c.contype = 'f' AND n.nspname = $1`,
    [schema],
  );
  for (const fk of fks.rows) {
    if (IGNORED_TABLES.has(fk.table)) continue;
    add({
      key: `foreign key "${fk.name}"`,
      parent: `table "${fk.table}"`,
      value: fkValue(fk.table, fk.cols, fk.ref, fk.ref_cols, ACTION_CODES[fk.on_delete]!, ACTION_CODES[fk.on_update]!),
    });
  }
  return shape;
}

function actualDefault(c: { default: string | null; identity: string; serial_seq: string | null; generated: string }, type: string): string {
  if (c.identity) return `identity (${c.identity === "a" ? "always" : "by default"})`;
  if (c.generated) return `generated ${c.default ?? ""}`;
  const expr = c.default;
  if (expr === null) return "none";
  const seq = /^nextval\('(.+)'::regclass\)$/.exec(expr);
  if (seq) {
    // Only a sequence owned by the column is what Prisma's autoincrement() creates.
    const owned = c.serial_seq && c.serial_seq.replace(/"/g, "").replace(/^public\./, "") === seq[1]!.replace(/"/g, "").replace(/^public\./, "");
    return owned ? "autoincrement" : `expression ${expr}`;
  }
  if (expr === "CURRENT_TIMESTAMP" || expr === "now()") return "now()";
  if (/^ARRAY\[\]::[\w\s"]+\[\]$/.test(expr) || expr === "'{}'::text[]") return "empty array";
  const quoted = /^'((?:[^']|'')*)'(?:::[\w\s".[\]()]+)*$/.exec(expr);
  if (quoted) return canonicalLiteral(quoted[1]!.replace(/''/g, "'"), typeClass(type));
  if (/^-?\d+(\.\d+)?$/.test(expr) || expr === "true" || expr === "false") return canonicalLiteral(expr, typeClass(type));
  return `expression ${normalizeSql(expr)}`;
}

// ---------- the comparison ----------

/** Every difference, as one readable line each; empty when the database matches the schema. */
export function diffShapes(expected: TShape, actual: TShape, opts: TCompareOptions = {}): string[] {
  const ignored = (key: string) => (opts.ignore ?? []).some((i) => key === i || key.startsWith(`${i} `));
  // A missing table or column is one difference, not one per attribute.
  const parentMissing = (f: TFact, other: TShape): boolean => f.parent !== undefined && (!other.has(f.parent) || parentMissing(other.get(f.parent)!, other));
  const out: string[] = [];
  for (const [key, e] of expected) {
    if (ignored(key)) continue;
    const a = actual.get(key);
    if (!a) {
      if (!parentMissing(e, actual)) out.push(`missing in database: ${key} (${e.value})`);
    } else if (a.value !== e.value) {
      out.push(`differs: ${key}: schema ${e.value}, database ${a.value}`);
    }
  }
  for (const [key, a] of actual) {
    if (ignored(key) || expected.has(key)) continue;
    if (!parentMissing(a, expected)) out.push(`not in schema: ${key} (${a.value})`);
  }
  return out.sort();
}

export async function compareDatabaseToSchema(databaseUrl: string, schema: string, opts: TCompareOptions = {}): Promise<string[]> {
  const expected = expectedShape(parseSchema(schema));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return diffShapes(expected, await actualShape(client), opts);
  } finally {
    await client.end();
  }
}
