/**
 * Verdicts and sign-offs on the demo claims (demo-claims.ts), so a newcomer sees the review
 * workflow at every stage: a claim in review with no approvals yet, one with one of two, one
 * whose approval was voided by a later edit of the verdict, one with changes requested (the
 * author must see the comment), and approved claims signed off by two reviewers. Written for
 * Factdesk. Each verdict rests on all of its claim's demo evidence; the seed computes the hashes
 * exactly as the app does, so every demo approval verifies.
 */

export type TDemoVerdict = {
  /** Email of the DEMO_USERS author. */
  author: string;
  rating: string;
  summary: string;
  /** Paragraphs of the rationale. */
  rationale: string[];
};

export type TDemoReview =
  | { kind: "APPROVE"; by: string; note?: string }
  | { kind: "REQUEST_CHANGES"; by: string; comment: string };

export type TDemoReviewedClaim = {
  /** The claim's quote, as in demo-claims.ts. */
  claimQuote: string;
  /** Requested reviewers (emails). */
  reviewers: string[];
  priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  /** Verdict versions, oldest first; each review below names the version it reviewed (1-based). */
  versions: TDemoVerdict[];
  reviews: (TDemoReview & { version: number })[];
  /** Reviews of earlier versions are voided by the later version, with this reason. */
  voidReason?: string;
  /** Conversation on the claim; "@{email}" mentions that demo user. */
  threads?: { by: string; body: string; resolvedBy?: string; replies: { by: string; body: string }[] }[];
};

const EDITOR = "editor@example.com";
const OWNER = "admin@example.com";
const R1 = "reviewer1@example.com";
const R2 = "reviewer2@example.com";

