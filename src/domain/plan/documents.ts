import type { ValidationContext } from "../validation/context";
import { profileDocument, type AttributeFacts } from "./explain";
import type { ProfileFacts } from "./explain/facts";
import { escapeHtml, htmlPage } from "./explain/render-html";
import { shortHash } from "./short-hash";
import { addTo } from "../group-into";

/**
 * Bumped when the wording or layout of a document changes, so documents
 * rendered by an older add-on are never reused as if current.
 */
const RENDERING = "documents-1";

/** What the last export rendered: each profile's input fingerprint and its Markdown. */
export interface DocumentReuse {
  fingerprints: ReadonlyMap<string, string>;
  markdown: ReadonlyMap<string, string>;
}

export interface ProfileDocuments {
  /** Markdown per Profile ID, stored in the plan. */
  markdown: Map<string, string>;
  /** Per Profile ID, a short fingerprint of everything its document is made from. */
  fingerprints: Map<string, string>;
  /** Everything the combined Doc is made from, in full: equal inputs make an equal Doc. */
  inputs: string;
  /** One HTML page holding every profile's document: one Google Doc per plan, rendered only when asked for. */
  html: () => string;
  /** Profiles rendered so far (the others' Markdown came from `reuse`). */
  rendered: () => number;
}

/**
 * The eligibility + suppression document of every profile (DESIGN section 5).
 * A profile whose inputs (its fields, channels and referenced attributes)
 * match `reuse` keeps the Markdown rendered last time; the HTML of the Doc is
 * rendered only when `html()` is called, i.e. when the Doc must be rewritten.
 */
export function profileDocuments(context: ValidationContext, title: string, reuse?: DocumentReuse): ProfileDocuments {
  const facts = attributeFacts(context);
  const channelsOf = new Map<string, string[]>();
  for (const row of context.workbook.activations.rows) {
    const { profileId, channel } = row.values;
    if (profileId && channel) addTo(channelsOf, profileId, channel);
  }
  const inputs = new Map<string, { profile: ProfileFacts; channels: string[]; referenced: string[] }>();
  const markdown = new Map<string, string>();
  const fingerprints = new Map<string, string>();
  const bodies = new Map<string, string>();
  const keys: string[] = [RENDERING, title];
  const render = (id: string) => {
    const input = inputs.get(id)!;
    const document = profileDocument(input.profile, input.channels, facts, input.referenced);
    markdown.set(id, document.markdown);
    bodies.set(id, document.body);
    return document.body;
  };
  for (const [id, logic] of context.logic) {
    const p = logic.row.values;
    const profile: ProfileFacts = {
      profileId: id,
      name: p.name ?? null,
      persona: p.persona ?? null,
      lifecycleStage: p.lifecycleStage ?? null,
      eligibility: logic.eligibility ?? null,
      suppression: logic.suppression ?? null,
      score: logic.score ?? null,
      scoreThreshold: p.scoreThreshold ?? null,
      decayWindow: p.decayWindow ?? null,
      priority: p.priority ?? null,
      owner: p.owner ?? null,
      status: p.status ?? null,
      eligibilityText: p.eligibility ?? null,
      suppressionText: p.suppression ?? null,
      scoreText: p.score ?? null,
    };
    const referenced = [...logic.references];
    const channels = channelsOf.get(id) ?? [];
    inputs.set(id, { profile, channels, referenced });
    // The rules' trees follow from their text; whether each could be read is kept beside it.
    const key = JSON.stringify([
      RENDERING,
      { ...profile, eligibility: profile.eligibility !== null, suppression: profile.suppression !== null, score: profile.score !== null },
      channels,
      referenced.map((attribute) => facts.get(attribute) ?? attribute),
    ]);
    keys.push(key);
    const fingerprint = shortHash(key);
    fingerprints.set(id, fingerprint);
    const kept = reuse?.fingerprints.get(id) === fingerprint ? reuse.markdown.get(id) : undefined;
    if (kept === undefined) render(id);
    else markdown.set(id, kept);
  }
  const html = () => {
    const sections = [...inputs.keys()].map((id) => bodies.get(id) ?? render(id));
    return htmlPage(title, `<h1>${escapeHtml(title)}</h1>\n${sections.join("\n<hr>\n")}`);
  };
  return { markdown, fingerprints, inputs: keys.join("\n"), html, rendered: () => bodies.size };
}

function attributeFacts(context: ValidationContext): Map<string, AttributeFacts> {
  const facts = new Map<string, AttributeFacts>();
  for (const [id, row] of context.attributes) {
    const a = row.values;
    facts.set(id, {
      id,
      displayName: a.displayName ?? null,
      type: a.type ?? "unknown",
      sourceSystem: a.sourceSystem ?? null,
      sourceField: a.sourceField ?? null,
      refreshCadence: a.refreshCadence ?? null,
      freshnessSlaHours: a.freshnessSlaHours ?? null,
      coveragePct: a.coveragePct ?? null,
      coverageSlaPct: a.coverageSlaPct ?? null,
      consentPurposes: a.consentPurposes ?? [],
      sensitivity: a.sensitivity ?? null,
      privacyNotes: a.privacyNotes ?? null,
      owner: a.owner ?? null,
      usageLabels: a.usageLabels ?? [],
    });
  }
  return facts;
}
