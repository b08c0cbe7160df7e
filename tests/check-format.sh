#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file under src/, tests/ or plugins/ differs from .clang-format.
# Usage: check-format.sh CLANG_FORMAT SOURCE_DIR
set -eu
clang_format=$1
cd "$2"
files=$(find src tests plugins -name '*.cpp' -o -name '*.h' | sort)
# shellcheck disable=SC2086
"$clang_format" --dry-run --Werror $files
echo "$(echo "$files" | wc -l) files follow .clang-format"
