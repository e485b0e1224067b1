// Made-up values for every variable Atrium puts into an email's data (the outbox triggers, the
// auth email hook and process-outbox's links), so an admin sees a template as a reader would.
// A name missing here is one no email ever receives: sending would fail on it.
export const sampleData: Readonly<Record<string, string>> = {
  recipient_name: "Clara Client",
  email: "clara@northwind.test",
  confirm_url: "https://portal.example/confirm?token_hash=sample",
  token: "123456",
  company_name: "Northwind Traders",
  applicant_name: "Pat Prospect",
  applicant_email: "pat@prospect.test",
  request_id: "00000000-0000-4000-8000-000000000001",
  reason: "We only take on projects in Europe for now.",
  waiting_hours: "26",
  admin_url: "https://admin.example",
  portal_url: "https://portal.example",
  review_url: "https://admin.example/signup-requests/00000000-0000-4000-8000-000000000001",
  beta_url: "https://portal.example/beta",
  confirm_page_url: "https://portal.example/auth/confirm?type=signup",
  product_name: "Atrium Mobile",
  product_slug: "atrium-mobile",
  project_id: "00000000-0000-4000-8000-000000000002",
  project_name: "Website relaunch",
  update_title: "Design approved",
  update_body: "The new home page design is approved; development starts Monday.",
  actor_name: "Ada Admin",
};
