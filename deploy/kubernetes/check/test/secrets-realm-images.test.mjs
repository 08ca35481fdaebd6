// Secrets the workloads read exist (made by an operator or by the secrets scripts); the realm has every role; the
// images are the ones the build produces.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { SERVICES, configOf, projectVersion, roles } from "../lib/project.mjs";
import { CHECK_DIR, K8S_DIR, KUSTOMIZE, ofKind, overlays, parseYamlStream, render } from "../lib/render.mjs";

/** Runs each secrets script against a fake kubectl and returns the Secrets it creates: name -> Set of keys. */
const scriptRuns = new Map();
function secretsTheScriptsCreate(singleNode) {
  if (!scriptRuns.has(singleNode)) scriptRuns.set(singleNode, runSecretsScripts(singleNode));
  return scriptRuns.get(singleNode);
}

function runSecretsScripts(singleNode) {
  const created = new Map();
  for (const script of ["create-infra-secrets", "create-app-secrets"]) {
    const path = join(K8S_DIR, "secrets", script);
    if (!existsSync(path)) continue;
    const dir = mkdtempSync(join(tmpdir(), "refugio-secrets-"));
    const logFile = join(dir, "log");
    try {
      // The infra script takes --single-node (no backup bucket there); the apps script needs no flag.
      const flags = singleNode && script === "create-infra-secrets" ? ["--single-node"] : [];
      execFileSync("bash", [path, ...flags], {
        encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, PATH: `${join(CHECK_DIR, "lib/fake-kubectl")}:${process.env.PATH}`, KUBECTL: join(CHECK_DIR, "lib/fake-kubectl/kubectl"),
          FAKE_KUBECTL_LOG: logFile, NODE_PATH: join(CHECK_DIR, "node_modules"),
          REFUGIO_BACKUP_S3_ACCESS_KEY_ID: "check", REFUGIO_BACKUP_S3_ACCESS_SECRET_KEY: "check" },
      });
      if (existsSync(logFile)) {
        for (const line of readFileSync(logFile, "utf8").split("\n").filter(Boolean)) {
          const s = JSON.parse(line);
          created.set(s.name, new Set([...(created.get(s.name) ?? []), ...s.keys]));
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return created;
}

/** Secrets the operators make: Strimzi for each KafkaUser and the cluster CA, CloudNativePG for each Cluster. */
function secretsTheOperatorsMake(objects) {
  const made = new Map();
  for (const u of ofKind(objects, "KafkaUser")) made.set(u.metadata.name, new Set(["password", "sasl.jaas.config"]));
  for (const k of ofKind(objects, "Kafka")) {
    made.set(`${k.metadata.name}-cluster-ca-cert`, new Set(["ca.crt", "ca.p12", "ca.password"]));
    made.set(`${k.metadata.name}-clients-ca-cert`, new Set(["ca.crt", "ca.p12", "ca.password"]));
  }
  for (const c of ofKind(objects, "Cluster")) {
    const name = c.metadata.name;
    made.set(`${name}-app`, new Set(["username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass", "user", "fqdn-uri", "fqdn-jdbc-uri"]));
    made.set(`${name}-ca`, new Set(["ca.crt", "ca.key"]));
    made.set(`${name}-server`, new Set(["tls.crt", "tls.key"]));
    if (c.spec.enableSuperuserAccess) made.set(`${name}-superuser`, new Set(["username", "password", "pgpass", "uri", "jdbc-uri"]));
  }
  for (const s of ofKind(objects, "Secret")) made.set(s.metadata.name, new Set(Object.keys({ ...(s.data ?? {}), ...(s.stringData ?? {}) })));
  return made;
}

/** Every (secret, key) a workload or an operator resource reads; key undefined = the whole Secret (envFrom, volume). */
function secretReads(objects) {
  const reads = [];
  for (const d of [...ofKind(objects, "Deployment"), ...ofKind(objects, "StatefulSet")]) {
    const spec = d.spec.template.spec;
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && !ref.optional) reads.push({ by: `${d.metadata.name} env ${e.name}`, name: ref.name, key: ref.key });
      }
      for (const e of c.envFrom ?? []) {
        if (e.secretRef && !e.secretRef.optional) reads.push({ by: `${d.metadata.name} envFrom`, name: e.secretRef.name });
      }
    }
    for (const v of spec.volumes ?? []) {
      if (v.secret && !v.secret.optional) {
        const items = v.secret.items ?? [];
        if (items.length === 0) reads.push({ by: `${d.metadata.name} volume ${v.name}`, name: v.secret.secretName });
        for (const i of items) reads.push({ by: `${d.metadata.name} volume ${v.name}`, name: v.secret.secretName, key: i.key });
      }
      for (const s of v.projected?.sources ?? []) {
        if (s.secret && !s.secret.optional) {
          for (const i of s.secret.items ?? [{}]) reads.push({ by: `${d.metadata.name} volume ${v.name}`, name: s.secret.name, key: i.key });
        }
      }
    }
  }
  for (const c of ofKind(objects, "Cluster")) {
    for (const r of c.spec.managed?.roles ?? []) {
      if (r.passwordSecret) {
        reads.push({ by: `${c.metadata.name} role ${r.name}`, name: r.passwordSecret.name, key: "username" });
        reads.push({ by: `${c.metadata.name} role ${r.name}`, name: r.passwordSecret.name, key: "password" });
      }
    }
    const s3 = c.spec.backup?.barmanObjectStore?.s3Credentials;
    for (const ref of [s3?.accessKeyId, s3?.secretAccessKey]) {
      if (ref) reads.push({ by: `${c.metadata.name} backup`, name: ref.name, key: ref.key });
    }
  }
  return reads;
}

