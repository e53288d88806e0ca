import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase, withClient } from "@/tests/setup/scratch-database";
import { compareDatabaseToSchema } from "./compare-schema";

/**
 * The comparator itself, on schema features our own schema does not use yet, against the SQL
 * Prisma Migrate generates for them: a false difference here would make the drift test useless
 * the day someone uses the feature; a missed one would let drift through.
 */

const SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Stance {
  SUPPORTS @map("supports")
  REFUTES  @map("refutes")
  CONTEXT  @map("context")

  @@map("stance")
}

model Scale {
  id       Int      @id @default(autoincrement())
  label    String   @map("the_label") @db.VarChar(40)
  value    Decimal  @default(1.5) @db.Decimal(6, 2)
  weight   Float    @default(0)
  flag     Boolean  @default(false)
  note     String   @default("it's")
  meta     Json     @default("{\\"b\\": 1, \\"a\\": [2]}")
  tags     String[]
  stance   Stance   @default(CONTEXT)
  day      DateTime @db.Date
  at       DateTime @default(now())
  token    String   @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  blob     Bytes?
  ownerA   Int
  ownerB   Int
  owner    Owner    @relation(fields: [ownerA, ownerB], references: [a, b], onDelete: Restrict, onUpdate: NoAction)

  @@unique([ownerA, label], map: "scale_owner_label")
  @@index([at(sort: Desc), label])
  @@index([token], type: Hash)
  @@map("scales")
}

model Owner {
  a      Int
  b      Int
  scales Scale[]

  @@id([a, b])
}

model Tag {
  id     String  @id @db.Uuid
  posts  Post[]
}

