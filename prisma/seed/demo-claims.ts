import type { TClaimStatus } from "@/lib/domain/claims/claim-status";

/**
 * Claims marked in the demo articles (demo-documents.ts), so a newcomer finds a desk at work:
 * claims in every stage up to approval, assignees among the demo users, two pairs of overlapping
 * claims (one nested, one crossing) and one claim that lost its anchor and waits for re-anchoring.
 * Written for Factdesk like the articles; `quote` is copied verbatim from the article body and the
 * seed refuses to start if it is not found there.
 */
export type TDemoClaim = {
  /** Title of the demo document it is in. */
  document: string;
  /** The quoted span, verbatim from the article (first occurrence unless `occurrence` says). */
  quote: string;
  occurrence?: number;
  /** The claim restated as one checkable sentence. */
  text: string;
  claimant: string | null;
  claimDate: string | null;
  checkworthiness: number;
  tags: string[];
  status: TClaimStatus;
  /** Emails of DEMO_USERS. */
  createdBy: string;
  assignee: string | null;
  dueDate?: string;
  /**
   * A detached claim: its mark is gone because the sentence was retyped, and its stored quote (this
   * text) no longer matches; `quote` is the sentence as it reads now, where the selectors point.
   */
  detachedQuote?: string;
};

const DRONES = "Harbor City Says Drone Patrols Cut Port Smuggling by 40%";
const WATER = "Water Utility Blames Drought for 30% Bill Rise";
const BRIDGE = "What They Aren’t Telling You About the New Bridge";

