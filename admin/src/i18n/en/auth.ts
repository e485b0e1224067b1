// The admin's English words for auth (see ../README.md).
export const auth = {} as const;
