import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startTheme } from "./shell/theme/theme-store";

const container = document.getElementById("root");
if (!container) {
  throw new Error("index.html has no #root element");
}
// Before the first render, so a dark choice never flashes white.
startTheme();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
