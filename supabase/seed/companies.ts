// Demo clients: two active companies with a client login each and a lead, with their contacts.
import { sql as raw } from "drizzle-orm";
import * as schema from "../../db/schema";
import { demoLogins } from "./logins";
import type { DemoUsers } from "./people";
import { insertNamed, type SeedTx } from "./seed-context";

/** Inserts the companies, attaches each client login to its company and adds the contacts. */
export async function seedCompanies(tx: SeedTx, users: DemoUsers) {
  const companies = await insertNamed(tx, schema.companies, {
    northwind: {
      name: "Northwind Traders",
      website: "https://northwind.test",
      industry: "Retail",
      status: "active",
      account_manager_id: users.team,
    },
    globex: {
      name: "Globex Corporation",
      website: "https://globex.test",
      industry: "Energy",
      status: "active",
      account_manager_id: users.team,
    },
    initech: { name: "Initech", industry: "Software", status: "lead" },
  });
  for (const [client, company] of [
    [users.clientA, companies.northwind],
    [users.clientB, companies.globex],
  ] as const) {
    await tx
      .update(schema.profiles)
      .set({ company_id: company })
      .where(raw`${schema.profiles.id} = ${client}`);
  }
  const contacts = await insertNamed(tx, schema.contacts, {
    a: {
      company_id: companies.northwind,
      full_name: "Clara Client",
      email: demoLogins.clientA,
      title: "Head of Digital",
      profile_id: users.clientA,
    },
    b: {
      company_id: companies.globex,
      full_name: "Bruno Buyer",
      email: demoLogins.clientB,
      phone: "+33 1 23 45 67 89",
      profile_id: users.clientB,
    },
    lumbergh: {
      company_id: companies.initech,
      full_name: "Bill Lumbergh",
      email: "bill@initech.test",
    },
  });
  return { companies, contacts: { a: contacts.a, b: contacts.b } };
}
