import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dashboard (index.html) and the GraphQL explorer (explorer.html) as two pages with their own
// bundles: the dashboard never loads GraphiQL. Built into dist/web with hashed file names, which the
// server sends with long cache headers (src/server/web.route.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  plugins: [react()],
  // Shown in the page's footer: which peaceops built it.
  define: { __PEACEOPS_VERSION__: JSON.stringify(process.env.npm_package_version ?? "") },
  build: {
    outDir: path.join(import.meta.dirname, "..", "dist", "web"),
    emptyOutDir: true,
    assetsDir: "assets",
    // Every asset is a file of its own: nothing inlined as a data: URL the page policy would have to allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: path.join(import.meta.dirname, "index.html"), explorer: path.join(import.meta.dirname, "explorer.html") },
      // GraphiQL's modules start with React compiler directives ("use no memo") that bundling drops, harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
