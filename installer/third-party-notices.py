#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.md: every library bundled in caredesk.jar with its licence (read from
its Maven POM, or its parent's), and the bundled fonts. Run from the repository root after a
dependency change:  mvn -q dependency:list -DincludeScope=runtime -DoutputFile=target/deps.txt
                    && python3 installer/third-party-notices.py target/deps.txt
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

M2 = os.path.expanduser("~/.m2/repository")
NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def pom_path(group, artifact, version):
    return os.path.join(M2, *group.split("."), artifact, version, f"{artifact}-{version}.pom")


def licences(group, artifact, version, depth=0):
    path = pom_path(group, artifact, version)
    if depth > 6 or not os.path.exists(path):
        return [], None, None
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return [], None, None
    ns = NS if root.tag.startswith("{") else {"m": ""}
    q = (lambda p: p.replace("m:", "")) if not root.tag.startswith("{") else (lambda p: p)
    found = [(l.findtext(q("m:name"), default="", namespaces=ns).strip(),
              l.findtext(q("m:url"), default="", namespaces=ns).strip())
             for l in root.findall(q("m:licenses/m:license"), ns)]
    name = root.findtext(q("m:name"), default="", namespaces=ns).strip()
    url = root.findtext(q("m:url"), default="", namespaces=ns).strip()
    if found:
        return found, name, url
    parent = root.find(q("m:parent"), ns)
    if parent is not None:
        pl, _, purl = licences(parent.findtext(q("m:groupId"), namespaces=ns),
                               parent.findtext(q("m:artifactId"), namespaces=ns),
                               parent.findtext(q("m:version"), namespaces=ns), depth + 1)
        return pl, name, url or purl
    return [], name, url


def main(deps_file):
    rows = []
    for line in open(deps_file, encoding="utf-8"):
        m = re.match(r"\s+([^:\s]+):([^:]+):jar:(?:[^:]+:)?([^:]+):(compile|runtime)", line)
        if m:
            group, artifact, version = m.group(1), m.group(2), m.group(3)
            lic, name, url = licences(group, artifact, version)
            rows.append((group, artifact, version, lic, url))
    rows.sort()
    out = ["# Third-party notices", "",
           "CareDesk is free software under the GNU General Public License, version 3 or (at your option)",
           "any later version (see LICENSE). It embeds SymmetricDS (GPL v3), which makes the whole a",
           "combined work under the GPL. It bundles the libraries and fonts below, each under its own licence.",
           "", "## Fonts", "",
           "- WenQuanYi Micro Hei — Apache License 2.0 (or GPL v3 with font exception); `assets/fonts/wqy-microhei.*`",
           "- AR PL UMing HK — Arphic Public License; `assets/fonts/uming.*`",
           "", "## Libraries (group:artifact:version — licence)", ""]
    for group, artifact, version, lic, url in rows:
        names = "; ".join(n + (f" <{u}>" if u else "") for n, u in lic) or "licence not stated in its POM: see " + (url or "its project")
        out.append(f"- `{group}:{artifact}:{version}` — {names}")
    out.append("")
    with open("THIRD-PARTY-NOTICES.md", "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"THIRD-PARTY-NOTICES.md: {len(rows)} libraries")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/deps.txt")
