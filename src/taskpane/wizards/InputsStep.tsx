/**
 * The input tables step, one line per table ("Reps ✓ 6 rows · Edit mapping"). A table's details
 * (where it was found, what matched, a dropdown per unmatched column the wizard uses) open by
 * themselves only when the table or a required column is missing; otherwise on "Edit mapping".
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import { TABLE_KEY, type InputName, type Mappings } from "../../jobs";
import type { Strings } from "../i18n";
import type { InputReport, SalesPlanActions } from "../actions";
import { fill, pick, plural, useStrings } from "../i18n";
import { ErrorBar, NotMappedOr, Section } from "./fields";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";

/** "1 row", "6 rows" (zh: "6 行"). */
export function rowsText(count: number, strings: Strings): string {
  return count === 1 ? strings.rowsOne : fill(strings.rowsMany, { count });
}

/** The required columns a found table lacks. */
function missingRequired(report: InputReport): string[] {
  return report.columns.filter((c) => c.required && c.header === null).map((c) => c.key);
}

/** The table's one line: found with its rows, missing columns, or not found. */
export function inputLine(report: InputReport, optional: boolean, strings: Strings): string {
  if (!report.found)
    return fill(optional ? strings.inputNotFoundOptional : strings.inputNotFound, { name: report.name });
  if (report.fromDeals)
    return fill(strings.inputFromDeals, { name: report.name, rows: rowsText(report.rowCount, strings) });
  const missing = missingRequired(report);
  return missing.length > 0
    ? fill(strings.inputColumnsMissing, { name: report.name, list: missing.join(strings.listSeparator) })
    : fill(strings.inputFound, { name: report.name, rows: rowsText(report.rowCount, strings) });
}

