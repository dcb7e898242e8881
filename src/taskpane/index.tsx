import { createRoot } from "react-dom/client";
import { App } from "./App";
import { catalogues, localeFromDisplayLanguage } from "./i18n";
import { createOfficeActions } from "./officeActions";
import { themeFor } from "./theme";

/* global Office, document */

// Render only once Office is ready: the theme and language come from Office.context.
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  const strings = catalogues[localeFromDisplayLanguage(context?.displayLanguage)];
  document.documentElement.lang = context?.displayLanguage ?? "en-US";
  const actions = createOfficeActions();
  createRoot(container).render(
    <App theme={themeFor(context?.officeTheme)} strings={strings} actions={actions} />,
  );
});
