// The manifests follow the agreements between the parts of issue 12 and what the kit expects of Kafka.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SERVICES, configOf, kafkaUseOf } from "../lib/project.mjs";
import { ofKind, overlays, render } from "../lib/render.mjs";

const DAY_MS = 24 * 3600 * 1000;
const topicName = (t) => t.spec?.topicName ?? t.metadata.name;

/** The environment of a service's container as name -> {value} | {secret, key} | {configMap, key}. */
function environment(objects, deployment) {
  const c = deployment.spec.template.spec.containers[0];
  const env = new Map();
  for (const e of c.envFrom ?? []) {
    if (e.configMapRef) {
      const data = ofKind(objects, "ConfigMap").find((m) => m.metadata.name === e.configMapRef.name)?.data ?? {};
      for (const [k, v] of Object.entries(data)) env.set((e.prefix ?? "") + k, { value: v });
    }
  }
  for (const e of c.env ?? []) {
    if ("value" in e) env.set(e.name, { value: e.value });
    else if (e.valueFrom?.secretKeyRef) env.set(e.name, { secret: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key });
    else if (e.valueFrom?.configMapKeyRef) {
      const ref = e.valueFrom.configMapKeyRef;
      env.set(e.name, { value: ofKind(objects, "ConfigMap").find((m) => m.metadata.name === ref.name)?.data?.[ref.key] });
    }
  }
  return { env, container: c, pod: deployment.spec.template.spec };
}

/** The Secret mounted at a path of the container (a secret volume or a projected one). */
function secretMountedAt({ container, pod }, directory) {
  const mount = (container.volumeMounts ?? []).find((m) => m.mountPath === directory);
  const volume = mount && (pod.volumes ?? []).find((v) => v.name === mount.name);
  return volume?.secret?.secretName ?? volume?.projected?.sources?.find((s) => s.secret)?.secret?.name;
}

