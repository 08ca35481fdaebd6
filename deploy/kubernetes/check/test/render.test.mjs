import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { K8S_DIR, key, kubectlAvailable, overlays, render, renderWithKubectl } from "../lib/render.mjs";
import { parse } from "yaml";

test("there are overlays to render", () => {
  assert.deepEqual(overlays(), ["production", "production-keycloak", "single-node"]);
});

for (const overlay of overlays()) {
  test(`everyOverlayRendersWithThePinnedKustomize: ${overlay}`, () => {
    const objects = render(overlay);
    assert.ok(objects.length > 0, `${overlay} renders no object`);
    const keys = objects.map(key);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), [], "an object is rendered twice");
    for (const o of objects) {
      assert.ok(o.apiVersion && o.kind && o.metadata?.name, `incomplete object ${JSON.stringify(o).slice(0, 200)}`);
      if (o.kind !== "Namespace") {
        assert.equal(o.metadata.namespace, "refugio", `${key(o)} is not in the namespace refugio`);
      }
    }
  });

  test(`kubectlKustomizeRendersTheSameObjects: ${overlay}`, { skip: !kubectlAvailable() && "kubectl is not on the PATH" }, () => {
    const pinned = new Map(render(overlay).map((o) => [key(o), o]));
    const kubectl = new Map(renderWithKubectl(overlay).map((o) => [key(o), o]));
    assert.deepEqual([...kubectl.keys()].sort(), [...pinned.keys()].sort());
    for (const [k, o] of pinned) {
      assert.deepEqual(kubectl.get(k), o, `${k} differs between kustomize 4.5.4 and kubectl kustomize`);
    }
  });
}

function kustomizations(dir = K8S_DIR) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "check") continue;
    if (statSync(path).isDirectory()) found.push(...kustomizations(path));
    else if (name === "kustomization.yaml" || name === "kustomization.yml") found.push(path);
  }
  return found;
}

test("kustomizationsUseOnlyFieldsBothKustomize454And5Understand", () => {
  // Deprecated in kustomize 5 (warnings, removal announced) or newer than 4.5.4.
  const avoid = ["bases", "patchesStrategicMerge", "patchesJson6902", "commonLabels", "vars", "sortOptions"];
  const problems = [];
  for (const file of kustomizations()) {
    const k = parse(readFileSync(file, "utf8")) ?? {};
    for (const field of avoid) {
      if (field in k) problems.push(`${relative(K8S_DIR, file)}: ${field}`);
    }
    if (k.kind === "Component" && k.apiVersion !== "kustomize.config.k8s.io/v1alpha1") {
      problems.push(`${relative(K8S_DIR, file)}: a Component must be kustomize.config.k8s.io/v1alpha1`);
    }
  }
  assert.deepEqual(problems, []);
});
