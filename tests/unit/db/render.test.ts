import { describe, expect, it } from "vitest";
import {
  MissingTemplateDataError,
  renderTemplate,
  templateVariables,
} from "../../../db/email/render";

const template = {
  subject: "Welcome, {{ full_name }}",
  html: '<p>Hello {{full_name}}</p><a href="{{ portal_url }}">Open</a> {{ project.name }}',
  text: "Hello {{ full_name }}: {{ portal_url }} {{ project.name }}",
};

describe("renderTemplate", () => {
  it("fills placeholders, including nested ones", () => {
    const out = renderTemplate(template, {
      full_name: "Ada",
      portal_url: "https://portal.test/?a=1&b=2",
      project: { name: "Site" },
    });
    expect(out).toEqual({
      subject: "Welcome, Ada",
      html: '<p>Hello Ada</p><a href="https://portal.test/?a=1&amp;b=2">Open</a> Site',
      text: "Hello Ada: https://portal.test/?a=1&b=2 Site",
    });
  });

  it("escapes HTML in user-supplied values in the HTML part only", () => {
    const out = renderTemplate(template, {
      full_name: `<script>alert("x")</script> & 'co'`,
      portal_url: "https://portal.test",
      project: { name: "<b>" },
    });
    expect(out.html).toBe(
      '<p>Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p><a href="https://portal.test">Open</a> &lt;b&gt;',
    );
    expect(out.text).toContain(`<script>alert("x")</script> & 'co'`);
  });

  it("keeps line breaks out of the subject", () => {
    const out = renderTemplate(template, {
      full_name: "Ada\r\nBcc: victim@example.test",
      portal_url: "x",
      project: { name: "y" },
    });
    expect(out.subject).toBe("Welcome, Ada Bcc: victim@example.test");
  });

  it("names every missing variable at once", () => {
    expect(() => renderTemplate(template, { full_name: "Ada" })).toThrow(MissingTemplateDataError);
    expect(() => renderTemplate(template, { full_name: "Ada", project: {} })).toThrow(
      "Template data is missing: portal_url, project.name",
    );
  });

  it("lists a template's variables", () => {
    expect(templateVariables(template)).toEqual(["full_name", "portal_url", "project.name"]);
  });
});
