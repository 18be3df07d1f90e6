import { useState } from "preact/hooks";
import type { Finding } from "../api/types";
import type { Call } from "../api/client";

/** Selecting a finding's cell in the spreadsheet; the error (if any) is shown by the screen that asked. */
export function useSelectCell(call: Call, onSelected?: (sheet: string) => void) {
  const [error, setError] = useState<string | null>(null);
  const select = async (finding: Finding): Promise<string | null> => {
    setError(null);
    const result = await call("selectCell", { sheet: finding.sheet, row: finding.row, column: finding.column });
    if (!result.ok) {
      setError(`${finding.sheet} row ${finding.row} could not be selected: ${result.message}`);
      return null;
    }
    onSelected?.(finding.sheet);
    return result.value.a1;
  };
  return { select, error };
}
