// The admin's English words for audit-log (see ../README.md).
export const auditLog = {} as const;
