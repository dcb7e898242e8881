import { createRoot } from "react-dom/client";
import { App } from "./App";
import { defaultComputeRunner } from "./compute";
import { localeFromDisplayLanguage } from "./i18n";
import { excelApiSupport, officeEnvironment, setProbe } from "../workbook/office/requirements";
import { createOfficeActions } from "./officeActions";
import { themeFor } from "./theme";

/* global Office, document */

// The jobs worker is built beside this script (webpack entry "jobs.worker"); where it is served from
// is known only while this script runs, so it is worked out now.
const workerUrl = new URL(
  "jobs.worker.js",
  (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI,
).href;

// Render only once Office is ready: the theme and language come from Office.context.
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  const actions = createOfficeActions({
    environment: () => officeEnvironment(context),
    compute: defaultComputeRunner(workerUrl),
  });
  // Checked at start: an Excel without the ExcelApi set would fail in the middle of a write.
  const apiSupport = context?.requirements ? excelApiSupport(setProbe(context)) : undefined;
  // The pane opens in Office's language and sets <html lang> itself (the user can switch it).
  createRoot(container).render(
    <App
      theme={themeFor(context?.officeTheme)}
      locale={localeFromDisplayLanguage(context?.displayLanguage)}
      actions={actions}
      apiSupport={apiSupport}
    />,
  );
});