model Post {
  id   BigInt @id @default(autoincrement())
  tags Tag[]
}
`;

const SQL = `
CREATE TYPE "stance" AS ENUM ('supports', 'refutes', 'context');
CREATE TABLE "scales" (
    "id" SERIAL NOT NULL,
    "the_label" VARCHAR(40) NOT NULL,
    "value" DECIMAL(6,2) NOT NULL DEFAULT 1.5,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "flag" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT 'it''s',
    "meta" JSONB NOT NULL DEFAULT '{"a": [2], "b": 1}',
    "tags" TEXT[],
    "stance" "stance" NOT NULL DEFAULT 'context',
    "day" DATE NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "token" UUID NOT NULL DEFAULT gen_random_uuid(),
    "blob" BYTEA,
    "ownerA" INTEGER NOT NULL,
    "ownerB" INTEGER NOT NULL,
    CONSTRAINT "scales_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Owner" ("a" INTEGER NOT NULL, "b" INTEGER NOT NULL, CONSTRAINT "Owner_pkey" PRIMARY KEY ("a","b"));
CREATE TABLE "Tag" ("id" UUID NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Post" ("id" BIGSERIAL NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
CREATE TABLE "_PostToTag" ("A" BIGINT NOT NULL, "B" UUID NOT NULL, CONSTRAINT "_PostToTag_AB_pkey" PRIMARY KEY ("A","B"));
CREATE UNIQUE INDEX "scale_owner_label" ON "scales"("ownerA", "the_label");
CREATE INDEX "scales_at_the_label_idx" ON "scales"("at" DESC, "the_label");
CREATE INDEX "scales_token_idx" ON "scales" USING HASH ("token");
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");
ALTER TABLE "scales" ADD CONSTRAINT "scales_ownerA_ownerB_fkey" FOREIGN KEY ("ownerA", "ownerB") REFERENCES "Owner"("a", "b") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_PostToTag" ADD CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
`;

const drops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const d of drops.splice(0)) await d();
});

async function databaseWith(sql: string) {
  const db = await createScratchDatabase("cmp");
  drops.push(db.drop);
  await withClient(db.url, (c) => c.query(sql));
  return db.url;
}

describe("compareDatabaseToSchema", () => {
  it("finds no difference between a schema and the SQL Prisma would generate for it", async () => {
    expect(await compareDatabaseToSchema(await databaseWith(SQL), SCHEMA)).toEqual([]);
  });

  it("sees mapped names, native types, enum mapping, defaults, sort order, method and referential actions", async () => {
    const sql = SQL.replace(`('supports', 'refutes', 'context')`, `('supports', 'context', 'refutes')`)
      .replace(`VARCHAR(40)`, `VARCHAR(50)`)
      .replace(`DECIMAL(6,2) NOT NULL DEFAULT 1.5`, `DECIMAL(6,2) NOT NULL DEFAULT 2.5`)
      .replace(`DEFAULT '{"a": [2], "b": 1}'`, `DEFAULT '{"a": [3], "b": 1}'`)
      .replace(`DEFAULT 'context'`, `DEFAULT 'refutes'`)
      .replace(`"day" DATE`, `"day" TIMESTAMP(3)`)
      .replace(`("at" DESC, "the_label")`, `("at", "the_label")`)
      .replace(`USING HASH ("token")`, `("token")`)
      .replace(`ON DELETE RESTRICT ON UPDATE NO ACTION`, `ON DELETE NO ACTION ON UPDATE NO ACTION`)
      .replace(`"Post" ("id" BIGSERIAL NOT NULL`, `"Post" ("id" BIGINT NOT NULL`);

    expect(await compareDatabaseToSchema(await databaseWith(sql), SCHEMA)).toEqual(
      [
        `differs: column "Post"."id" default: schema autoincrement, database none`,
        `differs: column "scales"."day" type: schema date, database timestamp(3) without time zone`,
        `differs: column "scales"."meta" default: schema literal json {"a":[2],"b":1}, database literal json {"a":[3],"b":1}`,
        `differs: column "scales"."stance" default: schema literal context, database literal refutes`,
        `differs: column "scales"."the_label" type: schema character varying(40), database character varying(50)`,
        `differs: column "scales"."value" default: schema literal 1.5, database literal 2.5`,
        `differs: enum "stance" values: schema supports, refutes, context, database supports, context, refutes`,
        `differs: foreign key "scales_ownerA_ownerB_fkey": schema "scales" (ownerA, ownerB) -> "Owner" (a, b) ON DELETE RESTRICT ON UPDATE NO ACTION, database "scales" (ownerA, ownerB) -> "Owner" (a, b) ON DELETE NO ACTION ON UPDATE NO ACTION`,
        `differs: index "scales_at_the_label_idx": schema on "scales" (at DESC, the_label) using btree, database on "scales" (at, the_label) using btree`,
        `differs: index "scales_token_idx": schema on "scales" (token) using hash, database on "scales" (token) using btree`,
      ].sort(),
    );
  });

  it("names constraints as Prisma does when table and column names are long", async () => {
    const schema = `
datasource db {
  provider = "postgresql"
}

model Parent {
  id       String  @id
  children Child[]
}

model Child {
  id     Int    @id
  first  String @map("first_long_column_name")
  second String @map("second_long_column_name")
  parent Parent @relation(fields: [first], references: [id])

  @@unique([first, second])
  @@index([second, first])
  @@map("a_very_long_table_name_for_the_naming_rule_test")
}

model Long {
  id Int @id

  @@map("a_table_name_long_enough_that_its_primary_key_name_is_cut_x")
}
`;
    const t = "a_very_long_table_name_for_the_naming_rule_test";
    const sql = `
      CREATE TABLE "Parent" ("id" TEXT NOT NULL, CONSTRAINT "Parent_pkey" PRIMARY KEY ("id"));
      CREATE TABLE "${t}" ("id" INTEGER NOT NULL, "first_long_column_name" TEXT NOT NULL, "second_long_column_name" TEXT NOT NULL,
        CONSTRAINT "${t}_pkey" PRIMARY KEY ("id"));
      CREATE UNIQUE INDEX "${t}_first_long__key" ON "${t}"("first_long_column_name", "second_long_column_name");
      CREATE INDEX "${t}_second_long_idx" ON "${t}"("second_long_column_name", "first_long_column_name");
      ALTER TABLE "${t}" ADD CONSTRAINT "${t}_first_long_fkey" FOREIGN KEY ("first_long_column_name") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
      CREATE TABLE "a_table_name_long_enough_that_its_primary_key_name_is_cut_x" ("id" INTEGER NOT NULL,
        CONSTRAINT "a_table_name_long_enough_that_its_primary_key_name_is_cut__pkey" PRIMARY KEY ("id"));
    `;
    expect(await compareDatabaseToSchema(await databaseWith(sql), schema)).toEqual([]);
  });

  it("reports a missing implicit many-to-many join table and a missing enum", async () => {
    const sql = SQL.split("\n")
      .filter((l) => !l.includes("_PostToTag"))
      .join("\n")
      .replace(`CREATE TYPE "stance" AS ENUM ('supports', 'refutes', 'context');`, "")
      .replace(`"stance" "stance" NOT NULL DEFAULT 'context'`, `"stance" TEXT NOT NULL DEFAULT 'context'`);

    expect(await compareDatabaseToSchema(await databaseWith(sql), SCHEMA)).toEqual(
      [
        `differs: column "scales"."stance" type: schema enum "stance", database text`,
        `missing in database: enum "stance" (present)`,
        `missing in database: table "_PostToTag" (present)`,
      ].sort(),
    );
  });
});
