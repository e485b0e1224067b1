// Aggregates in `select` with PGRST_DB_AGGREGATES_ENABLED on, over tables this file creates,
// compared with the same question asked in SQL; and PGRST123 with the switch off.
import { describe, expect, it } from "vitest";
import { aggregatesOnAndOffForFile } from "./fixture";
import { expectReply } from "./reply";

const TABLES = `
create table api_test.agg_customers (id int primary key, name text not null, city text not null);
create table api_test.agg_orders (
  id int primary key,
  customer_id int not null references api_test.agg_customers (id),
  amount numeric(10, 2),
  quantity int not null,
  order_date date not null,
  details jsonb not null default '{}'
);
grant select on api_test.agg_customers, api_test.agg_orders to anon, authenticated;
insert into api_test.agg_customers values (1, 'Ada', 'London'), (2, 'Grace', 'New York'), (3, 'Edsger', 'London');
insert into api_test.agg_orders values
  (1, 1, 10.50, 1, '2024-01-01', '{"tax": "1.5"}'),
  (2, 1, 20.25, 2, '2024-01-02', '{"tax": "2"}'),
  (3, 2, 5.00, 3, '2024-01-01', '{"tax": "0.5"}'),
  (4, 2, null, 4, '2024-01-02', '{}'),
  (5, 3, 7.75, 5, '2024-01-02', '{"tax": "1"}');
`;

const { stack, off, get, rows } = aggregatesOnAndOffForFile({
  sql: TABLES,
  ready: "agg_orders?select=id&limit=1",
});

describe("aggregate functions", () => {
  it("sums, averages, counts and finds extremes over the whole table in one row", async () => {
    const [expected] = await stack.owner.unsafe<Record<string, string>[]>(
      "select sum(amount)::text as sum, min(quantity) as min, max(order_date)::text as max from api_test.agg_orders",
    );
    expect(await rows("agg_orders?select=amount.sum(),quantity.min(),order_date.max()")).toEqual([
      { sum: Number(expected?.sum), min: 1, max: "2024-01-02" },
    ]);
    expect(await rows("agg_orders?select=count()")).toEqual([{ count: 5 }]);
    // count(column) skips NULLs, as Postgres' count does.
    expect(await rows("agg_orders?select=amount.count()")).toEqual([{ count: 4 }]);
  });

  it("groups by the other selected columns, with filters and order", async () => {
    expect(
      await rows("agg_orders?select=order_date,total:amount.sum(),count()&order=order_date"),
    ).toEqual([
      { order_date: "2024-01-01", total: 15.5, count: 2 },
      { order_date: "2024-01-02", total: 28, count: 3 },
    ]);
    expect(
      await rows("agg_orders?select=customer_id,quantity.sum()&quantity=gt.1&order=customer_id"),
    ).toEqual([
      { customer_id: 1, sum: 2 },
      { customer_id: 2, sum: 7 },
      { customer_id: 3, sum: 5 },
    ]);
  });

  it("casts the input and the output of an aggregate", async () => {
    expect(await rows("agg_orders?select=amount::int.sum()")).toEqual([{ sum: 44 }]);
    expect(await rows("agg_orders?select=avg_amount:amount.avg()::int")).toEqual([
      { avg_amount: 11 },
    ]);
    expect(await rows("agg_orders?select=details->>tax::numeric.sum()")).toEqual([{ sum: 5 }]);
  });

  it("aggregates inside an embedded resource, per parent row", async () => {
    expect(
      await rows(
        "agg_customers?select=name,agg_orders(order_date,amount.sum())&agg_orders.order=order_date&order=id",
      ),
    ).toEqual([
      {
        name: "Ada",
        agg_orders: [
          { order_date: "2024-01-01", sum: 10.5 },
          { order_date: "2024-01-02", sum: 20.25 },
        ],
      },
      {
        name: "Grace",
        agg_orders: [
          { order_date: "2024-01-01", sum: 5 },
          { order_date: "2024-01-02", sum: null },
        ],
      },
      { name: "Edsger", agg_orders: [{ order_date: "2024-01-02", sum: 7.75 }] },
    ]);
    expect(await rows("agg_customers?select=id,agg_orders(count())&order=id")).toEqual([
      { id: 1, agg_orders: [{ count: 2 }] },
      { id: 2, agg_orders: [{ count: 2 }] },
      { id: 3, agg_orders: [{ count: 1 }] },
    ]);
  });

  it("groups by an embedded or spread parent's columns", async () => {
    expect(await rows("agg_orders?select=amount.sum(),agg_customers(city)")).toEqual(
      expect.arrayContaining([
        { sum: 38.5, agg_customers: { city: "London" } },
        { sum: 5, agg_customers: { city: "New York" } },
      ]),
    );
    const spread = (await rows("agg_orders?select=quantity.sum(),...agg_customers(city)")) as {
      sum: number;
      city: string;
    }[];
    expect(spread.sort((a, b) => a.city.localeCompare(b.city))).toEqual([
      { sum: 8, city: "London" },
      { sum: 7, city: "New York" },
    ]);
  });

  it("aggregates a spread parent's columns within the top level, grouped by the top level's", async () => {
    // PostgREST treats a spread resource's columns as the top level's own, also as inputs.
    expect(
      await rows(
        "agg_orders?select=order_date,...agg_customers(newest:id.max(),oldest:id.min(),city.count())&order=order_date",
      ),
    ).toEqual([
      { order_date: "2024-01-01", newest: 2, oldest: 1, count: 2 },
      { order_date: "2024-01-02", newest: 3, oldest: 1, count: 3 },
    ]);
    // A spread column as an aggregate input next to a top-level grouping column and a filter.
    expect(
      await rows(
        "agg_orders?select=customer_id,...agg_customers(name.max())&agg_customers.city=eq.London&agg_customers=not.is.null&order=customer_id",
      ),
    ).toEqual([
      { customer_id: 1, max: "Ada" },
      { customer_id: 3, max: "Edsger" },
    ]);
    // The same question in SQL, as a check that the figures above are the data's.
    const sql = await stack.owner.unsafe<{ order_date: string; newest: number; count: string }[]>(
      `select o.order_date::text, max(c.id) as newest, count(c.city)::text as count
         from api_test.agg_orders o join api_test.agg_customers c on c.id = o.customer_id
         group by o.order_date order by o.order_date`,
    );
    expect(sql.map((row) => [row.order_date, row.newest, Number(row.count)])).toEqual([
      ["2024-01-01", 2, 2],
      ["2024-01-02", 3, 3],
    ]);
  });

  it("refuses aggregates with 400 PGRST123 while PGRST_DB_AGGREGATES_ENABLED is off", async () => {
    for (const select of [
      "pages.sum()",
      "count()",
      "total:price.avg()::int",
      "id,reviews(count())",
    ]) {
      const response = await get(`books?select=${encodeURIComponent(select)}`, off);
      await expectReply(response, 400, {
        code: "PGRST123",
        message: "Use of aggregate functions is not allowed",
        details: null,
        hint: null,
      });
    }
  });
});
