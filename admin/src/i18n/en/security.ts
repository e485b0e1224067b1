// The admin's English words for security (see ../README.md).
export const security = {} as const;
