// What the admin's and the portal's index.html share, written once: the character set, the
// viewport, no Referer on the requests a page makes, no body margin, and the element React
// renders into. Each index.html keeps only what is its own: title, icons, manifest, entry script.
import type { HtmlTagDescriptor, Plugin } from "vite";

const sharedTags: HtmlTagDescriptor[] = [
  { tag: "meta", attrs: { charset: "utf-8" }, injectTo: "head-prepend" },
  {
    tag: "meta",
    attrs: { name: "viewport", content: "width=device-width, initial-scale=1" },
    injectTo: "head-prepend",
  },
  { tag: "meta", attrs: { name: "referrer", content: "no-referrer" }, injectTo: "head-prepend" },
  { tag: "style", children: "body { margin: 0; }", injectTo: "head" },
  { tag: "div", attrs: { id: "root" }, injectTo: "body-prepend" },
];

/** @example plugins: [react(), sharedHead()] */
export function sharedHead(): Plugin {
  return {
    name: "atrium-shared-head",
    // Before Vite reads the page, so the tags are in place in the dev server and the build alike.
    transformIndexHtml: { order: "pre", handler: () => sharedTags },
  };
}
