/**
 * Windows-1252, the code page of plain "CSV" files saved on Windows in English and French. Node's
 * TextDecoder("windows-1252") decodes it as ISO-8859-1 (bytes 80-9F become C1 control characters
 * instead of € ’ “ ” – — œ Š ...), so the 32 characters where the two differ are mapped here, as
 * the WHATWG Encoding standard's index has them.
 */
const C1 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
].map((c) => String.fromCharCode(c));

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

/** The byte of each character Windows-1252 has. */
export const WINDOWS_1252_BYTES: ReadonlyMap<string, number> = new Map([...Array(256).keys()].map((b) => [decodeWindows1252(Uint8Array.of(b)), b]));
