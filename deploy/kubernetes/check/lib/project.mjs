// What the code says, for the consistency tests: services, their Kafka channels, roles, version, secrets scripts.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { K8S_DIR, REPO_ROOT } from "./render.mjs";

export const SERVICES = ["registration-service", "interview-service", "decision-service", "documents-service", "appeals-service"];
export const OWN_TOPIC = (service) => `${service.replace(/-service$/, "")}.events`;
export const DLQ_TOPIC = (service) => `${service}.dlq`;

/** A .properties file as a Map (no continuation lines are used in this project); profile keys (%dev.) dropped. */
export function properties(file) {
  const map = new Map();
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    const m = line.match(/^([^=:\s]+)\s*[=:]\s*(.*)$/);
    if (m && !m[1].startsWith("%")) map.set(m[1], m[2]);
  }
  return map;
}

function resolveValue(value, config) {
  return value.replace(/\$\{([^}:]+)(?::([^}]*))?\}/g, (_, name, fallback) =>
    config.has(name) ? resolveValue(config.get(name), config) : (process.env[name.toUpperCase().replace(/[.-]/g, "_")] ?? fallback ?? ""));
}

/** The service's effective configuration: the kit's META-INF/microprofile-config.properties under its application.properties. */
export function configOf(service) {
  const kit = properties(join(REPO_ROOT, "service-kit/src/main/resources/META-INF/microprofile-config.properties"));
  const own = properties(join(REPO_ROOT, service, "src/main/resources/application.properties"));
  const merged = new Map([...kit, ...own]);
  return new Map([...merged].map(([k, v]) => [k, resolveValue(v, merged)]));
}

/**
 * The Kafka use of a service, from its configuration: the consumer channels (topic, group id, dead-letter topic),
 * the outgoing channels, and what the outbox writes (the service's own `<x>.events`, the topic of the events in its
 * package of event-contracts: EventType.topic).
 */
export function kafkaUseOf(service) {
  const config = configOf(service);
  const incoming = [];
  const outgoingTopics = new Set([OWN_TOPIC(service)]);
  const channels = new Set();
  for (const k of config.keys()) {
    const m = k.match(/^mp\.messaging\.(incoming|outgoing)\.([^.]+)\.connector$/);
    if (m && config.get(k) === "smallrye-kafka") channels.add(`${m[1]}:${m[2]}`);
  }
  for (const c of channels) {
    const [direction, name] = c.split(":");
    const p = `mp.messaging.${direction}.${name}.`;
    const topics = config.has(p + "topic") ? [config.get(p + "topic")]
      : config.has(p + "topics") ? config.get(p + "topics").split(/\s*,\s*/) : [name];
    if (direction === "outgoing") {
      topics.forEach((t) => outgoingTopics.add(t));
      continue;
    }
    const group = config.get(p + "group.id") ?? config.get("mp.messaging.connector.smallrye-kafka.group.id")
      ?? config.get("kafka.group.id") ?? config.get("quarkus.application.name");
    const strategy = config.get(p + "failure-strategy") ?? config.get("mp.messaging.connector.smallrye-kafka.failure-strategy");
    const dlq = strategy === "dead-letter-queue" ? (config.get(p + "dead-letter-queue.topic") ?? `dead-letter-topic-${topics[0]}`) : null;
    if (dlq) outgoingTopics.add(dlq);
    incoming.push({ channel: name, topics, group, dlq, partitions: config.get(p + "partitions") });
  }
  return { service, incoming, outgoingTopics: [...outgoingTopics].sort(), config };
}

/** The topic every event record of a service's package names (EventType.topic = Topics.X). */
export function eventTopicsOwnedBy(service) {
  const dir = join(REPO_ROOT, "event-contracts/src/main/java/pa/gob/refugio/events", service.replace(/-service$/, ""));
  const topicsJava = readFileSync(join(REPO_ROOT, "event-contracts/src/main/java/pa/gob/refugio/events/Topics.java"), "utf8");
  const constants = Object.fromEntries([...topicsJava.matchAll(/String\s+(\w+)\s*=\s*"([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const topics = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".java"))) {
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/topic\s*=\s*Topics\.(\w+)/g)) topics.add(constants[m[1]]);
  }
  return [...topics];
}

/** The role names of event-contracts' Roles.java (string constants). */
export function roles() {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === "Roles.java" && dir.endsWith("security")) files.push(join(dir, e.name));
    }
  };
  walk(join(REPO_ROOT, "event-contracts/src/main/java"));
  const names = new Set();
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/public static final String\s+\w+\s*=\s*"([^"]+)"/g)) names.add(m[1]);
  }
  return [...names].sort();
}

/** The project version from the root pom (REFUGIO_VERSION when Maven passes it). */
export function projectVersion() {
  if (process.env.REFUGIO_VERSION) return process.env.REFUGIO_VERSION;
  const pom = readFileSync(join(REPO_ROOT, "pom.xml"), "utf8");
  return pom.replace(/<parent>[\s\S]*?<\/parent>/, "").match(/<version>([^<]+)<\/version>/)[1];
}

/** The text of the secrets scripts (secrets/create-*-secrets); empty when none exists yet. */
export function secretsScripts() {
  const dir = join(K8S_DIR, "secrets");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.startsWith("create-")).map((f) => ({ file: f, text: readFileSync(join(dir, f), "utf8") }));
}
