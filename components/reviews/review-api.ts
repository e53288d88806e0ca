import { apiCall, type TApiResult } from "@/components/ui/api-call";
import type { TReviewStateDto, TTimelineEntryDto, TVerdictDto } from "@/lib/domain/reviews/review-dto";
import type { TTiptapNode } from "@/lib/domain/reviews/sign-off-hash";

/** The review view's calls to the review API; each answers the new review state (or the API's sentence). */
export function reviewApi(workspaceSlug: string, claimId: string) {
  const base = `/api/w/${encodeURIComponent(workspaceSlug)}/claims/${encodeURIComponent(claimId)}`;
  return {
    state: (): Promise<TApiResult<TReviewStateDto>> => apiCall(`${base}/review`),
    versions: (): Promise<TApiResult<{ verdicts: TVerdictDto[] }>> => apiCall(`${base}/verdicts`),
    timeline: (): Promise<TApiResult<{ entries: TTimelineEntryDto[] }>> => apiCall(`${base}/timeline`),
    saveVerdict: (body: { claimVersion: number; rating: string; summary: string; rationale: TTiptapNode; evidenceIds: string[] }): Promise<TApiResult<TReviewStateDto>> =>
      apiCall(`${base}/verdicts`, { method: "POST", json: body }),
    review: (body: { decision: "approve" | "request_changes" | "override"; claimVersion: number; signOffHash: string; comment?: string }): Promise<TApiResult<TReviewStateDto>> =>
      apiCall(`${base}/reviews`, { method: "POST", json: body }),
    move: (body: { action: string; claimVersion: number; reason?: string }): Promise<TApiResult<TReviewStateDto>> => apiCall(`${base}/workflow`, { method: "POST", json: body }),
  };
}
