// The admin's English words for people (see ../README.md).
export const people = {} as const;