for (const overlay of overlays()) {
  test(`everySecretKeyAServiceReadsIsCreatedByTheSecretsScripts: ${overlay}`, () => {
    const objects = render(overlay);
    const scripts = secretsTheScriptsCreate(overlay.startsWith("single-node"));
    const operators = secretsTheOperatorsMake(objects);
    const problems = [];
    for (const r of secretReads(objects)) {
      const keys = scripts.get(r.name) ?? operators.get(r.name);
      if (!keys) problems.push(`${r.by}: Secret ${r.name} is made neither by an operator nor by secrets/create-*-secrets`);
      else if (r.key !== undefined && !keys.has(r.key)) problems.push(`${r.by}: Secret ${r.name} has no key ${r.key} (it has ${[...keys].join(", ")})`);
    }
    assert.deepEqual(problems, []);
  });

  test(`everyEnvironmentVariableAServiceRequiresIsSet: ${overlay}`, () => {
    // ${VAR} without a default in a service's configuration: Quarkus refuses to start when it is missing.
    const objects = render(overlay);
    const scripts = secretsTheScriptsCreate(overlay.startsWith("single-node"));
    const problems = [];
    for (const service of SERVICES) {
      const d = ofKind(objects, "Deployment").find((x) => x.metadata.name === service);
      if (!d) continue;
      const c = d.spec.template.spec.containers[0];
      const names = new Set((c.env ?? []).map((e) => e.name));
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef) Object.keys(ofKind(objects, "ConfigMap").find((m) => m.metadata.name === e.configMapRef.name)?.data ?? {}).forEach((k) => names.add((e.prefix ?? "") + k));
        if (e.secretRef) [...(scripts.get(e.secretRef.name) ?? [])].forEach((k) => names.add((e.prefix ?? "") + k));
      }
      const required = new Set();
      const kit = readFileSync(join(CHECK_DIR, "../../../service-kit/src/main/resources/META-INF/microprofile-config.properties"), "utf8");
      const own = readFileSync(join(CHECK_DIR, `../../../${service}/src/main/resources/application.properties`), "utf8");
      for (const text of [kit, own]) {
        for (const line of text.split("\n")) {
          if (line.trim().startsWith("#") || line.trim().startsWith("%")) continue;
          for (const m of line.matchAll(/\$\{([A-Z][A-Z0-9_]*)\}/g)) required.add(m[1]);
        }
      }
      for (const v of required) if (!names.has(v)) problems.push(`${service} needs ${v}`);
    }
    assert.deepEqual(problems, []);
  });
}

function realmExports(objects) {
  const realms = [];
  for (const m of ofKind(objects, "ConfigMap")) {
    for (const [k, v] of Object.entries(m.data ?? {})) {
      if (!k.endsWith(".json")) continue;
      try {
        const json = JSON.parse(v);
        if (json.realm) realms.push(json);
      } catch {
        // not JSON
      }
    }
  }
  return realms;
}

for (const overlay of overlays().filter((o) => o === "single-node" || o.endsWith("keycloak"))) {
  test(`theRealmDeclaresEveryRoleTheServicesUse: ${overlay}`, () => {
    const realms = realmExports(render(overlay));
    assert.equal(realms.length, 1, `${overlay}: one Keycloak realm export in a ConfigMap`);
    const realm = realms[0];
    const declared = new Set((realm.roles?.realm ?? []).map((r) => r.name));
    assert.deepEqual(roles().filter((r) => !declared.has(r)), [], "roles of event-contracts security/Roles.java missing from the realm");
    const mappers = (realm.clients ?? []).flatMap((c) => c.protocolMappers ?? []).concat((realm.clientScopes ?? []).flatMap((s) => s.protocolMappers ?? []));
    assert.ok(mappers.some((m) => m.config?.["claim.name"] === "institution"), "a mapper puts the institution claim in the token");
    assert.ok(mappers.some((m) => m.protocolMapper === "oidc-audience-mapper"), "an audience mapper");
  });
}

test("imagesAreTheOnesTheBuildProduces: the base names refugio/<service>:<project version>", () => {
  const objects = parseYamlStream(execFileSync(KUSTOMIZE, ["build", join(K8S_DIR, "base")], { encoding: "utf8", maxBuffer: 64 << 20 }));
  const version = projectVersion();
  for (const service of SERVICES) {
    const d = ofKind(objects, "Deployment").find((x) => x.metadata.name === service);
    assert.ok(d, `no Deployment ${service} in the base`);
    assert.equal(d.spec.template.spec.containers[0].image, `refugio/${service}:${version}`, `${service}: the image jib builds (refugio.image.registry/artifactId:version)`);
  }
});

for (const overlay of overlays()) {
  test(`imagesAreTheOnesTheBuildProduces: ${overlay} only moves them to another registry or tag`, () => {
    for (const service of SERVICES) {
      const d = ofKind(render(overlay), "Deployment").find((x) => x.metadata.name === service);
      const image = d.spec.template.spec.containers[0].image;
      assert.match(image, new RegExp(`(^|/)${service}(:[\\w][\\w.-]*)?(@sha256:[0-9a-f]{64})?$`), `${overlay} ${service}: ${image}`);
      assert.ok(/:[\w][\w.-]*|@sha256:/.test(image.split("/").pop()), `${overlay} ${service}: ${image} names a tag or digest`);
    }
  });
}
