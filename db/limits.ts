// Size limits shared by the database's check constraints and the zod schemas the forms use,
// so a value the form accepts is never refused by the database for length.
export const limits = {
  /** Names of people, companies, projects, products; titles. */
  name: 200,
  /** Long text: notes, project update bodies. */
  body: 20_000,
  feedback: 5_000,
  rejectionReason: 2_000,
  seoDescription: 320,
  anonymousId: 128,
  /** Bytes of a sign-up's `details` JSON. */
  detailsBytes: 8_192,
  /** Bytes of an analytics event's `metadata` JSON. */
  metadataBytes: 4_096,
} as const;
