import type { FieldSchema } from "../../emulator";
import { EXAMPLE_PLAN_SCHEMA } from "../../emulator/playground/bigquery-tables";
import type { WarehouseEstimateResult } from "../../src/domain/api/warehouse";
import type { LoadedAddOn } from "./bundle";
import { planWith } from "./plans";

/** The example plan's warehouse table, as its tests and fault sweep load it. */
export const TABLE = "acme-prod.crm.people";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export const SCHEMA: FieldSchema[] = [...EXAMPLE_PLAN_SCHEMA];

/** 2 new free users (one unsubscribed), 3 pro teams with 5+ seats (score seats*2 ≥ 10), seats_used known for 6 of 10. */
export const ROWS = [
  { person_id: "a", plan: "free", signup_date: daysAgo(3), onboarding_done: false, seats_used: null, unsubscribed: false },
  { person_id: "b", plan: "free", signup_date: daysAgo(5), onboarding_done: false, seats_used: null, unsubscribed: true },
  { person_id: "c", plan: "free", signup_date: daysAgo(90), onboarding_done: false, seats_used: null, unsubscribed: false },
  { person_id: "d", plan: "pro", signup_date: daysAgo(400), onboarding_done: true, seats_used: 5, unsubscribed: false },
  { person_id: "e", plan: "pro", signup_date: daysAgo(400), onboarding_done: true, seats_used: 8, unsubscribed: false },
  { person_id: "f", plan: "pro", signup_date: daysAgo(400), onboarding_done: true, seats_used: 12, unsubscribed: true },
  { person_id: "g", plan: "pro", signup_date: daysAgo(400), onboarding_done: true, seats_used: 2, unsubscribed: false },
  { person_id: "h", plan: "enterprise", signup_date: daysAgo(400), onboarding_done: true, seats_used: 40, unsubscribed: false },
  { person_id: "i", plan: "enterprise", signup_date: daysAgo(400), onboarding_done: true, seats_used: 1, unsubscribed: false },
  { person_id: "j", plan: "free", signup_date: daysAgo(1), onboarding_done: true, seats_used: null, unsubscribed: false },
];

/** The example plan pointed at TABLE on BigQuery, with the table loaded. */
export function warehousePlan(fields: Record<string, string | number> = {}, rows = ROWS, schema = SCHEMA): LoadedAddOn {
  const addOn = planWith((example) => {
    Object.assign(example.plan, {
      Warehouse: "bigquery",
      "Warehouse table": TABLE,
      "Person ID column": "person_id",
      "Billing project": "acme-billing",
      ...fields,
    });
  });
  addOn.emulator.bigquery.loadTable(TABLE, rows, schema);
  return addOn;
}

/** Estimate on warehouse as the sidebar calls it. */
export const estimate = (addOn: LoadedAddOn, input?: object) =>
  addOn.emulator.runAs("sidebar", () => addOn.run<WarehouseEstimateResult>("estimateOnWarehouse", input));
