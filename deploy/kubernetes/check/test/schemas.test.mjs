import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CHECK_DIR, key, overlays, parseYamlStream, render } from "../lib/render.mjs";
import { modelOf, schemaErrors, unknownProperties } from "../lib/schemas.mjs";

for (const overlay of overlays()) {
  test(`everyRenderedObjectValidatesAgainstItsSchema: ${overlay}`, () => {
    const problems = [];
    for (const o of render(overlay)) {
      for (const e of schemaErrors(o)) problems.push(`${key(o)}: ${e}`);
    }
    assert.deepEqual(problems, []);
  });

  test(`noRenderedObjectHasAPropertyItsSchemaDoesNotDeclare: ${overlay}`, () => {
    const problems = [];
    for (const o of render(overlay)) {
      for (const p of unknownProperties(o)) problems.push(`${key(o)}: ${p} is not in the ${o.kind} schema`);
    }
    assert.deepEqual(problems, []);
  });
}

test("theSchemaCheckRejectsTyposWrongTypesAndUnknownKinds (fixtures/broken.yaml)", () => {
  const objects = parseYamlStream(readFileSync(join(CHECK_DIR, "fixtures/broken.yaml"), "utf8"));
  const byName = Object.fromEntries(objects.map((o) => [o.metadata.name, o]));
  // The models' own validation lets a misspelt field through: the strict check is what catches it.
  assert.deepEqual(schemaErrors(byName.typo), []);
  assert.deepEqual(unknownProperties(byName.typo), ["/spec/replica", "/spec/template/spec/containers/0/imagee"]);
  assert.match(schemaErrors(byName["wrong-type"]).join(), /port must be integer/);
  assert.deepEqual(unknownProperties(byName["registration.events"]), ["/spec/confg"]);
  assert.equal(modelOf(byName["unknown-kind"]), undefined);
  assert.match(schemaErrors(byName["unknown-kind"]).join(), /no schema package knows cert-manager.io\/v1 Certificate/);
  // Free-form Strimzi config and label/annotation maps are not reported.
  assert.deepEqual(schemaErrors(byName["appeals.events"]), []);
  assert.deepEqual(unknownProperties(byName["appeals.events"]), []);
});
