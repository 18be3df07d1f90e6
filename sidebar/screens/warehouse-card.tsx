import type { MethodOutput } from "../../src/domain/api/contract";
import type { Call } from "../api/client";
import { Banner } from "../components/banner";
import { Button } from "../components/button";
import { Card } from "../components/card";
import { useAction } from "../state/use-action";

type Estimate = Extract<MethodOutput<"estimateOnWarehouse">, { status: "done" }>["estimate"];

const n = (value: number) => value.toLocaleString("en-US");
const gb = (bytes: number) => `${(bytes / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 })} GB`;

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
        <Banner kind="warning" title={`This scan would process ${gb(value.bytes)}`}>
          <p>That is above the Plan's Estimate byte limit ({gb(value.limitBytes)}).</p>
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
        {n(estimate.people)} people in {estimate.table}, {gb(estimate.bytes)} scanned (job {estimate.jobId},{" "}
        {estimate.at.slice(0, 16).replace("T", " ")} UTC).
      </p>
      <table class="data-table">
        <caption>Audiences</caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col">Eligible</th>
            <th scope="col">Suppressed</th>
            <th scope="col">Members</th>
          </tr>
        </thead>
        <tbody>
          {estimate.profiles.map((p) => (
            <tr key={p.profileId}>
              <th scope="row">{p.profileId}</th>
              <td>{n(p.eligible)}</td>
              <td>{n(p.suppressed)}</td>
              <td>{n(p.members)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="data-table">
        <caption>Coverage: measured and typed</caption>
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Measured</th>
            <th scope="col">Typed</th>
          </tr>
        </thead>
        <tbody>
          {estimate.coverage.map((c) => {
            const gap = c.typedPct !== null && c.measuredPct !== null && c.typedPct > c.measuredPct + 5;
            return (
              <tr key={c.attributeId}>
                <th scope="row">{c.attributeId}</th>
                <td>{c.measuredPct === null ? "—" : `${c.measuredPct}%`}</td>
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
