#!/usr/bin/env python3
"""Renders deploy/kubernetes as `kubectl kustomize` does and checks the result.

Checks: every object against the Kubernetes API schema (kubernetes-validate, strict: unknown fields fail), and
the links the deployment relies on (the xds ConfigMap is mounted where the bootstrap's path_config_source points,
probes and the preStop hook reach the bootstrap's admin port, ...). When `kubectl` is on PATH, its own
`kubectl kustomize` output must equal this renderer's.

    validate.py [DIR]             check (DIR: the kustomization's directory, default: this script's)
    validate.py [DIR] --render    print the rendered manifests
Exit status 0 when every check passes; otherwise each failure is printed and the status is 1.
"""
import os
import re
import shutil
import subprocess
import sys

import yaml

# The oldest Kubernetes still supported upstream when this was written, and the newest the validator knows.
KUBERNETES_VERSIONS = ["1.32.0", None]


def load_yaml_documents(path):
    with open(path, encoding="utf-8") as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc is not None]


def render(directory):
    """The subset of kustomize this layout uses: resources, configMapGenerator, replicas and images."""
    with open(os.path.join(directory, "kustomization.yaml"), encoding="utf-8") as stream:
        kustomization = yaml.safe_load(stream)
    objects = []
    for generator in kustomization.get("configMapGenerator", []):
        # Without disableNameSuffixHash kustomize appends a content hash to the name; this renderer does not (the
        # link checks refuse such a ConfigMap for the live config, and kubectl's output then differs).
        data = {}
        for entry in generator.get("files", []):
            key, _, source = entry.partition("=") if "=" in entry else (os.path.basename(entry), "", entry)
            with open(os.path.join(directory, source), encoding="utf-8") as stream:
                data[key] = stream.read()
        objects.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": generator["name"]},
                        "data": data})
    for resource in kustomization.get("resources", []):
        objects.extend(load_yaml_documents(os.path.join(directory, resource)))
    for replica in kustomization.get("replicas", []):
        for obj in objects:
            if obj["metadata"]["name"] == replica["name"] and "replicas" in obj.get("spec", {}):
                obj["spec"]["replicas"] = replica["count"]
    for image in kustomization.get("images", []):
        for container in all_containers(objects):
            if container["image"].split(":")[0] == image["name"]:
                container["image"] = "%s:%s" % (image.get("newName", image["name"]), image.get("newTag", "latest"))
    return objects


def all_containers(objects):
    for obj in objects:
        pod = obj.get("spec", {}).get("template", {}).get("spec", {})
        yield from pod.get("containers", [])


def kubectl_render(directory):
    output = subprocess.run(["kubectl", "kustomize", directory], check=True, capture_output=True, text=True).stdout
    return [doc for doc in yaml.safe_load_all(output) if doc is not None]


def by_identity(objects):
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in objects}


def schema_failures(objects):
    import kubernetes_validate
    failures = []
    for version in KUBERNETES_VERSIONS:
        version = version or kubernetes_validate.utils.latest_version()
        for obj in objects:
            try:
                kubernetes_validate.validate(obj, version, strict=True)
            except Exception as error:  # ValidationError, SchemaNotFoundError: each is a failure to report
                failures.append("%s/%s against Kubernetes %s: %s"
                                % (obj["kind"], obj["metadata"]["name"], version, getattr(error, "message", error)))
    return failures


