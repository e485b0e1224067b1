// Hands a text to the browser as a file download.

/**
 * Saves `text` as `filename`. The byte-order mark makes Excel read the file as UTF-8 (accents in
 * names), and CSV readers such as papaparse skip it.
 * @example downloadText("companies-2026-12-02.csv", "Name\r\nAcme")
 */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([`\ufeff${text}`], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
