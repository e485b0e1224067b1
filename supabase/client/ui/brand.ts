// Atrium's colours, shared by both apps' antd themes and their plain-element (light) pages.
export const brand = { primary: "#1f6feb", border: "#e5e7eb", error: "#cf222e", muted: "#6b7280" };

/** antd's theme for both apps. */
export const antdTheme = { token: { colorPrimary: brand.primary } };