def link_failures(objects, directory):
    """The links between the manifests and the Envoy bootstrap that a schema cannot see."""
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    objects = by_identity(objects)
    with open(os.path.join(directory, "kustomization.yaml"), encoding="utf-8") as stream:
        kustomization = yaml.safe_load(stream)
    deployment = objects[("Deployment", "nuncio")]
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    args = container["args"]
    mounts = {mount["mountPath"]: mount for mount in container.get("volumeMounts", [])}
    volumes = {volume["name"]: volume for volume in pod.get("volumes", [])}
    ports = {port["name"]: port["containerPort"] for port in container.get("ports", [])}

    counts = [replica["count"] for replica in kustomization.get("replicas", []) if replica["name"] == "nuncio"]
    check(counts and deployment["spec"]["replicas"] == counts[0], "the Deployment's replicas are not N")

    def config_map_file(path):
        """The ConfigMap key mounted at `path`, either through a subPath mount or a directory mount."""
        for mount_path, mount in mounts.items():
            volume = volumes.get(mount["name"], {}).get("configMap")
            if volume is None:
                continue
            data = objects.get(("ConfigMap", volume["name"]), {}).get("data", {})
            if mount.get("subPath") and mount_path == path:
                return data.get(mount["subPath"]), mount
            if not mount.get("subPath") and os.path.dirname(path) == mount_path.rstrip("/"):
                return data.get(os.path.basename(path)), mount
        return None, None

    bootstrap_path = args[args.index("-c") + 1] if "-c" in args else None
    bootstrap_text, _ = config_map_file(bootstrap_path) if bootstrap_path else (None, None)
    check(bootstrap_text is not None, "-c %s is not a mounted ConfigMap file" % bootstrap_path)
    if bootstrap_text is None:
        return failures
    bootstrap = yaml.safe_load(bootstrap_text)
    admin_port = bootstrap["admin"]["address"]["socket_address"]["port_value"]
    check(ports.get("admin") == admin_port, "containerPort 'admin' is not the bootstrap's admin port")

    for name in ("lds_config", "cds_config"):
        source = bootstrap["dynamic_resources"][name]["path_config_source"]
        text, mount = config_map_file(source["path"])
        check(text is not None, "%s path %s is not a mounted ConfigMap file" % (name, source["path"]))
        if text is None:
            continue
        # Only a directory mount is updated in place by the kubelet; a subPath mount never changes.
        check(not mount.get("subPath"), "%s is mounted with subPath: it would never be updated" % name)
        watched = source.get("watched_directory", {}).get("path")
        check(watched == os.path.dirname(source["path"]),
              "%s watched_directory is not the directory the kubelet swaps (%s)" % (name, watched))
        resources = yaml.safe_load(text).get("resources", [])
        check(resources and all("@type" in resource for resource in resources),
              "%s: the resource file needs `resources:` entries with `@type`" % name)
        if name == "lds_config":
            listener_ports = [r["address"]["socket_address"]["port_value"] for r in resources]
            check(ports.get("http") in listener_ports, "containerPort 'http' is not a listener's port")
        xds_name = volumes[mount["name"]]["configMap"]["name"]
        generators = [g for g in kustomization.get("configMapGenerator", []) if g["name"] == xds_name]
        check(generators and generators[0].get("options", {}).get("disableNameSuffixHash"),
              "ConfigMap %s has a name hash: an edit would replace the pods instead of reloading them" % xds_name)

    readiness = container.get("readinessProbe", {}).get("httpGet", {})
    check(readiness.get("path") == "/ready" and readiness.get("port") == "admin",
          "the readiness probe is not the admin's /ready")
    liveness = container.get("livenessProbe", {}).get("httpGet", {})
    check(liveness.get("port") == "admin", "the liveness probe is not on the admin port")

    pre_stop = " ".join(container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", []))
    for endpoint in ("/healthcheck/fail", "/drain_listeners?graceful"):
        check("127.0.0.1:%d%s" % (admin_port, endpoint) in pre_stop, "the preStop hook does not POST %s" % endpoint)
    sleeps = sum(int(seconds) for seconds in re.findall(r"\bsleep\s+(\d+)", pre_stop))
    drain = int(args[args.index("--drain-time-s") + 1]) if "--drain-time-s" in args else 600
    check(pod.get("terminationGracePeriodSeconds", 30) > sleeps,
          "terminationGracePeriodSeconds does not outlast the preStop hook (%d s)" % sleeps)
    check(sleeps >= drain, "the preStop hook ends before --drain-time-s (%d s) is over" % drain)

    resources = container.get("resources", {})
    for kind in ("requests", "limits"):
        check({"cpu", "memory"} <= set(resources.get(kind, {})), "the container has no cpu and memory %s" % kind)
    security = container.get("securityContext", {})
    check(pod.get("securityContext", {}).get("runAsNonRoot") is True, "the pod does not require runAsNonRoot")
    check(security.get("readOnlyRootFilesystem") is True, "the root filesystem is writable")
    check(security.get("allowPrivilegeEscalation") is False, "privilege escalation is allowed")

    service = objects[("Service", "nuncio")]
    check(service["spec"]["selector"].items() <= pod_labels(deployment).items(),
          "the Service does not select the Deployment's pods")
    check(all(port.get("targetPort") in ports for port in service["spec"]["ports"]),
          "a Service targetPort is not a named container port")
    check("admin" not in [port.get("targetPort") for port in service["spec"]["ports"]],
          "the Service exposes the admin port")
    return failures


def pod_labels(deployment):
    return deployment["spec"]["template"]["metadata"]["labels"]


def main(argv):
    arguments = [argument for argument in argv if not argument.startswith("--")]
    directory = arguments[0] if arguments else os.path.dirname(os.path.abspath(__file__))
    objects = render(directory)
    if "--render" in argv:
        yaml.safe_dump_all(objects, sys.stdout, sort_keys=False)
        return 0
    failures = []
    if shutil.which("kubectl"):
        try:
            if by_identity(kubectl_render(directory)) != by_identity(objects):
                failures.append("kubectl kustomize renders differently from validate.py's renderer")
        except subprocess.CalledProcessError as error:
            failures.append("kubectl kustomize failed: %s" % error.stderr.strip())
    failures += schema_failures(objects)
    failures += link_failures(objects, directory)
    for failure in failures:
        print("FAIL " + failure)
    names = ", ".join("%s/%s" % (obj["kind"], obj["metadata"]["name"]) for obj in objects)
    print("validate.py: %d objects (%s), %d failures" % (len(objects), names, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