export const DEMO_REVIEWS: TDemoReviewedClaim[] = [
  {
    // IN_REVIEW: approved once, then the author sharpened the summary, which voided the approval.
    claimQuote: "a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent",
    reviewers: [R1, R2],
    priority: "HIGH",
    versions: [
      {
        author: EDITOR,
        rating: "Mostly false",
        summary: "Seizures fell by 40 per cent, but seizures count what officers catch, not how much is smuggled.",
        rationale: [
          "The customs register shows 212 seizures in the year before the drone patrols and 127 in the year after: a 40 per cent fall.",
          "The register itself warns that it does not estimate how many illegal shipments pass undetected, and inspections fell over the same period.",
        ],
      },
      {
        author: EDITOR,
        rating: "Mostly false",
        summary: "Seizures fell by 40 per cent while inspections fell by a third; fewer seizures do not show less smuggling.",
        rationale: [
          "The customs register shows 212 seizures in the year before the drone patrols and 127 in the year after: a 40 per cent fall.",
          "Over the same year the port opened roughly a third fewer containers, so officers had fewer chances to find contraband. The register does not estimate undetected shipments.",
        ],
      },
    ],
    reviews: [{ kind: "APPROVE", by: R1, version: 1 }],
    voidReason: "The summary and the rationale changed. Version 2 of the verdict was saved.",
    threads: [
      {
        by: EDITOR,
        body: "@{reviewer2@example.com} can you take the second review? The inspection figures changed the summary.",
        replies: [{ by: R2, body: "On it this afternoon. @{reviewer1@example.com}, did you check the register's footnotes?" }],
      },
      {
        by: R1,
        body: "Source 2 is behind a paywall; the union interview notes are in the library instead.",
        resolvedBy: EDITOR,
        replies: [{ by: EDITOR, body: "Thanks, swapped it for the interview notes." }],
      },
    ],
  },
  {
    // APPROVED by two reviewers.
    claimQuote: "customs officers seized 212 illegal shipments in the twelve months before the drones and 127 in the twelve months since",
    reviewers: [R1, R2],
    versions: [
      {
        author: EDITOR,
        rating: "True",
        summary: "The customs register records exactly 212 and 127 seizures for the two periods.",
        rationale: ["The annual summary of the customs seizure register gives both figures for the twelve months before and after the drone patrols began."],
      },
    ],
    reviews: [
      { kind: "APPROVE", by: R1, version: 1 },
      { kind: "APPROVE", by: R2, version: 1, note: "Checked against the archived register." },
    ],
  },
  {
    // APPROVED by the owner and a reviewer.
    claimQuote: "Households served by Tri-County Water will pay about 30 per cent more",
    reviewers: [R2],
    versions: [
      {
        author: EDITOR,
        rating: "True",
        summary: "The approved tariff raises a typical household bill by 29.6 per cent.",
        rationale: ["The rate filing sets the new tariff; for a household using the median amount of water the bill rises by 29.6 per cent, which rounds to the 30 per cent reported."],
      },
    ],
    reviews: [
      { kind: "APPROVE", by: OWNER, version: 1 },
      { kind: "APPROVE", by: R2, version: 1 },
    ],
  },
  {
    // IN_REVIEW with one of two approvals.
    claimQuote: "the worst drought in a century",
    reviewers: [R1, R2],
    versions: [
      {
        author: EDITOR,
        rating: "Missing context",
        summary: "Rainfall was the lowest in 60 years of local records, which do not go back a century.",
        rationale: ["The regional weather service's records start 60 years ago; within them this year was the driest. No record supports a comparison over a hundred years."],
      },
    ],
    reviews: [{ kind: "APPROVE", by: R1, version: 1 }],
  },
  {
    // CHANGES_REQUESTED: the author must see the comment.
    claimQuote: "24 per cent of the water it treated never reached a customer",
    reviewers: [R2],
    priority: "URGENT",
    versions: [
      {
        author: EDITOR,
        rating: "True",
        summary: "The utility's own annual report puts water losses at 24 per cent.",
        rationale: ["The figure appears in the utility's annual report for last year."],
      },
    ],
    reviews: [
      {
        kind: "REQUEST_CHANGES",
        by: R2,
        version: 1,
        comment: "The 24 per cent includes unbilled water used for firefighting and mains flushing. Say so in the summary, or rate it Missing context.",
      },
    ],
  },
  {
    // IN_REVIEW, waiting for both requested reviewers.
    claimQuote: "at least a dozen welds failed inspection",
    reviewers: [R1, R2],
    versions: [
      {
        author: EDITOR,
        rating: "Unverifiable",
        summary: "The inspection reports are not public and the contractor declined to share them.",
        rationale: ["We asked the transport department and the contractor for the weld inspection reports; neither released them, so the claim can be neither confirmed nor refuted."],
      },
    ],
    reviews: [],
  },
  {
    // APPROVED by two reviewers.
    claimQuote: "The girders were made overseas by a company that was banned from public contracts",
    reviewers: [R1, R2],
    versions: [
      {
        author: EDITOR,
        rating: "False",
        summary: "The girder maker has never been barred from public contracts.",
        rationale: ["The national debarment list has no entry for the manufacturer, and its earlier suspension was lifted on appeal before any ban took effect."],
      },
    ],
    reviews: [
      { kind: "APPROVE", by: R1, version: 1 },
      { kind: "APPROVE", by: R2, version: 1 },
    ],
  },
  {
    // APPROVED, then published (demo-publications.ts).
    claimQuote: "the number of containers opened for inspection had fallen by roughly a third",
    reviewers: [R1, R2],
    versions: [
      {
        author: EDITOR,
        rating: "Mostly true",
        summary: "Inspections fell from about 41,000 to about 27,500 containers, a drop of roughly a third; the port confirmed the figures but not the officers’ reason for it.",
        rationale: [
          "The port’s own inspection statistics give 41,000 containers opened in the year before the drones and about 27,500 in the year since: 33 per cent fewer.",
          "The officers attribute the drop to staff moved to drone duty; the port says the cause is a new risk-scoring system. The figure is right, the explanation is disputed.",
        ],
      },
    ],
    reviews: [
      { kind: "APPROVE", by: R1, version: 1 },
      { kind: "APPROVE", by: R2, version: 1 },
    ],
  },
  {
    // APPROVED, then published (demo-publications.ts).
    claimQuote: "The original contract for the eight drones cost $2.9 million",
    reviewers: [R1],
    versions: [
      {
        author: EDITOR,
        rating: "True",
        summary: "The procurement record shows a contract of $2,940,000 for the eight drones, including two years of maintenance.",
        rationale: ["The city’s procurement register lists the award at $2,940,000; the Ledger rounded it to $2.9 million. The price covers the drones and two years of maintenance."],
      },
    ],
    reviews: [
      { kind: "APPROVE", by: R1, version: 1 },
      { kind: "APPROVE", by: OWNER, version: 1 },
    ],
  },
];
