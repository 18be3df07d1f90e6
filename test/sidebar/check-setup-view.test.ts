import { type ComponentChild, h, type VNode } from "preact";
import { describe, expect, it } from "vitest";
import type { CheckSetupResult, CheckStep } from "../../src/domain/api/check-setup";
import { CHECK_STEPS, scopeUrl } from "../../src/domain/setup-check/steps";
import { CheckSetupResultView } from "../../sidebar/screens/check-setup-result";
import { describeCheck } from "../../sidebar/view/check-setup";

const passed = (id: CheckStep["id"]): CheckStep => {
  const spec = CHECK_STEPS.find((s) => s.id === id)!;
  return { id, title: spec.title, status: "passed", detail: `${spec.title} worked.`, fix: null, scope: spec.scope && scopeUrl(spec.scope) };
};

const mockCheck = (overrides: Partial<Record<CheckStep["id"], Partial<CheckStep>>> = {}): CheckSetupResult => {
  const steps = CHECK_STEPS.map((spec) => ({ ...passed(spec.id), ...overrides[spec.id] }));
  return {
    passed: steps.every((step) => step.status === "passed"),
    steps,
    permissions: {
      status: steps.every((step) => step.status === "passed") ? "NOT_REQUIRED" : "REQUIRED",
      scopes: CHECK_STEPS.flatMap((spec) =>
        spec.scope ? [{ scope: scopeUrl(spec.scope), granted: overrides[spec.id]?.status !== "failed" }] : [],
      ),
    },
    checkedAt: "2026-06-01T09:00:00Z",
  };
};

const driveFailed = {
  drive: {
    status: "failed",
    detail: "The add-on may not create files (missing https://www.googleapis.com/auth/drive.file).",
    fix: "Reinstall the add-on and accept its permissions, or ask your Workspace admin to allow it.",
  },
} as const;

/** A DOM-free render: function components are called (the view uses no hooks), elements kept as a tree. */
interface Node {
  tag: string;
  props: Record<string, unknown>;
  children: (Node | string)[];
}

function render(child: ComponentChild): (Node | string)[] {
  if (child === null || child === undefined || typeof child === "boolean") return [];
  if (typeof child === "string" || typeof child === "number" || typeof child === "bigint") return [String(child)];
  if (Array.isArray(child)) return child.flatMap(render);
  const vnode = child as VNode<Record<string, unknown>>;
  const { children, ...props } = vnode.props as Record<string, unknown> & { children?: ComponentChild };
  if (typeof vnode.type === "function") return render((vnode.type as (p: unknown) => ComponentChild)(vnode.props));
  return [{ tag: String(vnode.type), props, children: render(children) }];
}

const text = (node: Node | string): string => (typeof node === "string" ? node : node.children.map(text).join(""));
const all = (nodes: (Node | string)[], test: (node: Node) => boolean): Node[] =>
  nodes.flatMap((node) => (typeof node === "string" ? [] : [...(test(node) ? [node] : []), ...all(node.children, test)]));

const view = (result: CheckSetupResult) => render(h(CheckSetupResultView, { result }));

describe("Check set-up in the sidebar", () => {
  it("sums up the run and lists failed steps first, each status in words", () => {
    const described = describeCheck(mockCheck(driveFailed));
    expect(described.headline).toBe("1 of 8 checks failed: fix it, then run Check set-up again.");
    expect(described.steps.map((step) => `${step.title}: ${step.statusLabel}`)).toEqual([
      "Drive: Failed",
      "Spreadsheet: Passed",
      "Document lock: Passed",
      "Document properties: Passed",
      "Your account: Passed",
      "Reminder trigger: Passed",
      "Escalation email: Passed",
      "Sidebar and dialogs: Passed",
    ]);
    expect(described.permissions.line).toBe(
      "Permissions: Google reports 5 of 6 granted (authorization REQUIRED). Not granted: drive.file.",
    );
  });

  it("renders headings, an ordered list of steps with their status as text, and the fix of a failed step", () => {
    const tree = view(mockCheck(driveFailed));
    expect(all(tree, (n) => n.tag === "h3").map(text)).toEqual(["Steps", "Permissions"]);
    const [list] = all(tree, (n) => n.tag === "ol");
    const items = all(list.children, (n) => n.tag === "li");
    expect(items).toHaveLength(8);
    expect(text(items[0])).toBe(
      "✗DriveFailedThe add-on may not create files (missing https://www.googleapis.com/auth/drive.file)." +
        "Fix: Reinstall the add-on and accept its permissions, or ask your Workspace admin to allow it.",
    );
    for (const item of items.slice(1)) expect(text(item)).toMatch(/Passed.* worked\.$/);
    // The icons repeat the status for sighted users only; the word is what is read out.
    for (const icon of all(tree, (n) => n.props.class === "check-step-icon")) expect(icon.props["aria-hidden"]).toBe("true");
  });

  it("announces a failure as an alert and success as a status", () => {
    const roleOf = (result: CheckSetupResult) => all(view(result), (n) => typeof n.props.role === "string")[0];
    expect(roleOf(mockCheck(driveFailed)).props.role).toBe("alert");
    const success = roleOf(mockCheck());
    expect(success.props.role).toBe("status");
    expect(text(success)).toMatch(/^✓All 8 checks passed/);
  });

  it("lists each of the manifest's scopes as granted or not granted", () => {
    const scopes = all(view(mockCheck(driveFailed)), (n) => n.tag === "ul").flatMap((ul) => all(ul.children, (n) => n.tag === "li"));
    expect(scopes.map(text)).toEqual([
      "spreadsheets.currentonly: granted",
      "drive.file: not granted",
      "userinfo.email: granted",
      "script.scriptapp: granted",
      "script.send_mail: granted",
      "script.container.ui: granted",
    ]);
  });

  it("says so when Google did not report the permissions", () => {
    const result = { ...mockCheck(), permissions: { status: null, scopes: [] } };
    const tree = view(result);
    expect(all(tree, (n) => n.props.class === "check-permissions-line").map(text)).toEqual([
      "Permissions: Google did not say which permissions the add-on has.",
    ]);
    expect(all(tree, (n) => n.tag === "ul")).toEqual([]);
  });
});
