// The admin's English words for access-matrix (see ../README.md).
export const accessMatrix = {} as const;
