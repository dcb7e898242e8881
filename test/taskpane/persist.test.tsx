/**
 * @jest-environment jsdom
 */
/**
 * usePersistentState: restored once from the workbook's settings, saved a moment after changes.
 * The hook's own tests run on jest's fake clock, so "a moment" is the delay given, exactly.
 */
import { act, renderHook, screen, waitFor } from "@testing-library/react";
import type { SalesPlanActions } from "../../src/taskpane/actions";
import { usePersistentState } from "../../src/taskpane/wizards/persist";
import { TargetsWizard } from "../../src/taskpane/wizards/TargetsWizard";
import { restoreOneOf, restoreRecord } from "../../src/kernel/restore";
import { fakeActions } from "./fakeActions";
import { choose, renderWithStrings, type, openMapping } from "./render";

jest.setTimeout(30000);

interface Form {
  readonly basis: "history" | "equal";
  readonly target: string;
  readonly added: boolean;
}
const initial: Form = { basis: "history", target: "", added: true };
const restore = restoreRecord<Form>({ basis: restoreOneOf(["history", "equal"]) });

/** The real actions over an in-memory Excel, counting what reaches the workbook. */
function setup(overrides: Partial<SalesPlanActions> = {}) {
  const { actions, excel } = fakeActions(overrides, () => undefined);
  const saves: unknown[] = [];
  const loads: string[] = [];
  const counted: SalesPlanActions = {
    ...actions,
    loadChoices: (name) => {
      loads.push(name);
      return actions.loadChoices(name);
    },
    saveChoices: (name, value) => {
      saves.push(value);
      return actions.saveChoices(name, value);
    },
  };
  return { actions: counted, excel, saves, loads };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

/** Let `ms` pass on the fake clock inside act, so the hook's own updates are flushed. */
const pause = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

const stored = (excel: ReturnType<typeof setup>["excel"], key = "SalesPlan.test.form"): unknown => {
  const text = excel.workbook.settings.get(key);
  return text === undefined
    ? undefined
    : (JSON.parse(JSON.parse(text) as string) as { value: unknown }).value;
};

test("restores what the workbook holds once, filling missing and bad fields from the initial form", async () => {
  const { actions, excel, loads, saves } = setup();
  excel.workbook.settings.set(
    "SalesPlan.test.form",
    JSON.stringify(
      JSON.stringify({ v: 1, value: { basis: "equal", target: "7,000,000", added: "no", old: 1 } }),
    ),
  );
  const { result, rerender } = renderHook(() => usePersistentState(actions, "test.form", initial, restore));
  expect(result.current[0]).toEqual(initial);
  await waitFor(() => expect(result.current[0].target).toBe("7,000,000"));
  expect(result.current[0]).toEqual({ basis: "equal", target: "7,000,000", added: true });
  rerender();
  await pause(50);
  expect(loads).toEqual(["test.form"]);
  // restoring is no change of the user's: nothing written back
  expect(saves).toEqual([]);
});

test("saves once a moment after a burst of changes, and nothing before the user changes something", async () => {
  const { actions, excel, saves } = setup();
  const { result } = renderHook(() =>
    usePersistentState(actions, "test.form", initial, restore, { delayMs: 30 }),
  );
  await pause(60);
  expect(saves).toEqual([]);
  for (const t of ["1", "12", "120"]) act(() => result.current[1]((f) => ({ ...f, target: t })));
  await pause(29);
  expect(saves).toEqual([]);
  await pause(1);
  expect(saves).toHaveLength(1);
  expect(stored(excel)).toEqual({ basis: "history", target: "120", added: true });
  // back to what is saved: nothing to write
  act(() => result.current[1]((f) => ({ ...f, target: "12" })));
  act(() => result.current[1]((f) => ({ ...f, target: "120" })));
  await pause(80);
  expect(saves).toHaveLength(1);
});

test("closing the wizard saves what is still waiting", async () => {
  const { actions, excel } = setup();
  const { result, unmount } = renderHook(() =>
    usePersistentState(actions, "test.form", initial, restore, { delayMs: 60000 }),
  );
  await pause(20);
  act(() => result.current[1]((f) => ({ ...f, basis: "equal" })));
  unmount();
  await waitFor(() => expect(stored(excel)).toEqual({ basis: "equal", target: "", added: true }));
});

test("toSaved leaves out what is not to be kept", async () => {
  const { actions, excel } = setup();
  const { result } = renderHook(() =>
    usePersistentState(actions, "test.form", initial, restore, {
      delayMs: 10,
      toSaved: ({ target }) => ({ target }),
    }),
  );
  await pause(20);
  act(() => result.current[1]((f) => ({ ...f, target: "5" })));
  await waitFor(() => expect(stored(excel)).toEqual({ target: "5" }));
});

test("damaged or foreign settings are ignored: the initial form stays", async () => {
  for (const text of [
    "not json",
    JSON.stringify("{"),
    JSON.stringify('{"v":2,"value":{"target":"9"}}'),
    "42",
  ]) {
    const { actions, excel } = setup();
    excel.workbook.settings.set("SalesPlan.test.form", text);
    const { result } = renderHook(() => usePersistentState(actions, "test.form", initial, restore));
    await pause(30);
    expect(result.current[0]).toEqual(initial);
  }
});

test("a workbook that refuses to read or write leaves the state working and throws nothing", async () => {
  const refuse = () => Promise.reject(new Error("settings are not supported"));
  const { actions, saves } = setup({ loadChoices: refuse, saveChoices: refuse });
  const restoreThatThrows = (): Form => {
    throw new Error("never called: nothing loaded");
  };
  const { result } = renderHook(() =>
    usePersistentState(actions, "test.form", initial, restoreThatThrows, { delayMs: 5 }),
  );
  await pause(20);
  act(() => result.current[1]((f) => ({ ...f, target: "3" })));
  expect(result.current[0].target).toBe("3");
  await waitFor(() => expect(saves).toHaveLength(1));
  act(() => result.current[1]((f) => ({ ...f, target: "4" })));
  await waitFor(() => expect(saves).toHaveLength(2));
  expect(result.current[0].target).toBe("4");
});

test("a restore that throws keeps the current value", async () => {
  const { actions, excel } = setup();
  excel.workbook.settings.set("SalesPlan.test.form", JSON.stringify(JSON.stringify({ v: 1, value: {} })));
  const { result } = renderHook(() =>
    usePersistentState(actions, "test.form", initial, () => {
      throw new Error("bad restore");
    }),
  );
  await pause(30);
  expect(result.current[0]).toBe(initial);
});

test("the targets wizard reopened over the same workbook shows the choices made before", async () => {
  // The whole wizard over the real actions: nothing here waits on the clock.
  jest.useRealTimers();
  const { actions, excel } = fakeActions();
  const first = renderWithStrings(<TargetsWizard actions={actions} />);
  await screen.findByText("Reps ✓ 6 rows");
  openMapping("Reps");
  await choose("Map LastYearSales of Reps", "Sales LY");
  await screen.findByText(/LastYearSales \(Sales LY\)/);
  type("Company target", "7,000,000");
  type("Fiscal year", "2027");
  // Closing the wizard (another tab) saves what is still waiting.
  first.unmount();
  await waitFor(() =>
    expect(stored(excel, "SalesPlan.targets.form")).toMatchObject({ companyTarget: "7,000,000" }),
  );
  await waitFor(() =>
    expect(stored(excel, "SalesPlan.targets.mappings")).toEqual({ Reps: { LastYearSales: "Sales LY" } }),
  );

  renderWithStrings(<TargetsWizard actions={actions} />);
  await waitFor(() =>
    expect((screen.getByRole("textbox", { name: "Company target" }) as HTMLInputElement).value).toBe(
      "7,000,000",
    ),
  );
  expect((screen.getByRole("textbox", { name: "Fiscal year" }) as HTMLInputElement).value).toBe("2027");
  await screen.findByText("Reps ✓ 6 rows");
  openMapping("Reps");
  await screen.findByText(/LastYearSales \(Sales LY\)/);
});
