// The admin's English words for pages (see ../README.md).
export const pages = {} as const;
