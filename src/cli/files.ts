/**
 * The command line's checks on the files it is given, made before any work: the input must be an
 * .xlsx workbook (said in plain words when it is text, empty, an old .xls or some other zip), and
 * the output path must be a file SalesPlan may write (not a folder, in a folder that exists and is
 * writable, not an existing read-only file). Messages name the user's paths, never a temporary file.
 */
import { constants, promises as fs } from "fs";
import * as path from "path";
import { SalesPlanError } from "../kernel/errors";
import type { MessageTable } from "../kernel/messages";

export const fileMessages = {
  inputMissing: { en: "File not found: {path}", zh: "找不到文件：{path}" },
  inputFolder: { en: "{path} is a folder, not an .xlsx workbook", zh: "{path} 是文件夹，不是 .xlsx 工作簿" },
  inputEmpty: {
    en: "{path} is not an .xlsx workbook: it is empty",
    zh: "{path} 不是 .xlsx 工作簿：文件是空的",
  },
  inputText: {
    en: "{path} is not an .xlsx workbook: it looks like plain text (a CSV?). Open it in Excel and save it as .xlsx",
    zh: "{path} 不是 .xlsx 工作簿：它看起来是纯文本（CSV？）。请在 Excel 中打开并另存为 .xlsx",
  },
  inputXls: {
    en: "{path} is not an .xlsx workbook: it is an old .xls file. Open it in Excel and save it as .xlsx",
    zh: "{path} 不是 .xlsx 工作簿：它是旧版 .xls 文件。请在 Excel 中打开并另存为 .xlsx",
  },
  inputOtherZip: {
    en: "{path} is not an .xlsx workbook: it is a zip file with no workbook inside (a Word or PowerPoint file, or an archive?)",
    zh: "{path} 不是 .xlsx 工作簿：它是 zip 文件，但其中没有工作簿（Word、PowerPoint 文件或压缩包？）",
  },
  inputUnknown: {
    en: "{path} is not an .xlsx workbook: its contents are not a workbook Excel saves",
    zh: "{path} 不是 .xlsx 工作簿：其内容不是 Excel 保存的工作簿",
  },
  inputUnreadable: {
    en: "{path} cannot be read: permission denied",
    zh: "{path} 无法读取：没有权限",
  },
  outputFolder: {
    en: "{path} is a folder: give a file name ending in .xlsx for the output",
    zh: "{path} 是文件夹：请为输出指定以 .xlsx 结尾的文件名",
  },
  outputNoFolder: {
    en: "{path}: the folder {folder} does not exist",
    zh: "{path}：文件夹 {folder} 不存在",
  },
  outputReadOnlyFolder: {
    en: "{path}: the folder {folder} is read-only; nothing was written",
    zh: "{path}：文件夹 {folder} 是只读的；未写入任何内容",
  },
  outputReadOnlyFile: {
    en: "{path} is a read-only file; it was left as it is and nothing was written",
    zh: "{path} 是只读文件；已保持原样，未写入任何内容",
  },
  outputNotSaved: {
    en: "{path} could not be written ({reason}); nothing was written",
    zh: "无法写入 {path}（{reason}）；未写入任何内容",
  },
  diskFull: { en: "the disk is full", zh: "磁盘已满" },
  permissionDenied: { en: "permission denied", zh: "没有权限" },
} satisfies MessageTable;

/** Stop with a plain-words message unless `file` is an .xlsx workbook (a zip holding xl/workbook.xml). */
export async function checkInputWorkbook(file: string): Promise<void> {
  let bytes: Buffer;
  try {
    if ((await fs.stat(file)).isDirectory())
      throw new SalesPlanError(fileMessages.inputFolder, { path: file });
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof SalesPlanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SalesPlanError(code === "EACCES" ? fileMessages.inputUnreadable : fileMessages.inputMissing, {
      path: file,
    });
  }
  const kind = workbookKind(bytes);
  if (kind !== "xlsx") throw new SalesPlanError(fileMessages[KIND_MESSAGE[kind]], { path: file });
}

type Kind = "xlsx" | "empty" | "xls" | "zip" | "text" | "unknown";

const KIND_MESSAGE = {
  empty: "inputEmpty",
  xls: "inputXls",
  zip: "inputOtherZip",
  text: "inputText",
  unknown: "inputUnknown",
} as const;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What a file's bytes are, by their signature; an .xlsx is a zip whose parts include xl/workbook.xml. */
export function workbookKind(bytes: Buffer): Kind {
  if (bytes.length === 0) return "empty";
  if (bytes.subarray(0, 4).equals(ZIP)) {
    // Part names are stored as plain text in the zip's headers; a workbook names its main part.
    return bytes.includes("xl/workbook.xml") || bytes.includes("xl/workbook.bin") ? "xlsx" : "zip";
  }
  if (bytes.subarray(0, 8).equals(OLE2)) return "xls";
  const head = bytes.subarray(0, 4096).toString("utf8");
  // Text: no control characters other than tabs and line ends (a BOM is fine).
  const control = [...head].some(
    (ch) => ch.charCodeAt(0) < 9 || (ch.charCodeAt(0) > 13 && ch.charCodeAt(0) < 32),
  );
  return control ? "unknown" : "text";
}

/**
 * Stop unless `file` can be written: not a folder, its folder exists and is writable, and it is not
 * an existing read-only file (which is refused, never replaced).
 */
export async function checkOutputPath(file: string): Promise<void> {
  const folder = path.dirname(file);
  const existing = await fs.stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new SalesPlanError(fileMessages.outputFolder, { path: file });
  const dir = await fs.stat(folder).catch(() => undefined);
  if (!dir?.isDirectory()) throw new SalesPlanError(fileMessages.outputNoFolder, { path: file, folder });
  // The permission bits as well as access(): an administrator may write anywhere, but a folder or
  // file marked read-only for everyone is the user saying "do not write here".
  if (!(await writable(folder, dir.mode)))
    throw new SalesPlanError(fileMessages.outputReadOnlyFolder, { path: file, folder });
  if (existing && !(await writable(file, existing.mode)))
    throw new SalesPlanError(fileMessages.outputReadOnlyFile, { path: file });
}

async function writable(target: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return fs.access(target, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** A failed save, said about the user's file (the host saves through a temporary file beside it). */
export function saveFailed(file: string, error: unknown): SalesPlanError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOSPC"
      ? fileMessages.diskFull
      : code === "EACCES" || code === "EPERM"
        ? fileMessages.permissionDenied
        : { en: code ?? "input/output error", zh: code ?? "读写错误" };
  return new SalesPlanError(fileMessages.outputNotSaved, { path: file, reason });
}
