const dateFmt = new Intl.DateTimeFormat("en", { year: "numeric", month: "short", day: "numeric" });

/** Takes a Date or the ISO string a DTO carries. */
export function formatDate(d: Date | string): string {
  return dateFmt.format(new Date(d));
}

/** "just now", "5 minutes ago", "3 days ago"; past a month, the date. */
export function timeAgo(d: Date | string, now = new Date()): string {
  const s = Math.round((now.getTime() - new Date(d).getTime()) / 1000);
  if (s < 60) return "just now";
  const units: [number, string][] = [
    [60, "minute"],
    [3600, "hour"],
    [86400, "day"],
  ];
  for (let i = units.length - 1; i >= 0; i--) {
    const [size, name] = units[i]!;
    if (s >= size && s < 30 * 86400) {
      const n = Math.floor(s / size);
      return `${n} ${name}${n === 1 ? "" : "s"} ago`;
    }
  }
  return `on ${formatDate(d)}`;
}
