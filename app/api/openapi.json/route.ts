import { buildOpenApiDocument, type TOpenApiDocument } from "@/lib/server/http/openapi/build-openapi-document";
import { OPENAPI_EXCLUDED, OPERATIONS } from "./operations";

let document: TOpenApiDocument | undefined;

/** The API's OpenAPI 3.1 description, generated from the routes' own schemas. Public: it holds no data. */
export async function GET() {
  document ??= buildOpenApiDocument(OPERATIONS, { excluded: OPENAPI_EXCLUDED });
  return Response.json(document, { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
