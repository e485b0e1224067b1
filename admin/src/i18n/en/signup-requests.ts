// The admin's English words for signup-requests (see ../README.md).
export const signupRequests = {} as const;
