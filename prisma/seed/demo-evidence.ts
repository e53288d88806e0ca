import type { TSourceType } from "@/lib/domain/evidence/source-type";
import type { TStance } from "@/lib/domain/evidence/stance";

/**
 * The demo's source library and the evidence on its claims, so a newcomer sees a fact-check under
 * way: every stance, sources of five types, one source cited by two claims, one excerpt that is
 * not in its source's archived copy ("quote not found") and one capture that failed. Everything
 * works offline: the archived copies below are stored as they are, never fetched. Written for
 * Factdesk, like the demo articles; the addresses are under .example, which never resolves.
 */

export type TDemoSnapshot =
  | { status: "OK"; fetchedAt: string; paragraphs: string[] }
  | { status: "FAILED"; fetchedAt: string; httpStatus: number | null; errorCode: "NOT_FOUND" | "NETWORK"; error: string };

export type TDemoSource = {
  key: string;
  title: string;
  type: TSourceType;
  url?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  reliabilityNote?: string;
  description?: string;
  addedBy: string;
  snapshot?: TDemoSnapshot;
};

export type TDemoEvidence = {
  /** The claim's quote, as in demo-claims.ts. */
  claimQuote: string;
  source: string;
  stance: TStance;
  excerpt: string;
  note?: string;
  addedBy: string;
};

export const DEMO_SOURCES: TDemoSource[] = [
  {
    key: "seizures",
    title: "Customs seizure register, annual summary",
    type: "OFFICIAL_RECORD",
    url: "https://customs.harborcity.example/seizures/annual-summary",
    publisher: "Harbor City Customs Office",
    publishedAt: "2025-09-30",
    reliabilityNote: "Primary record, compiled by the customs office itself; counts seizures, not smuggling attempts.",
    addedBy: "reviewer1@example.com",
    snapshot: {
      status: "OK",
      fetchedAt: "2025-10-15T09:12:00Z",
      paragraphs: [
        "This summary lists every seizure of illegal goods recorded at the Harbor City container port, by quarter.",
        "Officers recorded 212 seizures in the twelve months before the drone patrols began and 127 seizures in the twelve months after.",
        "A seizure is counted once per shipment, whatever the number of containers involved.",
        "The register does not estimate how many illegal shipments passed through undetected.",
      ],
    },
  },
  {
    key: "inspections",
    title: "Port inspections fell by a third in the drone year",
    type: "NEWS_REPORT",
    url: "https://www.portledger.example/2025/10/inspections-fell-a-third",
    publisher: "Port Ledger",
    author: "Samir Haddad",
    publishedAt: "2025-10-20",
    reliabilityNote: "Trade paper; its figures come from a records request we can see in the article.",
    addedBy: "editor@example.com",
    snapshot: {
      status: "OK",
      fetchedAt: "2025-10-21T14:40:00Z",
      paragraphs: [
        "Customs officers at Harbor City opened 41,000 containers in the year before the drones arrived and about 27,500 in the year since, according to records obtained by the Port Ledger.",
        "Fewer containers opened means fewer chances to find contraband, inspectors told the paper.",
        "The city says the drones let officers choose better which containers to open.",
      ],
    },
  },
  {
    key: "union",
    title: "Interview with the customs officers’ union representative",
    type: "INTERVIEW",
    description: "Phone interview by Priya Nair on 16 October 2025; notes and recording kept in the desk’s shared folder.",
    reliabilityNote: "Named source with an interest in staffing levels.",
    addedBy: "editor@example.com",
  },
  {
    key: "contract",
    title: "Contract HC-2023-118: aerial surveillance services",
    type: "DATASET",
    url: "https://procurement.harborcity.example/contracts/HC-2023-118",
    publisher: "Harbor City procurement portal",
    publishedAt: "2023-06-12",
    addedBy: "editor@example.com",
    snapshot: {
      status: "OK",
      fetchedAt: "2025-10-15T10:03:00Z",
      paragraphs: [
        "Contract HC-2023-118 for aerial surveillance services at the container port.",
        "Contract value: $2,940,000, covering eight aircraft, pilot training and two years of maintenance.",
        "Awarded after an open tender with three bidders.",
      ],
    },
  },
  {
    key: "press-release",
    title: "Mayor’s office press release on drone patrol results",
    type: "STATEMENT",
    url: "https://mayor.harborcity.example/press/drone-patrol-results",
    publisher: "Office of the Mayor of Harbor City",
    publishedAt: "2025-10-13",
    addedBy: "reviewer1@example.com",
    snapshot: {
      status: "FAILED",
      fetchedAt: "2025-10-15T09:20:00Z",
      httpStatus: 404,
      errorCode: "NOT_FOUND",
      error: "The page answered 404 Not Found: it may have moved or been taken down.",
    },
  },
  {
    key: "water-report",
    title: "Tri-County Water annual report 2024",
    type: "OFFICIAL_RECORD",
    url: "https://tricountywater.example/reports/annual-2024",
    publisher: "Tri-County Water",
    publishedAt: "2025-04-30",
    addedBy: "admin@example.com",
    snapshot: {
      status: "OK",
      fetchedAt: "2025-09-04T08:30:00Z",
      paragraphs: [
        "Non-revenue water stood at 24 per cent of the water treated in 2024, after 23 per cent the year before.",
        "Most of the loss comes from leaks in mains laid before 1970.",
        "Residential tariffs rose by 2.5 per cent in July 2023 to cover higher energy costs.",
      ],
    },
  },
  {
    key: "rainfall",
    title: "State rainfall records, 1925–2025",
    type: "DATASET",
    url: "https://climate.state.example/rainfall/records",
    publisher: "State Climate Office",
    reliabilityNote: "Official series; station coverage before 1950 is thin.",
    addedBy: "reviewer2@example.com",
    snapshot: {
      status: "OK",
      fetchedAt: "2025-09-05T16:10:00Z",
      paragraphs: [
        "The twelve months to June 2025 were the driest in the tri-county area since 1934.",
        "Three earlier droughts, in 1934, 1958 and 1977, brought less rain over two years than the current one has so far.",
      ],
    },
  },
];

