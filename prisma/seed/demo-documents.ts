/**
 * Three demo articles written fresh for Factdesk, in the manner of the news reports and blog
 * posts fact-checkers work on: claims with numbers, named and anonymous sources, quotes.
 * Places, people and organisations are invented; nothing is copied from the corpus.
 * `body` is plain text with blank lines between paragraphs (imported like a paste).
 */
export type TDemoDocument = {
  title: string;
  publisher: string;
  author: string;
  publishedAt: string;
  sourceUrl: string;
  /** Who imported it (an email of DEMO_USERS). */
  importedBy: string;
  body: string;
};

export const DEMO_DOCUMENTS: TDemoDocument[] = [
  {
    title: "Harbor City Says Drone Patrols Cut Port Smuggling by 40%",
    publisher: "Harbor City Ledger",
    author: "Dana Whitcombe",
    publishedAt: "2025-10-14",
    sourceUrl: "https://ledger.example.com/2025/10/drone-patrols-port-smuggling",
    importedBy: "editor@example.com",
    body: `Harbor City Says Drone Patrols Cut Port Smuggling by 40%

City officials said on Monday that a year-old programme of surveillance drones over the container port has cut smuggling by 40 per cent, and asked the council for $6.2 million to double the fleet.

“The numbers speak for themselves,” Deputy Mayor Lucía Ferreira told reporters at the harbour master’s office. “Before the drones, we were finding contraband in one container out of every 900 we opened. Now it is one in 1,500.”

The programme began in September 2024 with eight drones flying fixed routes over the southern terminals. According to the port authority’s annual report, customs officers seized 212 illegal shipments in the twelve months before the drones and 127 in the twelve months since.

Critics say the figures prove less than the city claims. Seizures can fall because less is being smuggled, or because less is being found, said Marcus Oyelaran, who teaches criminology at Eastbrook University and has studied the port for a decade. “A drop in seizures is exactly what you would also see if the smugglers simply moved to the northern terminals, which the drones don’t cover,” he said.

Two customs officers, who spoke on condition of anonymity because they are not authorised to talk to the press, said the number of containers opened for inspection had fallen by roughly a third over the same period, after the port moved staff to a new scanning hall.

The port authority did not respond to questions about inspection numbers.

The council’s budget committee will consider the request on 3 November. Councillor Ray Dunmore, who chairs the committee, said he would want to see “an independent evaluation, not a press release” before approving any new spending. The original contract for the eight drones cost $2.9 million, according to city procurement records.

Ferreira said the city had no plans to fly drones over residential areas near the port, a concern raised by residents at a public meeting in August. “This is about cargo, not about people,” she said.`,
  },
  {
    title: "Water Utility Blames Drought for 30% Bill Rise",
    publisher: "Westbridge Courier",
    author: "Tomasz Kowalczyk",
    publishedAt: "2025-09-02",
    sourceUrl: "https://courier.example.org/news/water-bills-drought",
    importedBy: "admin@example.com",
    body: `Water Utility Blames Drought for 30% Bill Rise

Households served by Tri-County Water will pay about 30 per cent more from January, the utility announced on Tuesday, blaming “the worst drought in a century” for the increase.

The average family bill will rise from $61 to $79 a month, according to the utility’s filing with the state regulator. Chief executive Elaine Marsh said the company had been forced to buy water from neighbouring districts at “three times the usual price” after its two reservoirs fell to 38 per cent of capacity in July.

“We have held prices flat for four years,” Marsh said in a statement. “No one wants to raise bills, but the alternative is running out of water.”

The utility’s own figures tell a more complicated story. Its 2024 annual report shows that 24 per cent of the water it treated never reached a customer, lost instead to leaks in ageing pipes. The state average is 15 per cent. Repairing the worst sections of the network, the report estimated, would cost $140 million over ten years.

Rainfall records from the state climate office show that the past two years were the driest since 1976, not the driest in a century. The 1950s drought, which lasted five years, was more severe by every measure the office publishes.

Bill increases were last approved in 2021, not four years ago, according to the regulator’s public register, when prices rose by 6 per cent.

Consumer advocate Priyanka Shah of the Westbridge Ratepayers’ Alliance said customers were “being asked to pay twice: once for water that leaks away, and again for the water bought to replace it.” The alliance has asked the regulator to hold a public hearing.

A spokesperson for the regulator said the filing would be reviewed “in the usual way” and that a decision was expected by mid-December.`,
  },
  {
    title: "What They Aren’t Telling You About the New Bridge",
    publisher: "The Lantern Post (blog)",
    author: "“Riverwatcher”",
    publishedAt: "2025-11-07",
    sourceUrl: "https://lanternpost.example.net/2025/11/bridge-truth",
    importedBy: "editor@example.com",
    body: `What They Aren’t Telling You About the New Bridge

Everyone in Harbor City has heard the official line: the new Calder Street bridge opened on time, on budget, and will last a hundred years. Almost none of that is true, and the people in charge know it.

Start with the money. The bridge was sold to voters in 2019 as an $85 million project. Sources inside the transport department tell me the final bill is closer to $160 million, nearly double, and that the extra cost was hidden by splitting the work into separate contracts so no single one needed council approval.

Then there is the steel. The girders were made overseas by a company that was banned from public contracts in two other states. An engineer who worked on the site told me that at least a dozen welds failed inspection and were “signed off anyway” to meet the opening date.

And the traffic? The city promised the bridge would cut rush-hour journeys across the river by 20 minutes. My own timing, done every weekday for three weeks with a stopwatch, shows the average crossing is now four minutes slower than before the bridge opened, because the new junction on the east bank backs up onto the deck.

Mayor Gordon Pike has refused to release the inspection reports. When I asked his office, a spokesperson said the reports were “commercially sensitive”. What exactly is sensitive about whether a bridge is safe?

I am not an engineer. But I know that when a city spends twice what it promised and won’t show its homework, something is wrong. Share this post. Ask your councillor to demand the inspection reports. Our families drive over that bridge every day.

UPDATE: Several readers have written to say a second bridge, on Mill Road, was closed last spring for “emergency repairs” that were never explained. I am looking into it.`,
  },
];
