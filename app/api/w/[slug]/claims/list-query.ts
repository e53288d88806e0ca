import { ZListClaimsInput } from "@/lib/server/claims/list-claims";
import { bodySchema } from "@/lib/server/http/route";

/**
 * The claims list's query string: filters, sort and paging; `status` may repeat or be
 * comma-separated. The CSV export reads the same one (docs/API.md: its `page`/`pageSize` are
 * validated like the list's, then ignored).
 */
export const ZListClaimsQuery = bodySchema(ZListClaimsInput, ["workspaceSlug"]);
