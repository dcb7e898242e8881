import { createRoot } from "react-dom/client";
import { App } from "./App";
import { localeFromDisplayLanguage } from "./i18n";
import { createOfficeActions } from "./officeActions";
import { themeFor } from "./theme";

/* global Office, document */

// Render only once Office is ready: the theme and language come from Office.context.
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  const actions = createOfficeActions();
  // The pane opens in Office's language and sets <html lang> itself (the user can switch it).
  createRoot(container).render(
    <App
      theme={themeFor(context?.officeTheme)}
      locale={localeFromDisplayLanguage(context?.displayLanguage)}
      actions={actions}
    />,
  );
});
