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
}

/** Findings with their clickable cells, and the reason a cell could not be selected. */
export function FindingsCard({ title, findings, sheetOrder, cells }: FindingsCardProps) {
  return (
    <Card title={title}>
      {cells.error && (
        <Banner kind="error">
          <p>{cells.error}</p>
        </Banner>
      )}
      <FindingsList findings={findings} sheetOrder={sheetOrder} onSelect={cells.select} />
    </Card>
  );
}
