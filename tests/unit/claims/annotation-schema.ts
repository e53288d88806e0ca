import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/web-annotation/annotation-page.schema.json"), "utf8")) as { $id: string };

/** Validators for the W3C Web Annotation constraints transcribed in tests/fixtures/web-annotation (draft-07). */
export function annotationValidators() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(schema);
  const page = ajv.getSchema(schema.$id)!;
  const annotation = ajv.compile({ $ref: `${schema.$id}#/definitions/annotation` });
  const explain = (v: { errors?: unknown }) => JSON.stringify(v.errors ?? null);
  return { page, annotation, explain };
}
