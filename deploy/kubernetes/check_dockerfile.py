#!/usr/bin/env python3
"""Checks deploy/kubernetes/Dockerfile without a Docker engine.

hadolint (when on PATH or beside this Python) lints it; dockerfile-parse reads its stages, and the checks below
hold it to what the manifests expect: a Swift build stage that builds the `nuncio` product, a runtime stage
without the toolchain, a numeric non-root user, the ports and paths of the bootstrap, Envoy's command line.

    check_dockerfile.py [DOCKERFILE]
Exit status 0 when every check passes; otherwise each failure is printed and the status is 1.
"""
import json
import os
import shutil
import subprocess
import sys

import yaml
from dockerfile_parse import DockerfileParser

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))


def stages(structure):
    """The instructions of each stage, in order, as (instruction, value) pairs."""
    result = []
    for item in structure:
        if item["instruction"] == "FROM":
            result.append([])
        if result and item["instruction"] != "COMMENT":
            result[-1].append((item["instruction"], item["value"]))
    return result


def values(stage, instruction):
    return [value for name, value in stage if name == instruction]


def hadolint_failures(path):
    beside = os.path.join(os.path.dirname(sys.executable), "hadolint")
    binary = beside if os.access(beside, os.X_OK) else shutil.which("hadolint")
    if binary is None:
        print("note: hadolint not found; lint skipped")
        return []
    run = subprocess.run([binary, "--no-color", path], capture_output=True, text=True)
    return ["hadolint: " + line for line in (run.stdout + run.stderr).splitlines() if line.strip()]


def check_failures(path):
    failures = []

    def check(condition, message):
        if not condition:
            failures.append(message)

    with open(path, "rb") as stream:
        parser = DockerfileParser(fileobj=stream)
        structure = parser.structure
        multistage = parser.is_multistage
    build, runtime = (stages(structure) + [[], []])[:2]
    check(len(stages(structure)) == 2, "expected two stages (build, runtime)")
    check(multistage, "not a multi-stage build")
    base = values(build, "FROM")[0] if build else ""
    check(base.startswith("swift:") and base.endswith(" AS build"), "the first stage is not FROM swift:... AS build")
    build_runs = " ".join(values(build, "RUN"))
    check("libncursesw5-dev" in build_runs, "the build stage does not install libncursesw5-dev")
    check("swift build -c release --product nuncio" in build_runs, "the build stage does not build nuncio")

    runtime_base = values(runtime, "FROM")[0] if runtime else ""
    check(not runtime_base.startswith("swift:") or "-slim" in runtime_base,
          "the runtime stage carries the whole Swift toolchain")
    runtime_runs = " ".join(values(runtime, "RUN"))
    # What `ldd` shows the statically linked nuncio still needs, and the preStop hook's curl.
    for package in ("libncursesw6", "libstdc++6", "zlib1g", "curl"):
        check(package in runtime_runs, "the runtime stage does not install %s" % package)
    copies = values(runtime, "COPY")
    check(any(copy.startswith("--from=build ") and copy.endswith(" /usr/local/bin/nuncio") for copy in copies),
          "the runtime stage does not copy the built nuncio")
    for copy in copies:
        if not copy.startswith("--"):
            for source in copy.split()[:-1]:
                check(os.path.exists(os.path.join(REPOSITORY, source)), "COPY source %s does not exist" % source)

    users = values(runtime, "USER")
    user = users[-1].split(":")[0] if users else "0"
    check(user.isdigit() and int(user) != 0, "the runtime user is not a numeric non-root user (%s)" % user)

    entrypoint = json.loads(values(runtime, "ENTRYPOINT")[-1]) if values(runtime, "ENTRYPOINT") else []
    command = json.loads(values(runtime, "CMD")[-1]) if values(runtime, "CMD") else []
    check(entrypoint == ["/usr/local/bin/nuncio"], "ENTRYPOINT is not the nuncio binary in exec form")
    check(command[:2] == ["-c", "/etc/nuncio/bootstrap.yaml"], "CMD is not Envoy's -c /etc/nuncio/bootstrap.yaml")

    with open(os.path.join(HERE, "config", "bootstrap.yaml"), encoding="utf-8") as stream:
        bootstrap = yaml.safe_load(stream)
    with open(os.path.join(HERE, "config", "lds.yaml"), encoding="utf-8") as stream:
        listeners = yaml.safe_load(stream)["resources"]
    exposed = {int(port.split("/")[0]) for value in values(runtime, "EXPOSE") for port in value.split()}
    wanted = {bootstrap["admin"]["address"]["socket_address"]["port_value"]}
    wanted |= {listener["address"]["socket_address"]["port_value"] for listener in listeners}
    check(wanted <= exposed, "EXPOSE %s lacks the config's ports %s" % (sorted(exposed), sorted(wanted)))
    targets = " ".join(copy.split()[-1] for copy in copies)
    for name in ("lds_config", "cds_config"):
        directory = os.path.dirname(bootstrap["dynamic_resources"][name]["path_config_source"]["path"])
        check(directory in targets, "the image has no %s directory %s" % (name, directory))
    return failures


def main(argv):
    path = argv[0] if argv else os.path.join(HERE, "Dockerfile")
    failures = hadolint_failures(path) + check_failures(path)
    for failure in failures:
        print("FAIL " + failure)
    print("check_dockerfile.py: %s, %d failures" % (os.path.relpath(path, REPOSITORY), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
