// The admin's English words for refine (see ../README.md).
export const refine = {} as const;
