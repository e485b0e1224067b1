// Both apps start the same way. antd 5 renders its static pieces (button waves, message and
// modal hosts) through react-dom's legacy `render`, which React 19 removed; the patch gives
// antd React 19's root API before anything renders.
import "@ant-design/v5-patch-for-react-19";
import { type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";

/** Renders the app into index.html's `#root`. */
export function mountApp(app: ReactNode) {
  const container = document.getElementById("root");
  if (!container) {
    throw new Error("index.html has no #root element");
  }
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
