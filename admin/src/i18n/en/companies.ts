// The admin's English words for companies (see ../README.md).
export const companies = {} as const;