export const DEMO_EVIDENCE: TDemoEvidence[] = [
  {
    claimQuote: "a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent",
    source: "inspections",
    stance: "REFUTES",
    excerpt: "opened 41,000 containers in the year before the drones arrived and about 27,500 in the year since",
    note: "Seizures fell about as much as inspections did: fewer seizures does not show less smuggling.",
    addedBy: "reviewer1@example.com",
  },
  {
    claimQuote: "a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent",
    source: "seizures",
    stance: "CONTEXT",
    excerpt: "The register does not estimate how many illegal shipments passed through undetected.",
    note: "The 40 per cent is the drop in seizures, not in smuggling.",
    addedBy: "reviewer1@example.com",
  },
  {
    claimQuote: "a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent",
    source: "press-release",
    stance: "SUPPORTS",
    excerpt: "cut smuggling by 40 per cent",
    note: "Where the figure comes from. The page is gone; ask the press office for a copy.",
    addedBy: "reviewer1@example.com",
  },
  {
    claimQuote: "customs officers seized 212 illegal shipments in the twelve months before the drones and 127 in the twelve months since",
    source: "seizures",
    stance: "SUPPORTS",
    excerpt: "Officers recorded 212 seizures in the twelve months before the drone patrols began and 127 seizures in the twelve months after.",
    addedBy: "reviewer1@example.com",
  },
  {
    claimQuote: "Before the drones, we were finding contraband in one container out of every 900 we opened. Now it is one in 1,500.",
    source: "union",
    stance: "CONTEXT",
    excerpt: "Officers were told to open fewer containers and to spend longer on each one.",
    note: "Explains why the hit rate per container changed.",
    addedBy: "editor@example.com",
  },
  {
    claimQuote: "the number of containers opened for inspection had fallen by roughly a third",
    source: "inspections",
    stance: "SUPPORTS",
    excerpt: "opened 41,000 containers in the year before the drones arrived and about 27,500 in the year since",
    addedBy: "editor@example.com",
  },
  {
    claimQuote: "The original contract for the eight drones cost $2.9 million",
    source: "contract",
    stance: "SUPPORTS",
    // Paraphrased, not copied: the archived contract page does not say this, so it is flagged.
    excerpt: "The contract for the eight drones was worth $2.9 million.",
    note: "Rounded from $2,940,000; the price includes two years of maintenance.",
    addedBy: "editor@example.com",
  },
  {
    claimQuote: "24 per cent of the water it treated never reached a customer",
    source: "water-report",
    stance: "SUPPORTS",
    excerpt: "Non-revenue water stood at 24 per cent of the water treated in 2024",
    addedBy: "admin@example.com",
  },
  {
    claimQuote: "We have held prices flat for four years",
    source: "water-report",
    stance: "REFUTES",
    excerpt: "Residential tariffs rose by 2.5 per cent in July 2023",
    addedBy: "admin@example.com",
  },
  {
    claimQuote: "the worst drought in a century",
    source: "rainfall",
    stance: "REFUTES",
    excerpt: "Three earlier droughts, in 1934, 1958 and 1977, brought less rain over two years than the current one has so far.",
    addedBy: "reviewer2@example.com",
  },
];