export function InputsStep({
  actions,
  names,
  optional = [],
  uses = {},
  mappings,
  onMappings,
  onReports,
}: {
  actions: SalesPlanActions;
  names: readonly InputName[];
  optional?: readonly InputName[];
  /** The columns of each table the wizard reads (required ones are always offered); absent: all. */
  uses?: Partial<Record<InputName, readonly string[]>>;
  mappings: Mappings;
  onMappings: (mappings: Mappings) => void;
  onReports?: (reports: InputReport[]) => void;
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const task = useTask<InputReport[]>();
  const key = names.join(",");
  const { run } = task;
  const reload = React.useCallback(
    () =>
      run(async () => {
        const reports = await actions.inspectInputs(names, mappings);
        onReports?.(reports);
        return reports;
      }),
    // `names` is compared by its joined key: callers pass a fresh array each render.
    [actions, key, mappings, run, onReports],
  );
  React.useEffect(() => {
    void reload();
  }, [reload]);
  // Opened or closed by the user; otherwise open only when something required is missing.
  const [toggled, setToggled] = React.useState<Partial<Record<InputName, boolean>>>({});
  const isOpen = (report: InputReport) =>
    toggled[report.name] ??
    ((!report.found && !optional.includes(report.name)) || missingRequired(report).length > 0);
  const offered = (report: InputReport, key: string, required: boolean) =>
    required || (uses[report.name]?.includes(key) ?? true);
  const pickTable = (table: InputName, chosen: string) =>
    // Another table has other headers: its column mappings start afresh.
    onMappings({ ...mappings, [table]: chosen === "" ? {} : { [TABLE_KEY]: chosen } });
  const map = (table: InputName, column: string, header: string) => {
    const next = { ...(mappings[table] ?? {}) } as Record<string, string | number>;
    if (header === "") delete next[column];
    else next[column] = header;
    onMappings({ ...mappings, [table]: next });
  };
  const reports = task.value ?? [];
  const missing = reports.some(
    (r) => (!r.found && !optional.includes(r.name)) || missingRequired(r).length > 0,
  );
  return (
    <Section
      title={strings.stepInputs}
      step="inputs"
      summary={reports.map((r) => inputLine(r, optional.includes(r.name), strings)).join(" · ")}
      openWhen={missing ? reports : null}
    >
      {task.busy && <Spinner size="tiny" label={strings.loading} />}
      <ErrorBar error={task.error} />
      {task.value?.map((report) => (
        <div key={report.name} className={styles.inputLine} data-input={report.name}>
          <div className={styles.inputHead}>
            <Text weight="semibold" className={styles.wrap}>
              {inputLine(report, optional.includes(report.name), strings)}
            </Text>
            {(report.found || report.available.length > 0) && (
              <Button
                size="small"
                appearance="transparent"
                aria-expanded={isOpen(report)}
                aria-label={fill(strings.editMappingLabel, { name: report.name })}
                onClick={() => setToggled((t) => ({ ...t, [report.name]: !isOpen(report) }))}
              >
                {strings.editMapping}
              </Button>
            )}
          </div>
          {isOpen(report) && (
            <div className={styles.card}>
              <Caption1 className={styles.wrap}>
                {report.found
                  ? report.table
                    ? fill(strings.tableFoundTable, {
                        name: report.name,
                        table: report.table,
                        sheet: report.sheet,
                        rows: report.rowCount,
                      })
                    : fill(strings.tableFoundAt, {
                        name: report.name,
                        sheet: report.sheet,
                        rows: report.rowCount,
                      })
                  : fill(strings.tableMissing, { name: report.name })}
              </Caption1>
              {(!report.found || mappings[report.name]?.[TABLE_KEY] !== undefined) &&
                report.available.length > 0 && (
                  <Field label={fill(strings.chooseTable, { name: report.name })}>
                    <NotMappedOr
                      label={fill(strings.chooseTableLabel, { name: report.name })}
                      selected={String(mappings[report.name]?.[TABLE_KEY] ?? "")}
                      choices={report.available}
                      onChoose={(chosen) => pickTable(report.name, chosen)}
                    />
                  </Field>
                )}
              {report.found && (
                <>
                  <Caption1 className={styles.wrap}>
                    {fill(strings.matchedColumns, {
                      list:
                        report.columns
                          .filter((c) => c.header !== null)
                          .map((c) =>
                            c.header === c.key
                              ? c.key
                              : fill(strings.aside, { main: c.key, aside: c.header ?? "" }),
                          )
                          .join(strings.listSeparator) || "-",
                    })}
                  </Caption1>
                  {report.extras.length > 0 && (
                    <Caption1 className={styles.wrap}>
                      {fill(strings.extraColumns, { list: report.extras.join(strings.listSeparator) })}
                    </Caption1>
                  )}
                  {report.columns
                    .filter((c) => c.header === null || mappings[report.name]?.[c.key] !== undefined)
                    .filter((c) => offered(report, c.key, c.required))
                    .map((c) => {
                      const mapped = mappings[report.name]?.[c.key];
                      const selected = typeof mapped === "string" ? mapped : "";
                      return (
                        <Field
                          key={c.key}
                          label={fill(strings.aside, {
                            main: fill(strings.mapColumn, { column: c.key }),
                            aside: c.required ? strings.requiredMark : strings.optionalMark,
                          })}
                          validationState={c.required && c.header === null ? "warning" : "none"}
                        >
                          <NotMappedOr
                            label={fill(strings.mapColumnLabel, { column: c.key, table: report.name })}
                            selected={selected}
                            choices={report.headers}
                            onChoose={(header) => map(report.name, c.key, header)}
                          />
                        </Field>
                      );
                    })}
                </>
              )}
            </div>
          )}
          {report.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>
                  {fill(strings.problemsCount, {
                    problems: plural(strings, "problems", report.problems.length),
                    name: report.name,
                  })}
                </MessageBarTitle>
                <ul className={styles.list}>
                  {report.problems.slice(0, 5).map((p, i) => (
                    <li key={i} className={styles.wrap}>
                      {pick(p, strings)}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      ))}
      <div>
        <Button size="small" onClick={() => void reload()} disabled={task.busy}>
          {strings.refresh}
        </Button>
      </div>
    </Section>
  );
}
