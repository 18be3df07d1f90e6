/** A readable, unique-enough plan ID: the initiative's slug and 4 random hex digits (plg-onboarding-7f3a). */
export function makePlanId(initiative: string, randomHex: string): string {
  const slug = initiative
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32)
    .replace(/-+$/, "");
  const suffix = randomHex
    .toLowerCase()
    .replace(/[^0-9a-f]/g, "")
    .slice(0, 4)
    .padEnd(4, "0");
  return `${slug || "plan"}-${suffix}`;
}
