/** The input tables step: where each table was found, what matched, and a dropdown per unmatched column. */
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
import type { InputReport, SalesPlanActions } from "../actions";
import { fill, pick, useStrings } from "../i18n";
import { ErrorBar, NotMappedOr, Section } from "./fields";
import { useCommonStyles } from "./styles";
import { useTask } from "./task";

export function InputsStep({
  actions,
  names,
  optional = [],
  mappings,
  onMappings,
  onReports,
}: {
  actions: SalesPlanActions;
  names: readonly InputName[];
  optional?: readonly InputName[];
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
  const pickTable = (table: InputName, chosen: string) =>
    // Another table has other headers: its column mappings start afresh.
    onMappings({ ...mappings, [table]: chosen === "" ? {} : { [TABLE_KEY]: chosen } });
  const map = (table: InputName, column: string, header: string) => {
    const next = { ...(mappings[table] ?? {}) } as Record<string, string | number>;
    if (header === "") delete next[column];
    else next[column] = header;
    onMappings({ ...mappings, [table]: next });
  };
  return (
    <Section title={strings.stepInputs}>
      {task.busy && <Spinner size="tiny" label={strings.loading} />}
      <ErrorBar error={task.error} />
      {task.value?.map((report) => (
        <div key={report.name} className={styles.card} data-input={report.name}>
          <Text weight="semibold" className={styles.wrap}>
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
            {optional.includes(report.name) && !report.found ? ` ${strings.tableOptional}` : ""}
          </Text>
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
                      .map((c) => (c.header === c.key ? c.key : `${c.key} (${c.header})`))
                      .join(", ") || "-",
                })}
              </Caption1>
              {report.extras.length > 0 && (
                <Caption1 className={styles.wrap}>
                  {fill(strings.extraColumns, { list: report.extras.join(", ") })}
                </Caption1>
              )}
              {report.columns
                .filter((c) => c.header === null || mappings[report.name]?.[c.key] !== undefined)
                .map((c) => {
                  const mapped = mappings[report.name]?.[c.key];
                  const selected = typeof mapped === "string" ? mapped : "";
                  return (
                    <Field
                      key={c.key}
                      label={`${fill(strings.mapColumn, { column: c.key })} (${c.required ? strings.requiredMark : strings.optionalMark})`}
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
              {report.problems.length > 0 && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>
                      {fill(strings.problemsCount, { count: report.problems.length, name: report.name })}
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
            </>
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
