// Every table, enum and relation of Atrium: the one source drizzle-kit reads.
export * from "./analytics";
export * from "./audit";
export * from "./beta";
export * from "./client-notifications";
export * from "./companies";
export * from "./email";
export * from "./invitations";
export * from "./notes";
export * from "./pages";
export * from "./profiles";
export * from "./projects";
export * from "./signup-requests";
