// The admin's English words for projects (see ../README.md).
export const projects = {} as const;
