// The cluster's alert rules are the local ones: the PrometheusRule refugio-alerts (base/services/prometheus-rule.yaml,
// written by generate-prometheus-rule.py) says what deploy/prometheus/refugio-alerts.yml says, but the one change
// several pods per service need (RefugioConsumerLagHigh counts each partition's lag once).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import YAML from "yaml";
import { REPO_ROOT, ofKind, overlays, render } from "../lib/render.mjs";

const LOCAL_LAG = "sum by (service, group, topic) (refugio_kafka_consumer_lag) > 100";
const CLUSTER_LAG = "sum by (service, group, topic) (max by (service, group, topic, partition) (refugio_kafka_consumer_lag)) > 100";

function local() {
  const groups = YAML.parse(readFileSync(join(REPO_ROOT, "deploy/prometheus/refugio-alerts.yml"), "utf8")).groups;
  for (const g of groups) for (const r of g.rules) if (r.expr === LOCAL_LAG) r.expr = CLUSTER_LAG;
  return groups;
}

for (const overlay of overlays()) {
  test(`theClusterAlertsOnWhatTheLocalRulesAlertOn: ${overlay}`, () => {
    const rules = ofKind(render(overlay), "PrometheusRule").filter((r) => r.metadata.name === "refugio-alerts");
    assert.equal(rules.length, 1, "one PrometheusRule refugio-alerts");
    assert.deepEqual(rules[0].spec.groups, local(),
      "prometheus-rule.yaml differs from deploy/prometheus/refugio-alerts.yml: run python3 deploy/kubernetes/base/services/generate-prometheus-rule.py");
  });
}
