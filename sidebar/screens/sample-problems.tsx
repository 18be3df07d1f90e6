import type { PreviewReport } from "../../src/domain/api/insight";
import { Banner } from "../components/banner";

/** Sample rows the preview could not read, and attribute columns the Sample data sheet lacks. */
export function SampleProblems({ report }: { report: Pick<PreviewReport, "problems" | "problemCount" | "missingColumns"> }) {
  return (
    <>
      {report.missingColumns.length > 0 && (
        <Banner kind="warning" title="Missing columns">
          <p>Sample data has no column for {report.missingColumns.join(", ")}. Add them to its first row and preview again.</p>
        </Banner>
      )}
      {report.problemCount > 0 && (
        <Banner
          kind="warning"
          title={report.problemCount === 1 ? "1 sample value could not be read" : `${report.problemCount} sample values could not be read`}
        >
          <ul class="banner-list">
            {report.problems.map((problem, index) => (
              <li key={`${problem.row}-${problem.column}-${index}`}>
                Row {problem.row}, {problem.column}: {problem.message}
              </li>
            ))}
          </ul>
          {report.problemCount > report.problems.length && <p>The first {report.problems.length} are listed.</p>}
        </Banner>
      )}
    </>
  );
}
