import type { ValidationContext } from "../validation/context";
import { profileDocument, type AttributeFacts } from "./explain";
import { escapeHtml, htmlPage } from "./explain/render-html";

export interface ProfileDocuments {
  /** Markdown per Profile ID, stored in the plan. */
  markdown: Map<string, string>;
  /** One HTML page holding every profile's document: one Google Doc per plan, whatever the number of profiles. */
  html: string;
}

/** The eligibility + suppression document of every profile (DESIGN section 5). */
export function profileDocuments(context: ValidationContext, title: string): ProfileDocuments {
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
  const channelsOf = new Map<string, string[]>();
  for (const row of context.workbook.activations.rows) {
    const { profileId, channel } = row.values;
    if (profileId && channel) channelsOf.set(profileId, [...(channelsOf.get(profileId) ?? []), channel]);
  }
  const markdown = new Map<string, string>();
  const sections: string[] = [];
  for (const [id, logic] of context.logic) {
    const p = logic.row.values;
    const document = profileDocument(
      {
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
      },
      channelsOf.get(id) ?? [],
      facts,
      [...logic.references],
    );
    markdown.set(id, document.markdown);
    sections.push(document.body);
  }
  return { markdown, html: htmlPage(title, `<h1>${escapeHtml(title)}</h1>\n${sections.join("\n<hr>\n")}`) };
}
