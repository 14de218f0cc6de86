// Node 20 refuses `import x from "./file.json"` without `with { type: "json" }`, which
// @actions/languageservice and @actions/workflow-parser omit. This load hook adds the attribute.
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
