import type { MessageTable } from "../kernel/messages";

/**
 * Messages for reading input tables and writing output tables. Cell problems reuse
 * `commonMessages` with `{arg}` set to the cell, e.g. "Reps!C7 (HireDate)".
 */
export const workbookMessages = {
  tableNotFound: {
    en: "Table '{table}' not found: no Excel table or sheet of that name (found: {found})",
    zh: "找不到表“{table}”：没有同名的 Excel 表格或工作表（已有：{found}）",
  },
  sheetHasNoHeader: {
    en: "Sheet '{sheet}' has no header row: the first non-empty row must hold the column names",
    zh: "工作表“{sheet}”没有标题行：第一个非空行应为列名",
  },
  columnMissing: {
    en: "{table}: column '{column}' not found (accepted headers: {aliases}; headers present: {present})",
    zh: "{table}：找不到列“{column}”（可用标题：{aliases}；现有标题：{present}）",
  },
  columnAmbiguous: {
    en: "{table}: column '{column}' is ambiguous: headers {headers} all match; map one explicitly",
    zh: "{table}：列“{column}”有歧义：标题 {headers} 都匹配；请手动指定一列",
  },
  duplicateHeader: {
    en: "{table}: header '{header}' appears more than once ({cells})",
    zh: "{table}：标题“{header}”出现了多次（{cells}）",
  },
  mappingUnknownHeader: {
    en: "{table}: the mapping for '{column}' names header '{header}', which is not in the table",
    zh: "{table}：“{column}”的映射指向标题“{header}”，但表中没有该标题",
  },
  mappingUnknownColumn: {
    en: "{table}: the mapping names unknown column '{column}' (known: {known})",
    zh: "{table}：映射中的列“{column}”未知（可用：{known}）",
  },
  notText: {
    en: "{arg}: expected text but found {value}",
    zh: "{arg}：应为文本，但找到 {value}",
  },
  notADate: {
    en: "{arg}: '{value}' is not a date (use a date cell, 2026-03-01, 2026/3/1 or 2026年3月1日)",
    zh: "{arg}：“{value}”不是日期（请用日期单元格、2026-03-01、2026/3/1 或 2026年3月1日）",
  },
  notAMonth: {
    en: "{arg}: '{value}' is not a month (use a date cell, 2026-03, 2026/3/1 or 2026年3月)",
    zh: "{arg}：“{value}”不是月份（请用日期单元格、2026-03、2026/3/1 或 2026年3月）",
  },
  notABoolean: {
    en: "{arg}: '{value}' is not TRUE or FALSE",
    zh: "{arg}：“{value}”不是 TRUE 或 FALSE",
  },
  duplicateKey: {
    en: "{table}: {column} '{value}' appears more than once (rows {rows})",
    zh: "{table}：{column}“{value}”出现了多次（第 {rows} 行）",
  },
  foreignTable: {
    en: "Table '{table}' on sheet '{sheet}' was not created by SalesPlan (its columns are {columns}); rename or move it, then run again",
    zh: "工作表“{sheet}”上的表“{table}”不是 SalesPlan 创建的（列为 {columns}）；请重命名或移走后再运行",
  },
  foreignSheet: {
    en: "Sheet '{sheet}' already exists and was not created by SalesPlan; rename it, then run again",
    zh: "工作表“{sheet}”已存在且不是 SalesPlan 创建的；请重命名后再运行",
  },
  tableMissingFromSheet: {
    en: "Sheet '{sheet}' no longer holds table '{table}'; delete the sheet or restore the table, then run again",
    zh: "工作表“{sheet}”中已没有表“{table}”；请删除该工作表或恢复该表后再运行",
  },
  contentBelowTable: {
    en: "Table '{table}' must grow to {rows} rows but sheet '{sheet}' has other content below it (down to row {lastRow}); move that content, then run again",
    zh: "表“{table}”需扩展到 {rows} 行，但工作表“{sheet}”在其下方还有其他内容（到第 {lastRow} 行）；请移走后再运行",
  },
  badOutputValue: {
    en: "Internal error: {table}.{column} row {row} holds {value}, which cannot be written",
    zh: "内部错误：{table}.{column} 第 {row} 行的值 {value} 无法写入",
  },
  outputMissingColumn: {
    en: "Internal error: {table} row {row} has no value for required column {column}",
    zh: "内部错误：{table} 第 {row} 行缺少必填列 {column}",
  },
  cancelled: {
    en: "Cancelled: nothing in the workbook was changed",
    zh: "已取消：工作簿中没有任何改动",
  },
  writeFailedRestored: {
    en: "Writing the results failed ({reason}); the previous tables were left as they were",
    zh: "写入结果失败（{reason}）；原有表格保持不变",
  },
  writeFailedNotRestored: {
    en: "Writing the results failed ({reason}) and the previous tables could not be restored ({restoreReason}); check tables {tables}",
    zh: "写入结果失败（{reason}），且无法恢复原有表格（{restoreReason}）；请检查表 {tables}",
  },
  blockTooLarge: {
    en: "One row of table '{table}' is larger than Excel accepts in one request ({bytes} bytes)",
    zh: "表“{table}”的一行超过了 Excel 单次请求的上限（{bytes} 字节）",
  },
  mergedCells: {
    en: "{cells}: merged cells in table {table}; unmerge them so each cell holds its own value",
    zh: "{cells}：表 {table} 中有合并单元格；请取消合并，使每个单元格各有其值",
  },
  outputCellTooLong: {
    en: "{cell} ({table}, column {column}): the text would be {length} characters long; an Excel cell holds at most 32,767, so nothing was written",
    zh: "{cell}（{table}，{column} 列）：文本将长达 {length} 个字符；Excel 单元格最多容纳 32,767 个字符，因此未写入任何内容",
  },
  tooManyRows: {
    en: "{table} would need {count} rows; an Excel sheet holds at most {max}, so nothing was written",
    zh: "{table} 需要 {count} 行；Excel 工作表最多 {max} 行，因此未写入任何内容",
  },
  tooManyColumns: {
    en: "{table} would need {count} columns; an Excel sheet holds at most {max}, so nothing was written",
    zh: "{table} 需要 {count} 列；Excel 工作表最多 {max} 列，因此未写入任何内容",
  },
  badTableName: {
    en: "'{table}' is not a name Excel accepts for a table (a letter or _ first, then letters, digits, . or _, up to 255 characters, not like a cell such as A1)",
    zh: "“{table}”不是 Excel 接受的表名（以字母或 _ 开头，其后为字母、数字、. 或 _，最多 255 个字符，且不能像 A1 这样的单元格地址）",
  },
  badSheetName: {
    en: "'{sheet}' is not a name Excel accepts for a sheet (1 to 31 characters, none of : \\ / ? * [ ], no ' at either end, not History)",
    zh: "“{sheet}”不是 Excel 接受的工作表名（1 到 31 个字符，不含 : \\ / ? * [ ]，首尾不能是 '，不能是 History）",
  },
  cellTooLong: {
    en: "{arg}: the text is {length} characters long; an Excel cell holds at most 32,767",
    zh: "{arg}：文本长 {length} 个字符；Excel 单元格最多容纳 32,767 个字符",
  },
  tooLarge: {
    en: "{arg}: {value} is too large (Excel keeps 15 digits, so figures from 10,000,000,000,000 up cannot be held to the cent)",
    zh: "{arg}：{value} 太大（Excel 只保留 15 位有效数字，从 10,000,000,000,000 起的数字无法精确到分）",
  },
  sheetGone: {
    en: "Sheet '{sheet}' is no longer in the workbook: check the workbook again",
    zh: "工作簿中已没有工作表“{sheet}”：请重新检查工作簿",
  },
  undoNotAvailable: {
    en: "There is no write to undo: another write has run since, or the pane was reopened",
    zh: "没有可撤销的写入：之后又运行了其他写入，或任务窗格已重新打开",
  },
  undoEdited: {
    en: "Undo refused: {table} changed after the write ({detail}); the tables were left as they are",
    zh: "拒绝撤销：写入后 {table} 已被修改（{detail}）；表格保持不变",
  },
  undoEditedRange: { en: "range {before} is now {after}", zh: "区域 {before} 现为 {after}" },
  undoEditedValues: { en: "values edited", zh: "数值已被编辑" },
  undoEditedGone: { en: "no longer in the workbook", zh: "已不在工作簿中" },
  undoEditedSheet: {
    en: "sheet '{sheet}' holds more than the table ({used}), and undo would delete it",
    zh: "工作表“{sheet}”中除表格外还有内容（{used}），撤销会删除该工作表",
  },
  undoBackupGone: {
    en: "Undo refused: the hidden sheet {sheet} with the previous tables is no longer in the workbook",
    zh: "拒绝撤销：保存原有表格的隐藏工作表 {sheet} 已不在工作簿中",
  },
  undoFailed: {
    en: "Undo stopped part-way ({reason}): click Undo last write again to finish it",
    zh: "撤销中途停止（{reason}）：请再次点击“撤销上次写入”以完成",
  },
  fileNotFound: { en: "File not found: {path}", zh: "找不到文件：{path}" },
  fileNotWorkbook: {
    en: "{path} is not an .xlsx workbook ({reason})",
    zh: "{path} 不是 .xlsx 工作簿（{reason}）",
  },
} as const satisfies MessageTable;