for (const overlay of overlays()) {
  test(`everyServiceUsesTheAgreedKafkaAndDatabaseSettings: ${overlay}`, () => {
    const objects = render(overlay);
    const problems = [];
    for (const service of SERVICES) {
      const d = ofKind(objects, "Deployment").find((x) => x.metadata.name === service);
      if (!d) {
        problems.push(`no Deployment ${service}`);
        continue;
      }
      const w = environment(objects, d);
      const value = (n) => w.env.get(n)?.value;
      const expect = (n, v) => { if (value(n) !== v) problems.push(`${service}: ${n}=${value(n)}, agreed ${v}`); };
      const fromSecret = (n, secret, key) => {
        const e = w.env.get(n);
        if (e?.secret !== secret || e?.key !== key) problems.push(`${service}: ${n} from ${e?.secret}/${e?.key}, agreed Secret ${secret} key ${key}`);
      };
      const db = service.replace(/-service$/, "");
      const cluster = `${db}-db`;
      expect("KAFKA_BOOTSTRAP_SERVERS", "refugio-kafka-bootstrap:9093");
      expect("REFUGIO_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
      expect("REFUGIO_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
      fromSecret("REFUGIO_KAFKA_SASL_JAAS_CONFIG", service, "sasl.jaas.config");
      expect("REFUGIO_KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
      expect("REFUGIO_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/refugio/kafka-ca/ca.crt");
      if (secretMountedAt(w, "/etc/refugio/kafka-ca") !== "refugio-cluster-ca-cert") problems.push(`${service}: Secret refugio-cluster-ca-cert not mounted at /etc/refugio/kafka-ca`);
      expect("REFUGIO_DB_URL", `jdbc:postgresql://${cluster}-rw:5432/${db}?sslmode=verify-full&sslrootcert=/etc/refugio/db-ca/ca.crt`);
      if (secretMountedAt(w, "/etc/refugio/db-ca") !== `${cluster}-ca`) problems.push(`${service}: Secret ${cluster}-ca not mounted at /etc/refugio/db-ca`);
      fromSecret("REFUGIO_DB_USER", `${cluster}-runtime`, "username");
      fromSecret("REFUGIO_DB_PASSWORD", `${cluster}-runtime`, "password");
      fromSecret("QUARKUS_FLYWAY_USERNAME", `${cluster}-app`, "username");
      fromSecret("QUARKUS_FLYWAY_PASSWORD", `${cluster}-app`, "password");
      if (!(w.container.envFrom ?? []).some((e) => e.secretRef?.name === `${service}-secrets`)) problems.push(`${service}: envFrom Secret ${service}-secrets`);
      const c = ofKind(objects, "Cluster").find((x) => x.metadata.name === cluster);
      if (!c) problems.push(`no CloudNativePG Cluster ${cluster}`);
      else {
        if (c.spec.bootstrap?.initdb?.database !== db || c.spec.bootstrap?.initdb?.owner !== db) problems.push(`${cluster}: initdb database/owner ${db}`);
        const role = (c.spec.managed?.roles ?? []).find((r) => r.name === `${db}_app`);
        if (!role || role.passwordSecret?.name !== `${cluster}-runtime`) problems.push(`${cluster}: managed role ${db}_app with passwordSecret ${cluster}-runtime`);
      }
    }
    const kafka = ofKind(objects, "Kafka").find((k) => k.metadata.name === "refugio");
    const tls = kafka?.spec.kafka.listeners?.find((l) => l.name === "tls");
    if (!tls || tls.port !== 9093 || tls.tls !== true || tls.authentication?.type !== "scram-sha-512") problems.push("Kafka refugio: listener tls on 9093, tls: true, scram-sha-512");
    assert.deepEqual(problems, []);
  });

  test(`aRecordKafkaCanStillDeliverIsStillInTheConsumersInbox: ${overlay}`, () => {
    // service-kit Housekeeping deletes inbox rows after refugio.inbox.retention-days: a record Kafka still holds
    // (retention.ms, plus up to segment.ms before its segment can go) must still be in the inbox, or a replay
    // would process it twice.
    const objects = render(overlay);
    const topics = new Map(ofKind(objects, "KafkaTopic").map((t) => [topicName(t), t]));
    const problems = [];
    for (const service of SERVICES) {
      const d = ofKind(objects, "Deployment").find((x) => x.metadata.name === service);
      const fromEnv = d && environment(objects, d).env.get("REFUGIO_INBOX_RETENTION_DAYS")?.value;
      const days = Number(fromEnv ?? configOf(service).get("refugio.inbox.retention-days") ?? 60);
      for (const t of new Set(kafkaUseOf(service).incoming.flatMap((c) => c.topics))) {
        const config = topics.get(t)?.spec.config ?? {};
        const retention = Number(config["retention.ms"] ?? 7 * DAY_MS);
        const segment = Number(config["segment.ms"] ?? 7 * DAY_MS);
        if (retention < 0 || retention + segment >= days * DAY_MS) {
          problems.push(`${t}: retention.ms ${retention} + segment.ms ${segment} ≥ ${service}'s inbox retention of ${days} days`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test(`topicsSurviveTheLossOfABroker: ${overlay}`, () => {
    const objects = render(overlay);
    const brokers = ofKind(objects, "KafkaNodePool").filter((p) => (p.spec.roles ?? []).includes("broker")).reduce((n, p) => n + p.spec.replicas, 0);
    const problems = [];
    for (const t of ofKind(objects, "KafkaTopic")) {
      const replicas = t.spec.replicas;
      const minIsr = Number(t.spec.config?.["min.insync.replicas"] ?? 1);
      if (replicas > brokers) problems.push(`${topicName(t)}: ${replicas} replicas on ${brokers} brokers`);
      if (brokers >= 3 && (replicas < 3 || minIsr !== 2)) problems.push(`${topicName(t)}: replicas ${replicas}, min.insync.replicas ${minIsr} (agreed 3 and 2)`);
      if (minIsr > replicas) problems.push(`${topicName(t)}: min.insync.replicas ${minIsr} > replicas ${replicas}: no write can succeed`);
    }
    assert.deepEqual(problems, []);
  });
}

/** The Ingress backend service for a URL (host rule, longest matching path), and whether TLS covers the host. */
function route(objects, url) {
  const u = new URL(url);
  let best = null;
  for (const ingress of ofKind(objects, "Ingress")) {
    for (const rule of ingress.spec.rules ?? []) {
      if (rule.host !== u.hostname) continue;
      for (const p of rule.http?.paths ?? []) {
        const path = p.path ?? "/";
        const hit = p.pathType === "Exact" ? u.pathname === path
          : u.pathname === path || u.pathname.startsWith(path.endsWith("/") ? path : `${path}/`);
        if (hit && (!best || path.length > best.path.length)) best = { path, service: p.backend.service?.name, ingress };
      }
    }
  }
  const tls = ofKind(objects, "Ingress").some((i) => (i.spec.tls ?? []).some((t) => (t.hosts ?? []).includes(u.hostname) && t.secretName));
  return { ...best, tls, scheme: u.protocol };
}

for (const overlay of overlays()) {
  test(`theVerificationLinksPrintedInQrCodesReachTheServiceThatAnswersThem: ${overlay}`, () => {
    const objects = render(overlay);
    const problems = [];
    for (const [service, variable, property] of [
      ["registration-service", "REFUGIO_CERTIFICATE_VERIFICATION_URL", "refugio.registration.certificate-verification-url"],
      ["documents-service", "REFUGIO_DOCUMENTS_VERIFICATION_URL", "refugio.documents.verification-url"],
    ]) {
      const d = ofKind(objects, "Deployment").find((x) => x.metadata.name === service);
      const url = (d && environment(objects, d).env.get(variable)?.value) ?? configOf(service).get(property);
      const r = route(objects, url);
      if (r.scheme !== "https:") problems.push(`${service}: ${variable}=${url} is not https`);
      if (r.service !== service) problems.push(`${service}: ${url} is routed to ${r.service ?? "nothing"}`);
      if (!r.tls) problems.push(`${service}: no Ingress TLS covers the host of ${url}`);
    }
    for (const ingress of ofKind(objects, "Ingress")) {
      const covered = new Set((ingress.spec.tls ?? []).flatMap((t) => t.hosts ?? []));
      for (const rule of ingress.spec.rules ?? []) {
        if (!covered.has(rule.host)) problems.push(`Ingress ${ingress.metadata.name}: host ${rule.host} without TLS`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

// issue 13, "documents people carry": each issuing service's public keys (JWKS) are reachable over TLS on its host.
const ISSUERS = ["registration-service", "documents-service"];
for (const overlay of overlays()) {
  test(`theJwksOfEachIssuingServiceIsPublishedOnItsHost: ${overlay}`, () => {
    const objects = render(overlay);
    const problems = [];
    for (const service of ISSUERS) {
      if (configOf(service).get("refugio.signing.jwks.enabled") !== "true") {
        problems.push(`${service}: refugio.signing.jwks.enabled is not true in its application.properties`);
      }
      const hosts = ofKind(objects, "Ingress").flatMap((i) => (i.spec.rules ?? [])
        .filter((r) => (r.http?.paths ?? []).some((p) => p.path === "/api" && p.backend.service?.name === service))
        .map((r) => r.host));
      if (hosts.length === 0) problems.push(`${service}: no Ingress host serves its /api`);
      for (const host of hosts) {
        const r = route(objects, `https://${host}/.well-known/jwks.json`);
        if (r.service !== service) problems.push(`${service}: https://${host}/.well-known/jwks.json is routed to ${r.service ?? "nothing"}`);
        if (!r.tls) problems.push(`${service}: no Ingress TLS covers ${host}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
