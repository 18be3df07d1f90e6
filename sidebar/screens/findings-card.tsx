import type { Finding } from "../api/types";
import { Banner } from "../components/banner";
import { Card } from "../components/card";
import { FindingsList } from "./findings-list";

export interface FindingsCardProps {
  title: string;
  findings: readonly Finding[];
  sheetOrder: readonly string[];
  /** From useSelectCell: selects a finding's cell, and why that failed, if it did. */
  cells: { select: (finding: Finding) => Promise<string | null>; error: string | null };
  /** Findings marked on the sheets but not sent to the sidebar. */
  omitted?: number;
}

/** Findings with their clickable cells, and the reason a cell could not be selected. */
export function FindingsCard({ title, findings, sheetOrder, cells, omitted = 0 }: FindingsCardProps) {
  return (
    <Card title={title}>
      {cells.error && (
        <Banner kind="error">
          <p>{cells.error}</p>
        </Banner>
      )}
      <FindingsList findings={findings} sheetOrder={sheetOrder} onSelect={cells.select} />
      {omitted > 0 && (
        <p class="card-intro">
          {omitted} more {omitted === 1 ? "finding is" : "findings are"} marked on the sheets (a note and a colour on each cell); fix these
          first and validate again to list them.
        </p>
      )}
    </Card>
  );
}