export const DEMO_CLAIMS: TDemoClaim[] = [
  {
    document: DRONES,
    quote: "a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent",
    text: "Harbor City’s drone programme cut smuggling through the container port by 40 per cent in its first year.",
    claimant: "Harbor City officials",
    claimDate: "2025-10-13",
    checkworthiness: 5,
    tags: ["crime", "surveillance", "port"],
    status: "IN_REVIEW",
    createdBy: "editor@example.com",
    assignee: "reviewer1@example.com",
    dueDate: "2025-11-01",
  },
  {
    // The longer claim of the nested pair.
    document: DRONES,
    quote: "Before the drones, we were finding contraband in one container out of every 900 we opened. Now it is one in 1,500.",
    text: "The share of opened containers holding contraband fell from 1 in 900 before the drones to 1 in 1,500.",
    claimant: "Lucía Ferreira, Deputy Mayor",
    claimDate: "2025-10-13",
    checkworthiness: 4,
    tags: ["crime", "port"],
    status: "RESEARCHING",
    createdBy: "reviewer1@example.com",
    assignee: "editor@example.com",
    dueDate: "2025-10-31",
  },
  {
    // Nested inside the claim above.
    document: DRONES,
    quote: "one container out of every 900",
    text: "Before the drone programme, customs found contraband in one of every 900 containers opened.",
    claimant: "Lucía Ferreira, Deputy Mayor",
    claimDate: "2025-10-13",
    checkworthiness: 3,
    tags: ["port"],
    status: "DRAFT",
    createdBy: "editor@example.com",
    assignee: null,
  },
  {
    document: DRONES,
    quote: "customs officers seized 212 illegal shipments in the twelve months before the drones and 127 in the twelve months since",
    text: "Customs seizures at Harbor City port fell from 212 to 127 in the year after the drones started flying.",
    claimant: "Harbor City Port Authority annual report",
    claimDate: "2025-10-13",
    checkworthiness: 4,
    tags: ["port", "statistics"],
    status: "APPROVED",
    createdBy: "reviewer2@example.com",
    assignee: "reviewer2@example.com",
  },
  {
    document: DRONES,
    quote: "the number of containers opened for inspection had fallen by roughly a third",
    text: "The number of containers opened for inspection at Harbor City port fell by about a third in the drones’ first year.",
    claimant: "Two customs officers (anonymous)",
    claimDate: "2025-10-13",
    checkworthiness: 4,
    tags: ["port", "anonymous source"],
    status: "APPROVED",
    createdBy: "reviewer1@example.com",
    assignee: "reviewer1@example.com",
    dueDate: "2025-10-28",
  },
  {
    document: DRONES,
    quote: "The original contract for the eight drones cost $2.9 million",
    text: "Harbor City’s contract for its first eight drones cost $2.9 million.",
    claimant: "Harbor City Ledger (city procurement records)",
    claimDate: "2025-10-14",
    checkworthiness: 2,
    tags: ["public spending"],
    status: "APPROVED",
    createdBy: "editor@example.com",
    assignee: null,
  },
  {
    document: WATER,
    quote: "Households served by Tri-County Water will pay about 30 per cent more from January",
    text: "Tri-County Water bills will rise by about 30 per cent in January.",
    claimant: "Tri-County Water",
    claimDate: "2025-09-02",
    checkworthiness: 3,
    tags: ["utilities", "prices"],
    status: "APPROVED",
    createdBy: "admin@example.com",
    assignee: "reviewer1@example.com",
  },
  {
    document: WATER,
    quote: "the worst drought in a century",
    text: "The 2024–25 drought is the worst in the Tri-County area for a hundred years.",
    claimant: "Tri-County Water",
    claimDate: "2025-09-02",
    checkworthiness: 5,
    tags: ["climate", "utilities"],
    status: "IN_REVIEW",
    createdBy: "admin@example.com",
    assignee: "reviewer2@example.com",
    dueDate: "2025-09-20",
  },
  {
    document: WATER,
    quote: "24 per cent of the water it treated never reached a customer",
    text: "Tri-County Water lost 24 per cent of the water it treated to leaks in 2024.",
    claimant: "Tri-County Water 2024 annual report",
    claimDate: "2025-09-02",
    checkworthiness: 3,
    tags: ["utilities", "infrastructure"],
    status: "CHANGES_REQUESTED",
    createdBy: "reviewer2@example.com",
    assignee: "editor@example.com",
  },
  {
    // Detached: the quote was retyped (the mark went with the old words); waits for re-anchoring.
    document: WATER,
    quote: "We have held prices flat for four years",
    detachedQuote: "We have kept prices flat for five years",
    text: "Tri-County Water has not raised prices for five years.",
    claimant: "Elaine Marsh, chief executive, Tri-County Water",
    claimDate: "2025-09-02",
    checkworthiness: 4,
    tags: ["utilities", "prices"],
    status: "RESEARCHING",
    createdBy: "reviewer1@example.com",
    assignee: "reviewer1@example.com",
  },
  {
    document: BRIDGE,
    quote: "the final bill is closer to $160 million, nearly double",
    text: "The Calder Street bridge cost about $160 million, nearly double its $85 million budget.",
    claimant: "“Riverwatcher”, The Lantern Post",
    claimDate: "2025-11-07",
    checkworthiness: 5,
    tags: ["public spending", "infrastructure"],
    status: "RESEARCHING",
    createdBy: "editor@example.com",
    assignee: "editor@example.com",
    dueDate: "2025-11-21",
  },
  {
    document: BRIDGE,
    quote: "at least a dozen welds failed inspection and were “signed off anyway” to meet the opening date",
    text: "At least twelve welds on the Calder Street bridge failed inspection and were approved anyway.",
    claimant: "An engineer quoted by “Riverwatcher”",
    claimDate: "2025-11-07",
    checkworthiness: 5,
    tags: ["safety", "infrastructure", "anonymous source"],
    status: "IN_REVIEW",
    createdBy: "reviewer2@example.com",
    assignee: "reviewer1@example.com",
  },
  {
    // This and the next claim overlap without nesting.
    document: BRIDGE,
    quote: "the average crossing is now four minutes slower than before the bridge opened",
    text: "Crossing the river at rush hour takes four minutes longer than before the Calder Street bridge opened.",
    claimant: "“Riverwatcher”, The Lantern Post",
    claimDate: "2025-11-07",
    checkworthiness: 3,
    tags: ["transport"],
    status: "DRAFT",
    createdBy: "reviewer1@example.com",
    assignee: null,
  },
  {
    document: BRIDGE,
    quote: "four minutes slower than before the bridge opened, because the new junction on the east bank backs up onto the deck",
    text: "Queues from the new east-bank junction back up onto the Calder Street bridge and slow crossings.",
    claimant: "“Riverwatcher”, The Lantern Post",
    claimDate: "2025-11-07",
    checkworthiness: 2,
    tags: ["transport"],
    status: "DRAFT",
    createdBy: "editor@example.com",
    assignee: "reviewer2@example.com",
  },
  {
    document: BRIDGE,
    quote: "The girders were made overseas by a company that was banned from public contracts in two other states",
    text: "The Calder Street bridge girders came from a firm banned from public contracts in two other states.",
    claimant: "“Riverwatcher”, The Lantern Post",
    claimDate: "2025-11-07",
    checkworthiness: 4,
    tags: ["infrastructure", "procurement"],
    status: "APPROVED",
    createdBy: "reviewer2@example.com",
    assignee: "reviewer2@example.com",
  },
];
