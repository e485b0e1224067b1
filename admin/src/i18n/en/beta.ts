// The admin's English words for beta (see ../README.md).
export const beta = {} as const;
