// The Kafka manifests follow the code: topics for every channel and outbox, ACLs exactly what each service does.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DLQ_TOPIC, OWN_TOPIC, SERVICES, eventTopicsOwnedBy, kafkaUseOf } from "../lib/project.mjs";
import { ofKind, overlays, render } from "../lib/render.mjs";

const topicName = (t) => t.spec?.topicName ?? t.metadata.name;
const matches = (resource, name) => (resource.patternType ?? "literal") === "prefix" ? name.startsWith(resource.name)
  : resource.name === "*" || resource.name === name;
const operationsOf = (acl) => acl.operations ?? (acl.operation ? [acl.operation] : []);

test("theOutboxOfEachServiceWritesItsOwnEventsTopic (event-contracts EventType.topic)", () => {
  for (const service of SERVICES) {
    assert.deepEqual(eventTopicsOwnedBy(service), [OWN_TOPIC(service)], service);
  }
});

for (const overlay of overlays()) {
  test(`everyTopicAServiceUsesHasAKafkaTopic: ${overlay}`, () => {
    const topics = new Map(ofKind(render(overlay), "KafkaTopic").map((t) => [topicName(t), t]));
    const missing = [];
    for (const service of SERVICES) {
      const use = kafkaUseOf(service);
      const needed = new Set([...use.outgoingTopics, ...use.incoming.flatMap((c) => c.topics), DLQ_TOPIC(service)]);
      for (const t of needed) {
        if (!topics.has(t)) missing.push(`${service} uses ${t}`);
        else assert.equal(topics.get(t).metadata.labels?.["strimzi.io/cluster"], "refugio", `${t} is not labelled strimzi.io/cluster: refugio`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test(`aServiceMayWriteOnlyItsOwnTopicsAndReadOnlyWhatItConsumes: ${overlay}`, () => {
    const objects = render(overlay);
    const users = new Map(ofKind(objects, "KafkaUser").map((u) => [u.metadata.name, u]));
    const allTopics = ofKind(objects, "KafkaTopic").map(topicName);
    const problems = [];
    for (const service of SERVICES) {
      const user = users.get(service);
      if (!user) {
        problems.push(`no KafkaUser ${service}`);
        continue;
      }
      assert.equal(user.spec.authentication?.type, "scram-sha-512", `${service} authenticates with SCRAM-SHA-512`);
      assert.equal(user.spec.authorization?.type, "simple", `${service} has simple (ACL) authorization`);
      const acls = (user.spec.authorization.acls ?? []).filter((a) => (a.type ?? "allow") === "allow");
      const use = kafkaUseOf(service);
      const reads = new Set(use.incoming.flatMap((c) => c.topics));
      const writes = new Set(use.outgoingTopics);
      const may = (type, name, op) => acls.some((a) => a.resource.type === type && matches(a.resource, name)
        && (operationsOf(a).includes(op) || operationsOf(a).includes("All")));
      for (const t of writes) if (!may("topic", t, "Write")) problems.push(`${service} cannot write ${t}`);
      for (const t of reads) if (!may("topic", t, "Read")) problems.push(`${service} cannot read ${t}`);
      for (const g of new Set(use.incoming.map((c) => c.group))) {
        if (!may("group", g, "Read")) problems.push(`${service} cannot use its consumer group ${g}`);
      }
      for (const t of allTopics) {
        if (!writes.has(t) && may("topic", t, "Write")) problems.push(`${service} may write ${t}, which is not its own`);
        if (!reads.has(t) && may("topic", t, "Read")) problems.push(`${service} may read ${t}, which it does not consume`);
      }
      for (const other of SERVICES.filter((s) => s !== service)) {
        for (const g of [other, `${other}-x`]) {
          if (may("group", g, "Read")) problems.push(`${service} may join ${other}'s consumer group ${g}`);
        }
      }
      for (const a of acls) {
        const bad = operationsOf(a).filter((op) => !["Read", "Write", "Describe", "DescribeConfigs"].includes(op));
        if (bad.length > 0) problems.push(`${service} is granted ${bad.join(", ")} on ${a.resource.type} ${a.resource.name ?? ""}`);
        if (a.resource.type === "topic" && (a.resource.name === "*" || (a.resource.patternType === "prefix" && a.resource.name.length < 3))) {
          problems.push(`${service} has a wildcard topic ACL`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test(`autoscalersNeverOutgrowTheTopicPartitions: ${overlay}`, () => {
    const objects = render(overlay);
    const partitions = new Map(ofKind(objects, "KafkaTopic").map((t) => [topicName(t), t.spec.partitions]));
    const problems = [];
    for (const service of SERVICES) {
      const deployment = ofKind(objects, "Deployment").find((d) => d.metadata.name === service);
      const hpa = ofKind(objects, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef?.name === service);
      if (!deployment) continue; // reported by the services tests
      const maxPods = hpa ? hpa.spec.maxReplicas : deployment.spec.replicas ?? 1;
      const env = Object.fromEntries(deployment.spec.template.spec.containers.flatMap((c) => c.env ?? []).filter((e) => "value" in e).map((e) => [e.name, e.value]));
      const configMaps = deployment.spec.template.spec.containers.flatMap((c) => c.envFrom ?? []).filter((e) => e.configMapRef)
        .map((e) => ofKind(objects, "ConfigMap").find((m) => m.metadata.name === e.configMapRef.name)?.data ?? {});
      const perPodFromEnv = env.REFUGIO_CONSUMER_PARTITIONS ?? configMaps.map((d) => d.REFUGIO_CONSUMER_PARTITIONS).find((v) => v !== undefined);
      for (const channel of kafkaUseOf(service).incoming) {
        const perPod = channel.partitions === undefined ? 1 : Number(perPodFromEnv ?? channel.partitions);
        for (const t of channel.topics) {
          const p = partitions.get(t);
          if (p !== undefined && maxPods * perPod > p) {
            problems.push(`${service} ${channel.channel}: ${maxPods} pods × ${perPod} consumers > ${p} partitions of ${t}`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });
}
