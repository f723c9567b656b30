#!/usr/bin/env node
// Runs the TypeScript sources through SWC (decorator metadata included); `npm run build` is only
// needed for a compiled deployment (node dist/src/cli/main.js).
require("@swc-node/register");
require("../src/cli/main.ts");
