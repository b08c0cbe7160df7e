#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates tests/data/reference/<name>.tree from tests/data/input/<name>.rst with docutils
# (tests/tools/docutils_tree.py, @LINE included), and <name>.messages: the WARNING and higher
# messages after docutils' transforms, as a Sphinx build has them. Run it in the build environment, whose docutils
# is the reference version:
#
#   packaging/devroot.sh exec tests/tools/update-reference-trees.sh
#
# References whose input no longer exists are removed. Review the diff before committing.
set -eu

tools_dir=$(cd "$(dirname "$0")" && pwd)
data_dir=$(cd "$tools_dir/../data" && pwd)

exec python3 -B - "$tools_dir" "$data_dir" <<'PYTHON'
import glob, os, sys

tools_dir, data_dir = sys.argv[1], sys.argv[2]
sys.path.insert(0, tools_dir)
import docutils_tree

if not docutils_tree.docutils.__version__.startswith("0.21"):
    print("update-reference-trees.sh: warning: docutils %s, the references come from 0.21"
          % docutils_tree.docutils.__version__, file=sys.stderr)

input_dir = os.path.join(data_dir, "input")
reference_dir = os.path.join(data_dir, "reference")
os.makedirs(reference_dir, exist_ok=True)
def write_if_changed(target, text):
    old = None
    if os.path.exists(target):
        with open(target, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(target, "w", encoding="utf-8") as f:
            f.write(text)
        print("%s %s" % ("updated" if old is not None else "created", os.path.relpath(target, data_dir)))

names = []
for path in sorted(glob.glob(os.path.join(input_dir, "*.rst"))):
    name = os.path.splitext(os.path.basename(path))[0]
    names.append(name)
    write_if_changed(os.path.join(reference_dir, name + ".tree"), "\n".join(docutils_tree.file_tree(path)) + "\n")
    # The messages after docutils' transforms too (WARNING and above, no lines): what the gate sees.
    messages = docutils_tree.serious_messages(
        docutils_tree.transformed_messages(docutils_tree.read_text(path), path))
    write_if_changed(os.path.join(reference_dir, name + ".messages"), "".join(m + "\n" for m in messages))
for stale in sorted(glob.glob(os.path.join(reference_dir, "*.tree")) +
                    glob.glob(os.path.join(reference_dir, "*.messages"))):
    if os.path.splitext(os.path.basename(stale))[0] not in names:
        os.remove(stale)
        print("removed %s" % os.path.relpath(stale, data_dir))
print("%d reference trees in %s" % (len(names), os.path.relpath(reference_dir, os.getcwd())))
PYTHON
