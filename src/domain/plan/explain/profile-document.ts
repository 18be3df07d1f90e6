// The per-profile eligibility and suppression document (DESIGN section 5):
// who qualifies and who is left out, in plain language beside the exact
// expression, then every attribute the rules read, with its source, SLAs
// and privacy facts. One block model, rendered as Markdown (for the plan
// JSON) and HTML (converted to a Google Doc by Drive).

import { print } from "../../logic";
import type { DurationUnit, Node } from "../../logic";
import { ATTRIBUTE_TABLE_HEADER, attributeRows } from "./attribute-table";
import type { Block } from "./blocks";
import { conditionWords } from "./conditions";
import type { AttributeLookup, ProfileFacts } from "./facts";
import { capitalize, code, compact, text } from "./inline";
import type { Inline } from "./inline";
import { htmlPage, renderHtmlBody } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import { durationWords, valueWords } from "./values";
import { DURATION } from "../../schema/cell-values";

export interface ProfileDocument {
  markdown: string;
  /** A whole HTML page for this profile alone. */
  html: string;
  /** The same content without the page around it, to combine several profiles in one Google Doc. */
  body: string;
}

// Said once for the whole document rather than after every clause.
export const MISSING_VALUES_NOTE =
  "A condition on a value a person does not have is never met, so people with a missing value do not qualify " +
  "through that condition, and are not left out by it either (a rule that says “has no …” or “when missing” is the exception).";

const heading = (level: 1 | 2, content: string): Block => ({ kind: "heading", level, content: [text(content)] });
const paragraph = (...content: Inline[]): Block => ({ kind: "paragraph", content: compact(content) });

/** The rule as written in the sheet (one line), else as the add-on prints it. */
function exactText(ast: Node | null, written: string | null): string | null {
  const line = written?.replace(/\s+/g, " ").trim();
  if (line) return line;
  return ast === null ? null : print(ast);
}

function ruleBlocks(ast: Node | null, written: string | null, words: (ast: Node) => Inline[], none: string): Block[] {
  const exact = exactText(ast, written);
  if (exact === null) return [paragraph(text(none))];
  if (ast === null) {
    return [paragraph(text("This rule could not be read (see the validation findings), so it is shown as written: "), code(exact))];
  }
  return [paragraph(...words(ast), text(".")), paragraph(text("Expression: "), code(exact))];
}

function decayWords(window: string | null): string {
  const match = DURATION.exec(window?.trim() ?? "");
  if (match) return durationWords(Number(match[1]), match[2].toLowerCase() as DurationUnit);
  return window?.trim() || "";
}

/** "Persona: Founder. Lifecycle stage: onboarding." without the blank ones. */
function labelled(pairs: [string, string | null][]): string {
  return pairs
    .filter(([, value]) => value?.trim())
    .map(([label, value]) => `${label}: ${value?.trim()}.`)
    .join(" ");
}

export function profileDocument(
  profile: ProfileFacts,
  channels: string[],
  attributes: AttributeLookup,
  referenced: string[],
): ProfileDocument {
  const title = profile.name?.trim() ? `${profile.name.trim()} (${profile.profileId})` : `Profile ${profile.profileId}`;
  const condition = (ast: Node) => conditionWords(ast, attributes, false);
  const about = labelled([
    ["Persona", profile.persona],
    ["Lifecycle stage", profile.lifecycleStage],
  ]);
  const decay = decayWords(profile.decayWindow);

  const blocks: Block[] = [
    heading(1, title),
    ...(about ? [paragraph(text(about))] : []),
    heading(2, "Who qualifies"),
    ...ruleBlocks(
      profile.eligibility,
      profile.eligibilityText,
      (ast) => capitalize(compact(condition(ast))),
      "No eligibility rule is set yet.",
    ),
    heading(2, "Except"),
    ...ruleBlocks(
      profile.suppression,
      profile.suppressionText,
      (ast) => [text("People are left out when "), ...condition(ast)],
      "No suppression rule: no one who qualifies is left out.",
    ),
    heading(2, "Score"),
    ...scoreBlocks(profile, attributes),
    heading(2, "Membership"),
    paragraph(
      text(decay ? `Decay window: ${decay}. A person stays a member this long after they stop qualifying.` : "No decay window is set."),
    ),
    paragraph(
      text(
        profile.priority === null
          ? "No priority is set."
          : `Priority: ${profile.priority}. When profiles compete for the same channel, the lowest number goes first.`,
      ),
    ),
    heading(2, "Channels"),
    paragraph(text(channels.length > 0 ? `Activated on: ${channels.join(", ")}.` : "Not activated on any channel yet.")),
    heading(2, "Owner and status"),
    paragraph(text(`Owner: ${profile.owner?.trim() || "not set"}. Status: ${profile.status?.trim() || "not set"}.`)),
    heading(2, "Attributes used"),
    referenced.length > 0
      ? { kind: "table", header: ATTRIBUTE_TABLE_HEADER, rows: attributeRows(referenced, attributes) }
      : paragraph(text("The rules read no attributes.")),
  ];
  if (profile.eligibility !== null || profile.suppression !== null) {
    blocks.push(heading(2, "Missing values"), paragraph(text(MISSING_VALUES_NOTE)));
  }
  const body = renderHtmlBody(blocks);
  return { markdown: renderMarkdown(blocks), html: htmlPage(title, body), body };
}

// The threshold goes right after the score's wording, before its expression.
function scoreBlocks(profile: ProfileFacts, attributes: AttributeLookup): Block[] {
  const blocks = ruleBlocks(
    profile.score,
    profile.scoreText,
    (ast) => [text("Score: "), ...valueWords(ast, attributes)],
    "No score rule: eligibility and suppression alone decide.",
  );
  if (profile.score === null && exactText(null, profile.scoreText) === null) return blocks;
  const threshold =
    profile.scoreThreshold === null
      ? "No score threshold is set."
      : `People qualify only with a score of at least ${profile.scoreThreshold}.`;
  return [blocks[0], paragraph(text(threshold)), ...blocks.slice(1)];
}
