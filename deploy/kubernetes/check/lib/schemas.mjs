// Every kind the schema packages know, by apiVersion and kind: kubernetes-models@5.1.0 (core Kubernetes),
// @kubernetes-models/strimzi-kafka-operator@1.0.1, @kubernetes-models/cloudnative-pg@2.0.0,
// @kubernetes-models/prometheus-operator@6.0.0. An object whose kind none of them knows is not validated: the tests fail it.
import * as core from "kubernetes-models";
import * as strimzi from "@kubernetes-models/strimzi-kafka-operator";
import * as cnpg from "@kubernetes-models/cloudnative-pg";
import * as prometheus from "@kubernetes-models/prometheus-operator";

function collect(namespace, into, source) {
  for (const value of Object.values(namespace)) {
    if (typeof value === "function" && typeof value.apiVersion === "string" && typeof value.kind === "string") {
      const id = `${value.apiVersion}/${value.kind}`;
      if (!into.has(id)) {
        into.set(id, { model: value, source });
      }
    } else if (value && typeof value === "object") {
      collect(value, into, source);
    }
  }
}

export const MODELS = new Map();
collect(core, MODELS, "kubernetes-models@5.1.0");
collect(strimzi, MODELS, "@kubernetes-models/strimzi-kafka-operator@1.0.1");
collect(prometheus, MODELS, "@kubernetes-models/prometheus-operator@6.0.0");
collect(cnpg, MODELS, "@kubernetes-models/cloudnative-pg@2.0.0");

export function modelOf(object) {
  return MODELS.get(`${object.apiVersion}/${object.kind}`);
}

/** Validates against the package's schema; returns the error messages (none when valid). */
export function schemaErrors(object) {
  const found = modelOf(object);
  if (!found) {
    return [`no schema package knows ${object.apiVersion} ${object.kind}: it cannot be validated`];
  }
  try {
    new found.model(object).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

/**
 * The schema packages accept properties their schemas do not declare (a typo such as `replica:` passes). This strict
 * check runs the same compiled validator over a Proxy of the object and records which properties the validator looks
 * up at each path: a property present in the object that the validator never looked up, in an object whose schema
 * declares properties (the validator looked up at least one name there) and does not take arbitrary keys (the
 * validator did not enumerate the object's keys, as it does for maps and additionalProperties), is not in the schema.
 * Objects whose schema declares no properties at all (x-kubernetes-preserve-unknown-fields, e.g. Strimzi's `config`)
 * are free-form and not descended into.
 */
export function unknownProperties(object) {
  const found = modelOf(object);
  if (!found) {
    return [];
  }
  const reads = new Map(); // path -> Set of property names looked up
  const enumerated = new Set(); // paths whose keys were enumerated
  const proxies = new WeakMap();
  const wrap = (value, path) => {
    if (value === null || typeof value !== "object") {
      return value;
    }
    if (proxies.has(value)) {
      return proxies.get(value);
    }
    const proxy = new Proxy(value, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && !(Array.isArray(target) && (prop === "length" || /^\d+$/.test(prop)))) {
          if (!reads.has(path)) reads.set(path, new Set());
          reads.get(path).add(prop);
        }
        const child = Reflect.get(target, prop, receiver);
        if (typeof prop === "string" && Object.prototype.hasOwnProperty.call(target, prop)) {
          return wrap(child, `${path}/${prop}`);
        }
        return child;
      },
      ownKeys(target) {
        enumerated.add(path);
        return Reflect.ownKeys(target);
      },
      has(target, prop) {
        if (typeof prop === "string") {
          if (!reads.has(path)) reads.set(path, new Set());
          reads.get(path).add(prop);
        }
        return Reflect.has(target, prop);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  };
  const data = JSON.parse(JSON.stringify(object));
  try {
    found.model.prototype.validate.call(wrap(data, ""));
  } catch {
    // schema errors are reported by schemaErrors
  }
  const unknown = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}/${i}`));
      return;
    }
    if (value === null || typeof value !== "object") {
      return;
    }
    const looked = reads.get(path) ?? new Set();
    if (enumerated.has(path) || looked.size === 0) {
      return; // a map, or a free-form object
    }
    for (const k of Object.keys(value)) {
      if (!looked.has(k)) {
        unknown.push(`${path}/${k}`);
      } else {
        walk(value[k], `${path}/${k}`);
      }
    }
  };
  walk(data, "");
  return unknown;
}
