import type { PreviewReport } from "../../src/domain/api/insight";
import { heatColours, overlapMax } from "../view/preview";

/**
 * The overlap matrix as a heat map that is still a table: every cell prints
 * its count, colour only adds intensity. Columns are numbered to fit 300 px;
 * each number's profile is in the row headers and in the header's hidden text.
 */
export function OverlapHeatmap({ overlap }: { overlap: PreviewReport["overlap"] }) {
  const max = overlapMax(overlap.counts);
  return (
    <table class="heatmap">
      <caption>People in both profiles (row and column). Darker cells overlap more; the grey diagonal is each profile's own size.</caption>
      <thead>
        <tr>
          <td />
          {overlap.profileIds.map((id, j) => (
            <th scope="col" key={id}>
              <span aria-hidden="true">{j + 1}</span>
              <span class="visually-hidden">{id}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {overlap.profileIds.map((id, i) => (
          <tr key={id}>
            <th scope="row">
              <span aria-hidden="true">{i + 1} </span>
              <span class="mono">{id}</span>
            </th>
            {overlap.counts[i].map((count, j) => {
              if (i === j)
                return (
                  <td key={j} class="heat heat--self">
                    {count}
                  </td>
                );
              const colours = heatColours(count, max);
              return (
                <td key={j} class="heat" style={{ background: colours.background, color: colours.color }}>
                  {count}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
