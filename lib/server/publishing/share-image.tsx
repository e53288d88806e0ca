import "server-only";
import { ImageResponse } from "next/og";
import { db } from "@/lib/db";
import type { TPublicVerdict } from "@/lib/domain/publishing/public-verdict";
import { cachedPublic } from "./public-cache";
import { publicOrg } from "./public-verdict-response";

const COLOR = /^#[0-9a-f]{6}$/i;
// Emoji would make the renderer fetch images from the network; the card shows words only.
const plain = (s: string, max: number) => {
  const t = s.replace(/\p{Extended_Pictographic}|\uFE0F/gu, "").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

/**
 * The share image of a published verdict (Open Graph / Twitter): 1200×630 PNG with the
 * workspace, the claim and the rating in its colour, rendered with next/og (satori + resvg) and
 * the font it ships (Geist), so nothing is fetched from the network. Rendered once per version
 * and kept in the public cache (as base64) until the page changes.
 */
export async function shareImageResponse(opts: { workspaceSlug: string; claimSlug: string }): Promise<Response> {
  const cached = await cachedPublic(`og|${opts.workspaceSlug}|${opts.claimSlug}`, async () => {
    const org = await publicOrg(opts.workspaceSlug);
    const claim = org && /^[a-z0-9-]{1,100}$/.test(opts.claimSlug)
      ? await db.claim.findFirst({
          where: { workspaceId: org.id, publicSlug: opts.claimSlug },
          select: { publications: { orderBy: { version: "desc" }, take: 1, select: { kind: true, content: true } } },
        })
      : null;
    const pub = claim?.publications[0];
    if (!org || !pub) return { status: 404, body: "", contentType: "text/plain", workspaceId: null };
    const v = pub.content as unknown as TPublicVerdict;
    const retracted = pub.kind === "RETRACTION";
    const color = retracted ? "#b91c1c" : COLOR.test(v.rating.color) ? v.rating.color : "#64748b";
    const image = new ImageResponse(
      (
        <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#f8fafc", padding: "64px 72px", fontSize: 32, color: "#0f172a" }}>
          <div style={{ display: "flex", fontSize: 30, color: "#475569" }}>{plain(`Fact check · ${org.name}`, 70)}</div>
          <div style={{ display: "flex", fontSize: 58, lineHeight: 1.2, fontWeight: 700 }}>{plain(v.claim.text, 150)}</div>
          <div style={{ display: "flex", alignItems: "center" }}>
            <div style={{ width: 44, height: 44, borderRadius: 22, background: color, marginRight: 20 }} />
            <div style={{ display: "flex", fontSize: 52, fontWeight: 700 }}>{retracted ? "Retracted" : plain(v.rating.label, 40)}</div>
          </div>
        </div>
      ),
      { width: 1200, height: 630 },
    );
    const png = Buffer.from(await image.arrayBuffer());
    return { status: 200, body: png.toString("base64"), contentType: "image/png", workspaceId: org.id };
  });
  if (cached.status !== 200) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });
  return new Response(Buffer.from(cached.body, "base64"), {
    headers: { "content-type": "image/png", etag: cached.etag, "cache-control": "public, max-age=300", "cdn-cache-control": "public, max-age=300, stale-while-revalidate=600" },
  });
}
