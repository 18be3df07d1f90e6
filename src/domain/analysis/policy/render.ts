// The policy table as Markdown, for the README: generated from the data so
// the documentation cannot drift from what validation enforces.

import { CHANNELS, USAGE_LABELS } from "../../schema/vocabulary";
import { USAGE_POLICY } from "./policy-table";
import { policyViolations } from "./violations";

export function renderPolicyMarkdown(): string {
  const actions = [
    "| Channel | Marketing actions | First-party |",
    "| --- | --- | --- |",
    ...CHANNELS.map(
      (channel) =>
        `| ${channel} | ${USAGE_POLICY.channelActions[channel].join(", ")} | ${USAGE_POLICY.firstPartyChannels.includes(channel) ? "yes" : "no"} |`,
    ),
  ];
  const labels = USAGE_LABELS.filter((label) => USAGE_POLICY.labels[label]);
  const matrix = [
    `| Label | Rule | ${CHANNELS.join(" | ")} |`,
    `| --- | --- | ${CHANNELS.map(() => "---").join(" | ")} |`,
    ...labels.map((label) => {
      const cells = CHANNELS.map((channel) => (policyViolations([label], channel).length > 0 ? "blocked" : "allowed"));
      return `| ${label} | ${USAGE_POLICY.labels[label]?.rule} | ${cells.join(" | ")} |`;
    }),
  ];
  const others = USAGE_LABELS.filter((label) => !USAGE_POLICY.labels[label]);
  return [...actions, "", ...matrix, "", `Labels without a default rule (allowed everywhere): ${others.join(", ")}.`].join("\n");
}
