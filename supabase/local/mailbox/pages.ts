// The mailbox's pages for people: a list newest first and each message rendered. The HTML part is
// shown in a sandboxed iframe (no scripts, links open in a new tab) and nothing here ever fetches
// a link: one-time links must only be spent by a person's click.
import { Hono } from "hono";
import type { MessageStore, StoredMessage } from "./store";

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

const pageHeaders = {
  "content-type": "text/html; charset=utf-8",
  "referrer-policy": "no-referrer",
  "x-dns-prefetch-control": "off",
};

// Mail HTML may carry images and styles, never scripts, forms or frames of its own.
const messageCsp =
  "default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline' http: https:; font-src http: https: data:; form-action 'none'; base-uri 'self'";

const style = `body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1f2328}
header{padding:12px 20px;background:#24292f;color:#fff}header a{color:#fff;text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{padding:8px 20px;border-bottom:1px solid #d0d7de;text-align:left}
tr:hover{background:#f6f8fa}main{padding:12px 20px}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dt{color:#57606a}iframe{width:100%;height:70vh;border:1px solid #d0d7de}pre{white-space:pre-wrap;background:#f6f8fa;padding:12px}
.event{font-size:12px;padding:1px 6px;border-radius:8px;background:#ddf4ff}`;

function layout(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="x-dns-prefetch-control" content="off"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${style}</style></head><body><header><a href="/">Atrium mailbox</a></header>${body}</body></html>`;
}

function listPage(messages: StoredMessage[]): string {
  const rows = messages
    .map(
      (message) =>
        `<tr><td>${escapeHtml(new Date(message.created_at).toLocaleString("en-GB"))}</td><td>${escapeHtml(message.to.join(", "))}</td><td><a href="/messages/${message.id}">${escapeHtml(message.subject || "(no subject)")}</a></td><td><span class="event">${escapeHtml(message.last_event)}</span></td></tr>`,
    )
    .join("");
  const empty = messages.length === 0 ? "<main><p>No messages yet.</p></main>" : "";
  return layout(
    "Mailbox",
    `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th><th>Status</th></tr></thead><tbody>${rows}</tbody></table>${empty}`,
  );
}

function messagePage(message: StoredMessage): string {
  const field = (name: string, value: string) =>
    value ? `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>` : "";
  const html =
    message.html === null
      ? ""
      : `<h3>HTML</h3><iframe sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" src="/messages/${message.id}/html" title="HTML part"></iframe>`;
  const text = message.text === null ? "" : `<h3>Text</h3><pre>${escapeHtml(message.text)}</pre>`;
  const hooks = message.webhooks
    .map((hook) => `${hook.type} → ${hook.status ?? "no answer"} (${hook.attempts} tries)`)
    .join("; ");
  return layout(
    message.subject,
    `<main><h2>${escapeHtml(message.subject)}</h2><dl>${field("From", message.from)}${field("To", message.to.join(", "))}${field("Cc", message.cc.join(", "))}${field("Date", message.created_at)}${field("Id", message.id)}${field("Idempotency key", message.idempotency_key ?? "")}${field("Webhooks", hooks)}</dl>${html}${text}</main>`,
  );
}

/**
 * The browsable pages.
 * @example app.route("/", mailboxPages(store));
 */
export function mailboxPages(store: MessageStore): Hono {
  const app = new Hono();
  app.get("/", (c) => c.body(listPage(store.list()), 200, pageHeaders));
  app.get("/messages/:id", (c) => {
    const message = store.get(c.req.param("id"));
    if (!message) {
      return c.body(layout("Not found", "<main>No such message.</main>"), 404, pageHeaders);
    }
    return c.body(messagePage(message), 200, pageHeaders);
  });
  app.get("/messages/:id/html", (c) => {
    const message = store.get(c.req.param("id"));
    if (!message?.html) {
      return c.text("Not found", 404);
    }
    // Links open in a new tab: inside the sandbox they would navigate the frame.
    const base = '<base target="_blank">';
    const html = /<head[^>]*>/i.test(message.html)
      ? message.html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
      : `${base}${message.html}`;
    return c.body(html, 200, { ...pageHeaders, "content-security-policy": messageCsp });
  });
  return app;
}
