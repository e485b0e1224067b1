// The admin's English words for overview (see ../README.md).
export const overview = {} as const;
