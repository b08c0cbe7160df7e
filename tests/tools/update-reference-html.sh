#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates tests/data/reference/<name>.html from tests/data/input/<name>.rst with the renderer
# itself: runs htmlrenderer_test's goldenFiles test with SPECWRIGHT_UPDATE_REFERENCES=1, which
# writes the references instead of comparing them. Build first, then run it in the build
# environment:
#
#   packaging/devroot.sh exec tests/tools/update-reference-html.sh [BUILD_DIR]   (default build/dev)
#
# References listed in knownBrokenReferences() in tests/core/htmlrenderer_test.cpp hold the right
# HTML, edited by hand, and are left alone. References whose input no longer exists are removed.
# Review the diff before committing: a reference is only as good as the rendering it records.
set -eu

tools_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$tools_dir/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
case $build_dir in
/*) ;;
*) build_dir=$(pwd)/$build_dir ;;
esac
test_binary=$build_dir/bin/htmlrenderer_test
if [ ! -x "$test_binary" ]; then
    echo "update-reference-html.sh: $test_binary not found; build $build_dir first" >&2
    exit 2
fi

data_dir=$source_dir/tests/data
SPECWRIGHT_UPDATE_REFERENCES=1 LC_ALL=C.UTF-8 QT_QPA_PLATFORMTHEME= "$test_binary" goldenFiles

for reference in "$data_dir"/reference/*.html; do
    [ -e "$reference" ] || continue
    name=$(basename "$reference" .html)
    if [ ! -e "$data_dir/input/$name.rst" ]; then
        rm -- "$reference"
        echo "removed reference/$name.html"
    fi
done
echo "$(ls "$data_dir"/reference/*.html | wc -l) reference HTML files in $data_dir/reference"
