// Installs the pinned Node tools (npm ci) when node_modules is missing or older than package-lock.json.
// Run by the Maven build; safe to run again: it does nothing when the install is current.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = dirname(fileURLToPath(import.meta.url));
const lock = readFileSync(join(dir, "package-lock.json"));
const digest = createHash("sha256").update(lock).digest("hex");
const stamp = join(dir, "node_modules", ".kite-lock-sha256");

if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest) {
  process.exit(0);
}
console.log("[tools] npm ci (package-lock.json changed or node_modules missing)");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
execFileSync(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
writeFileSync(stamp, digest + "\n");
