// The portal's colours, shared by the antd theme and the light frame's stylesheet-free pages.
export const brand = { primary: "#1f6feb", border: "#e5e7eb", error: "#cf222e", muted: "#6b7280" };
