/** peaceops's version, written in at build time (vite.config.ts). */
declare const __PEACEOPS_VERSION__: string;
