import { decodeWindows1252, WINDOWS_1252_BYTES } from "./windows-1252";

/**
 * Text that went through a wrong character set: UTF-8 bytes read as Windows-1252 and saved again
 * ("SÃ»retÃ© du QuÃ©bec" for "Sûreté du Québec"), what a spreadsheet program makes of a UTF-8 file
 * that it opens as Windows-1252. The file is valid UTF-8 afterwards, so only its letters tell.
 * In UTF-8, every accented Latin letter starts with the byte C2 or C3 ("Â" or "Ã" in Windows-1252),
 * followed by a byte 80-BF, which Windows-1252 shows as a symbol (»  ©  ¨  €  ™ ...), and curly
 * quotes and dashes start with E2 80 ("â€"). Real text in the register's languages has none of
 * these pairs.
 */
const CONTINUATION = decodeWindows1252(Uint8Array.from({ length: 0x40 }, (_, i) => 0x80 + i)).replace(/[\\\]^-]/g, "\\$&");
const MOJIBAKE = new RegExp(`[ÂÃ][${CONTINUATION}]|â€`, "u");

/** The text as it was before it was read in the wrong character set, or null when it does not look so. */
export function repairedMojibake(text: string): string | null {
  if (!MOJIBAKE.test(text)) return null;
  const bytes: number[] = [];
  for (const ch of text) {
    const b = WINDOWS_1252_BYTES.get(ch);
    if (b === undefined) return null; // not Windows-1252: something else happened
    bytes.push(b);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}