/** What Diagnostics (src/workbook/office/diagnostics.ts) reports when a step's check fails. */
export const diagnosticsMessages = {
  nameTaken: {
    en: "A sheet or table named '{name}' already exists; Diagnostics uses only names it creates itself. Delete or rename it (an earlier Diagnostics run that stopped may have left it), then run again",
    zh: "已存在名为“{name}”的工作表或表；诊断只使用它自己创建的名称。请删除或重命名（可能是之前中断的诊断留下的）后再运行",
  },
  textChanged: {
    en: "Text '{expected}' came back as {found}: Excel did not keep it as text",
    zh: "文本“{expected}”读回为 {found}：Excel 没有将其保留为文本",
  },
  numberChanged: {
    en: "Column {column}: {expected} in format {format} came back as {found} in format {foundFormat}",
    zh: "列 {column}：格式为 {format} 的 {expected} 读回为格式 {foundFormat} 的 {found}",
  },
  tableShape: {
    en: "After the resize the table has {rows} data rows and total {total}; expected {expectedRows} rows and total {expectedTotal}",
    zh: "调整大小后表有 {rows} 行数据、合计 {total}；应为 {expectedRows} 行、合计 {expectedTotal}",
  },
  notInterrupted: {
    en: "The interrupted write did not end as a restored write ({found})",
    zh: "被中断的写入没有以“已恢复”结束（{found}）",
  },
  notRestored: {
    en: "After the restore the table differs from before: {detail}",
    zh: "恢复后表与之前不同：{detail}",
  },
  notUndone: {
    en: "After the undo the table differs from before the write: {detail}",
    zh: "撤销后表与写入前不同：{detail}",
  },
  settingChanged: {
    en: "The setting came back as {found}, not {expected}",
    zh: "设置读回为 {found}，而不是 {expected}",
  },
  notVeryHidden: {
    en: "Sheet '{sheet}' came back with visibility {found}, not VeryHidden",
    zh: "工作表“{sheet}”读回的可见性为 {found}，而不是 VeryHidden",
  },
  leftBehind: {
    en: "Could not remove everything Diagnostics added: {names}; delete them by hand",
    zh: "无法删除诊断添加的全部内容：{names}；请手动删除",
  },
} as const satisfies MessageTable;
