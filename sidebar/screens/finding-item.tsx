import { useEffect, useRef } from "preact/hooks";
import type { Finding } from "../api/types";
import { Spinner } from "../components/spinner";
import { caretColumn, findingPlace, splitMessage } from "../view/findings";

export interface FindingItemProps {
  finding: Finding;
  /** Where the cell was selected ("B3"), once it has been. */
  selectedA1: string | null;
  selecting: boolean;
  onSelect: () => void;
}

/**
 * One finding as a button that selects its cell. The expression and caret
 * lines of a logic finding stay monospace with their spaces, or the caret
 * would point at the wrong character; they sit beside the button, not in
 * it, so a long expression can scroll and be reached by keyboard.
 */
export function FindingItem({ finding, selectedA1, selecting, onSelect }: FindingItemProps) {
  const { text, code } = splitMessage(finding.message);
  const expression = useRef<HTMLPreElement>(null);
  // A long expression scrolls sideways: start with the caret in view, not the first characters.
  useEffect(() => {
    const pre = expression.current;
    const column = code === null ? null : caretColumn(code);
    if (!pre || column === null || pre.scrollWidth <= pre.clientWidth) return;
    const longest = Math.max(...code!.split("\n").map((line) => line.length));
    pre.scrollLeft = Math.max(0, (column / longest) * pre.scrollWidth - pre.clientWidth / 2);
  }, [code]);
  return (
    <li class={`finding-item finding-item--${finding.severity}`}>
      <button
        type="button"
        class={`finding finding--${finding.severity}`}
        aria-disabled={selecting || undefined}
        onClick={() => !selecting && onSelect()}
      >
        <span class="finding-head">
          <span class="finding-code">{finding.code}</span>
          <span class="finding-place">{findingPlace(finding)}</span>
          {selecting && <Spinner label="Selecting the cell…" inline />}
        </span>
        <span class="finding-text">{text}</span>
        {selectedA1 && (
          <span class="finding-selected">
            Selected {selectedA1} in {finding.sheet}
          </span>
        )}
      </button>
      {code !== null && (
        <pre class="finding-expr" ref={expression} tabIndex={0} aria-label={`Expression of ${finding.code} at ${findingPlace(finding)}`}>
          {code}
        </pre>
      )}
    </li>
  );
}
