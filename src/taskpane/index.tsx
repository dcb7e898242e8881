import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFromDisplayLanguage } from "./i18n";
import { excelApiSupport, officeEnvironment, setProbe } from "../workbook/office/requirements";
import { createOfficeActions } from "./officeActions";
import { themeFor } from "./theme";

/* global Office, document */

// Render only once Office is ready: the theme and language come from Office.context.
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  const actions = createOfficeActions({ environment: () => officeEnvironment(context) });
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
