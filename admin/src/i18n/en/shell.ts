// The admin's English words for the shell: header, menu, palette, notifications (see ../README.md).
export const shell = {
  theme: { label: "Theme", light: "Light", dark: "Dark", system: "Same as device" },
  language: {
    label: "Language",
    saveFailed: "Your language could not be saved",
  },
} as const;
