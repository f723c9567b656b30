const XML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute of HTML or SVG. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML[c]);
