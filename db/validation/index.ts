// Every zod schema the admin, the portal, the edge functions and the tests validate with.
export * from "./auth";
export * from "./beta";
export * from "./companies";
export * from "./content";
export * from "./fields";
export * from "./notes";
export * from "./profiles";
export * from "./projects";
export * from "./signup";
