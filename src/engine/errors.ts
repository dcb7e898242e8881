// The error type lives in the kernel; importers move there (issue 11), then this file goes.
export {
  SalesPlanError,
  fail,
  type CellPosition,
  type ExcelErrorKind,
  type MessageParams,
} from "../kernel/errors";
