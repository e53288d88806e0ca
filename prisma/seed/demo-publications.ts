/**
 * What the demo workspace has published (at /p/demo), so a newcomer sees every kind of public
 * page: verdicts across the scale, one corrected (its history and both versions), one retracted.
 * Each names an APPROVED demo claim (demo-claims.ts, demo-reviews.ts). Written for Factdesk.
 */
export type TDemoPublication = {
  claimQuote: string;
  /** A correction after publishing: a new verdict version, approved by `approvals`, published with `note`. */
  correction?: { author: string; rating: string; summary: string; rationale: string[]; approvals: string[]; note: string };
  /** A retraction after publishing, with its public note. */
  retraction?: string;
};

export const DEMO_PUBLICATIONS: TDemoPublication[] = [
  { claimQuote: "the number of containers opened for inspection had fallen by roughly a third" },
  { claimQuote: "The original contract for the eight drones cost $2.9 million" },
  {
    claimQuote: "Households served by Tri-County Water will pay about 30 per cent more",
    correction: {
      author: "editor@example.com",
      rating: "Mostly true",
      summary: "The approved tariff raises a typical household bill by 29.6 per cent; households using little water see rises closer to 20 per cent.",
      rationale: [
        "The rate filing sets the new tariff; for a household using the median amount of water the bill rises by 29.6 per cent, which rounds to the 30 per cent reported.",
        "The fixed charge rises less than the volume charge, so households in the lowest usage band pay about 21 per cent more: the claim is accurate for a typical household, not for every one.",
      ],
      approvals: ["reviewer1@example.com", "reviewer2@example.com"],
      note: "Our first version rated this True without saying that low-usage households see smaller rises. We added that and changed the rating to Mostly true.",
    },
  },
  {
    claimQuote: "The girders were made overseas by a company that was banned from public contracts",
    retraction: "We relied on a procurement database entry that the state later withdrew as erroneous. We can no longer support the verdict and have retracted it while we re-check.",
  },
];
