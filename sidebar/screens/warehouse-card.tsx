import type { MethodOutput } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { useAction } from "../state/use-action";

type Estimate = Extract<MethodOutput<"estimateOnWarehouse">, { status: "done" }>["estimate"];

const n = (value: number) => value.toLocaleString("en-US");
const UNITS = [
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "KB"],
] as const;
/** A sample table scans kilobytes, a warehouse gigabytes: each in the unit that shows it (BigQuery's decimal units). */
const size = (bytes: number) => {
  const [scale, unit] = UNITS.find(([scale]) => bytes >= scale) ?? [1, "bytes"];
  return `${(bytes / scale).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${unit}`;
};

/** The table's cells break anywhere; an Attribute ID sizes its column instead, so "seats_used" stays whole while the Typed note wraps. */
const WHOLE_WORDS = { overflowWrap: "break-word" } as const;

/**
 * Estimate on warehouse: every profile counted on the Plan's BigQuery table
 * in one scan, and each attribute's measured coverage beside the typed one.
 * A scan above the Plan's byte limit waits for the person to confirm it.
 */
export function WarehouseCard({ call }: { call: Call }) {
  const action = useAction(call, "estimateOnWarehouse");
  const value = action.value;
  const estimate = value?.status === "done" ? value.estimate : (value?.previous ?? null);
  return (
    <Card title="Estimate on warehouse">
      <p class="card-intro">Counts the audiences on the Plan's Warehouse table in BigQuery, with a dry run first. It changes no sheet.</p>
      <div>
        <Button variant="text" busy={action.busy} busyLabel="Estimating…" onClick={() => void action.run(undefined)}>
          Estimate on warehouse
        </Button>
      </div>
      {action.error && (
        <Banner kind="error" title="The estimate did not run">
          <p>{action.error}</p>
        </Banner>
      )}
      {value?.status === "confirm" && (
        <Banner kind="warning" title={`This scan would process ${size(value.bytes)}`}>
          <p>That is above the Plan's Estimate byte limit ({size(value.limitBytes)}).</p>
          <Button variant="text" busy={action.busy} busyLabel="Estimating…" onClick={() => void action.run({ confirmBytes: value.bytes })}>
            Run it anyway
          </Button>
        </Banner>
      )}
      {estimate && <EstimateView estimate={estimate} />}
    </Card>
  );
}

function EstimateView({ estimate }: { estimate: Estimate }) {
  return (
    <div>
      <p>
        {n(estimate.people)} people in {estimate.table}, {size(estimate.bytes)} scanned (job {estimate.jobId},{" "}
        {estimate.at.slice(0, 16).replace("T", " ")} UTC).
      </p>
      <table class="data-table">
        <caption>Audiences</caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col" class="num">
              Eligible
            </th>
            <th scope="col" class="num">
              Suppressed
            </th>
            <th scope="col" class="num">
              Members
            </th>
          </tr>
        </thead>
        <tbody>
          {estimate.profiles.map((p) => (
            <tr key={p.profileId}>
              <th scope="row">{p.profileId}</th>
              <td class="num">{n(p.eligible)}</td>
              <td class="num">{n(p.suppressed)}</td>
              <td class="num">{n(p.members)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {estimate.notEstimated.length > 0 && (
        <Banner
          kind="warning"
          title={`Not estimated: ${estimate.notEstimated.length === 1 ? "1 profile" : `${estimate.notEstimated.length} profiles`} whose logic does not check`}
        >
          <ul class="banner-list">
            {estimate.notEstimated.map((p) => (
              <li key={p.profileId}>
                <strong>{p.profileId}</strong>: {p.why}
              </li>
            ))}
          </ul>
          <p>Fix them on 3 Profiles and estimate again.</p>
        </Banner>
      )}
      {estimate.channels.length > 0 && (
        <table class="data-table">
          <caption>Channels, after each decision tree and holdout</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col" class="num">
                Reached
              </th>
              <th scope="col" class="num">
                Activated
              </th>
            </tr>
          </thead>
          <tbody>
            {estimate.channels.map((c) => (
              <tr key={c.channel}>
                <th scope="row">{c.channel}</th>
                <td class="num">{n(c.reached)}</td>
                <td class="num">{n(c.activated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table class="data-table">
        <caption>Coverage: measured and typed</caption>
        <thead>
          <tr>
            <th scope="col" style={WHOLE_WORDS}>
              Attribute
            </th>
            <th scope="col" class="num">
              Measured
            </th>
            <th scope="col">Typed</th>
          </tr>
        </thead>
        <tbody>
          {estimate.coverage.map((c) => {
            const gap = c.typedPct !== null && c.measuredPct !== null && c.typedPct > c.measuredPct + 5;
            return (
              <tr key={c.attributeId}>
                <th scope="row" style={WHOLE_WORDS}>
                  {c.attributeId}
                </th>
                <td class="num">{c.measuredPct === null ? "—" : `${c.measuredPct}%`}</td>
                <td>
                  {c.typedPct === null ? "—" : `${c.typedPct}%`}
                  {gap && <strong> (over by more than 5 points)</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
