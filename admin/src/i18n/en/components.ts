// The admin's English words for components (see ../README.md).
export const components = {} as const;
