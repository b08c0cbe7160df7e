#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds, tests and runs Specwright in a Debian 13 (trixie) root when the host
# lacks the stack (Qt >= 6.5 with WebEngine, KF6 SyntaxHighlighting,
# cmark-gfm), or directly on a host that has it.
#
#   packaging/devroot.sh run [FILE]   build and launch the app (example spec by default)
#   packaging/devroot.sh test         build and run the whole test suite (ctest)
#   packaging/devroot.sh package      build the .deb, install it with apt in a clean Debian 13 root
#                                     and smoke-test the installed programs
#   packaging/devroot.sh asan         build with AddressSanitizer + UBSan (preset asan, build/asan)
#                                     and run the whole test suite under them
#   packaging/devroot.sh fuzz [SECONDS]
#                                     build the libFuzzer targets (preset fuzz, clang, build/fuzz) and
#                                     run each for SECONDS (default 60) from seed corpora, then the
#                                     RST differential run against docutils for 3 x SECONDS
#   packaging/devroot.sh build        configure and build only
#   packaging/devroot.sh setup        create or refresh the build root only
#   packaging/devroot.sh exec CMD...  run a command in the build environment
#   packaging/devroot.sh shell        interactive shell in the build environment
#
# Environment:
#   SPECWRIGHT_NATIVE=1|0   force native build (1) or the Debian 13 root (0)
#   SPECWRIGHT_ROOT_DIR     where the root lives (default: $XDG_CACHE_HOME/specwright/trixie-root)
#   SPECWRIGHT_MIRROR       Debian mirror URL (default: read from the host's apt sources)
#   SPECWRIGHT_BUILD_DIR    build directory (default: <source>/build/dev)
set -euo pipefail

# Bump when the way the root is made changes, so existing roots are rebuilt.
readonly ROOT_LAYOUT=3
readonly SUITE=trixie

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
self="$script_dir/$(basename "${BASH_SOURCE[0]}")"
src_dir=$(cd "$script_dir/.." && pwd)
deps_file="$script_dir/debian-build-deps.txt"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/specwright"
root_dir="${SPECWRIGHT_ROOT_DIR:-$cache_dir/$SUITE-root}"
build_dir="${SPECWRIGHT_BUILD_DIR:-$src_dir/build/dev}"
shared_dir="$(dirname "$src_dir")/shared"
xvfb_args="-screen 0 1600x1000x24 -nolisten tcp"

say() { printf 'devroot: %s\n' "$*" >&2; }
die() {
    printf 'devroot: error: %s\n' "$*" >&2
    exit 1
}

deps_list() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$deps_file" | grep -v '^$'; }

stamp() { { echo "layout=$ROOT_LAYOUT suite=$SUITE"; cat "$deps_file"; } | sha256sum | cut -d' ' -f1; }

# --- Does the host have the whole stack natively? -------------------------------------------
cmake_package_dirs() {
    local d
    for d in /usr/lib/cmake /usr/lib/*/cmake /usr/lib64/cmake /usr/share/cmake /usr/local/lib/cmake; do
        [ -d "$d" ] && echo "$d"
    done
}

has_cmake_package() {
    local name=$1 d
    for d in $(cmake_package_dirs); do
        [ -f "$d/$name/${name}Config.cmake" ] || [ -f "$d/$name/$(echo "$name" | tr 'A-Z' 'a-z')-config.cmake" ] && return 0
    done
    return 1
}

host_qt_version_ok() {
    local d f v
    for d in $(cmake_package_dirs); do
        f="$d/Qt6Core/Qt6CoreConfigVersion.cmake"
        [ -f "$f" ] || continue
        v=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$f" | head -1)
        [ -n "$v" ] || continue
        # Qt >= 6.5
        [ "$(printf '%s\n6.5.0\n' "$v" | sort -V | head -1)" = "6.5.0" ] && return 0
    done
    return 1
}

host_has_stack() {
    command -v cmake >/dev/null && command -v c++ >/dev/null || return 1
    host_qt_version_ok || return 1
    local p
    for p in Qt6WebEngineWidgets Qt6Concurrent Qt6Test KF6SyntaxHighlighting; do
        has_cmake_package "$p" || return 1
    done
    [ -f /usr/include/cmark-gfm.h ] || [ -f /usr/local/include/cmark-gfm.h ] || return 1
    [ -f /usr/include/cmark-gfm-core-extensions.h ] || [ -f /usr/local/include/cmark-gfm-core-extensions.h ] || return 1
    return 0
}

use_native() {
    case "${SPECWRIGHT_NATIVE:-auto}" in
    1 | yes | true) return 0 ;;
    0 | no | false) return 1 ;;
    *) host_has_stack ;;
    esac
}

# --- The Debian 13 root ------------------------------------------------------------------------
# The host's Debian mirror: the URI that serves the host's own release in its apt sources.
host_mirror() {
    if [ -n "${SPECWRIGHT_MIRROR:-}" ]; then
        echo "$SPECWRIGHT_MIRROR"
        return
    fi
    local codename="" f
    [ -r /etc/os-release ] && codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || return 0
    {
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -f "$f" ] || continue
            awk -v c="$codename" '
                $1 == "deb" {
                    i = 2
                    if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                    if ($(i + 1) == c) { print $i; exit }
                }' "$f"
        done
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -f "$f" ] || continue
            awk -v c="$codename" '
                BEGIN { RS = ""; FS = "\n" }
                {
                    uris = ""; suites = ""; types = ""; enabled = "yes"
                    for (i = 1; i <= NF; i++) {
                        line = $i
                        if (line ~ /^[ \t]*#/) continue
                        key = tolower(substr(line, 1, index(line, ":") - 1))
                        val = substr(line, index(line, ":") + 1)
                        gsub(/^[ \t]+|[ \t]+$/, "", val)
                        if (key == "uris") uris = val
                        else if (key == "suites") suites = val
                        else if (key == "types") types = val
                        else if (key == "enabled") enabled = tolower(val)
                    }
                    if (enabled == "no" || types !~ /(^|[ \t])deb([ \t]|$)/) next
                    n = split(suites, s, /[ \t]+/)
                    for (j = 1; j <= n; j++)
                        if (s[j] == c) { split(uris, u, /[ \t]+/); print u[1]; exit }
                }' "$f"
        done
    } | head -n 1
}

ensure_host_tools() {
    local missing=() t
    for t in debootstrap unshare chroot flock sha256sum; do
        command -v "$t" >/dev/null || missing+=("$t")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        die "missing host tools: ${missing[*]}. Install them as root: 'sudo apt-get install debootstrap util-linux coreutils', then run this again."
    fi
    say "installing host tools: debootstrap"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap util-linux coreutils; } >&2; then
        die "could not install debootstrap with apt-get (no network?). Install it by hand: 'apt-get install debootstrap', then run this again."
    fi
}

# Runs "$@" chrooted into $1 with /proc, /dev, /sys, a tmpfs /tmp and the source tree mounted,
# all inside a private mount namespace so nothing stays mounted once it exits.
enter_root() {
    local root=$1
    shift
    [ "$(id -u)" -eq 0 ] || die "entering the build root needs root (it uses unshare and chroot): run 'sudo $self ...'"
    exec unshare --mount --fork --kill-child -- "$self" __enter "$root" "$@"
}

# Inside the new mount namespace (called through enter_root).
inner_enter() {
    local root=$1
    shift
    mount --make-rprivate /
    mount --rbind /dev "$root/dev"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    if ! mountpoint -q "$root/dev/shm"; then
        mkdir -p "$root/dev/shm" 2>/dev/null || true
        mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    fi
    mkdir -p "$root$src_dir"
    mount --bind "$src_dir" "$root$src_dir"
    if [ -d "$shared_dir" ]; then
        mkdir -p "$root$shared_dir"
        mount --bind "$shared_dir" "$root$shared_dir"
        mount -o remount,bind,ro "$root$shared_dir" 2>/dev/null || true
    fi
    # A file the user opens from outside the tree (devroot.sh run FILE) keeps its path.
    local extra=${SPECWRIGHT_EXTRA_BIND:-}
    case "$extra" in / | /bin* | /boot* | /dev* | /etc* | /lib* | /proc* | /run* | /sbin* | /sys* | /usr* | /var) extra="" ;; esac
    if [ -n "$extra" ] && [ -d "$extra" ]; then
        mkdir -p "$root$extra"
        mount --bind "$extra" "$root$extra"
    fi
    [ -f /etc/resolv.conf ] && cat /etc/resolv.conf >"$root/etc/resolv.conf" 2>/dev/null || true

    local envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
        LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive
        XDG_RUNTIME_DIR=/tmp/runtime-root)
    [ -n "${CI:-}" ] && envs+=(CI="$CI")
    local v
    for v in $(compgen -e); do
        case "$v" in SPECWRIGHT_* | QT_* | CTEST_* | CMAKE_BUILD_PARALLEL_LEVEL) envs+=("$v=${!v}") ;; esac
    done
    if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
        mkdir -p "$root/tmp/.X11-unix"
        mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        envs+=(DISPLAY="$DISPLAY")
        if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
            touch "$root/tmp/.Xauthority"
            mount --bind "$XAUTHORITY" "$root/tmp/.Xauthority"
            envs+=(XAUTHORITY=/tmp/.Xauthority)
        fi
    fi
    # Chromium's sandbox refuses to run as root; only then is it switched off.
    envs+=(QTWEBENGINE_DISABLE_SANDBOX=1)
    mkdir -p "$root/tmp/runtime-root" && chmod 700 "$root/tmp/runtime-root"
    exec chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c 'cd "$1" && shift && exec "$@"' bash "$src_dir" "$@"
}

create_root() {
    ensure_host_tools
    [ "$(id -u)" -eq 0 ] || die "creating the Debian 13 build root needs root: run 'sudo $self setup'"
    local mirror
    mirror=$(host_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in the host's apt sources; set SPECWRIGHT_MIRROR=<debian mirror URL>"
    local tmp="$root_dir.new"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    local t0=$SECONDS
    say "creating a Debian 13 root in $root_dir from $mirror (debootstrap, about a minute)"
    if ! debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$tmp" "$mirror" >"$cache_dir/debootstrap.log" 2>&1; then
        tail -n 20 "$cache_dir/debootstrap.log" >&2
        die "debootstrap failed (full log: $cache_dir/debootstrap.log)"
    fi
    local t1=$SECONDS
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$SUITE" "$mirror" "$SUITE" >"$tmp/etc/apt/sources.list"
    # No daemons are started by package scripts inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod +x "$tmp/usr/sbin/policy-rc.d"
    local pkgs
    pkgs=$(deps_list | tr '\n' ' ')
    say "installing $(deps_list | wc -l) packages from $(basename "$deps_file")"
    if ! (unshare --mount --fork --kill-child -- "$self" __enter "$tmp" /bin/sh -c \
        "apt-get update -qq && apt-get install -y -qq --no-install-recommends $pkgs && apt-get clean" \
        >"$cache_dir/packages.log" 2>&1); then
        tail -n 30 "$cache_dir/packages.log" >&2
        die "installing the build dependencies failed (full log: $cache_dir/packages.log)"
    fi
    stamp >"$tmp/.specwright-stamp"
    rm -rf "$root_dir"
    mv "$tmp" "$root_dir"
    say "root ready: debootstrap $((t1 - t0)) s, packages $((SECONDS - t1)) s"
}

ensure_root() {
    mkdir -p "$cache_dir"
    exec 9>"$cache_dir/lock"
    flock 9
    if [ -f "$root_dir/.specwright-stamp" ] && [ "$(cat "$root_dir/.specwright-stamp")" = "$(stamp)" ]; then
        flock -u 9
        return 0
    fi
    [ -d "$root_dir" ] && say "the dependency list changed: rebuilding the root"
    create_root
    flock -u 9
}

# Installs the .deb $1 in a new, clean Debian 13 root (debootstrap minbase, nothing else) with apt,
# which must resolve every dependency itself, then runs the installed programs; the root is removed after.
install_test() {
    local deb=$1
    local clean="$cache_dir/$SUITE-clean"
    local mirror
    mirror=$(host_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in the host's apt sources; set SPECWRIGHT_MIRROR=<debian mirror URL>"
    local t0=$SECONDS
    rm -rf "$clean"
    mkdir -p "$clean"
    say "installing $(basename "$deb") in a clean Debian 13 root"
    if ! debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$clean" "$mirror" >"$cache_dir/clean-debootstrap.log" 2>&1; then
        tail -n 20 "$cache_dir/clean-debootstrap.log" >&2
        die "debootstrap failed (full log: $cache_dir/clean-debootstrap.log)"
    fi
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$SUITE" "$mirror" "$SUITE" >"$clean/etc/apt/sources.list"
    printf '#!/bin/sh\nexit 101\n' >"$clean/usr/sbin/policy-rc.d"
    chmod +x "$clean/usr/sbin/policy-rc.d"
    local example="$src_dir/resources/examples/example-spec.rst"
    local shot="$src_dir/build/screenshots/installed.png"
    mkdir -p "$(dirname "$shot")"
    rm -f "$shot"
    # apt resolves the package's dependencies (Xvfb only drives the smoke test); then the
    # installed programs must work: the checker on the example spec, the app long enough to draw.
    if ! (enter_root "$clean" /bin/sh -c "apt-get update -qq && apt-get install -y -qq $(printf '%q' "$deb") xvfb xauth \
            >/tmp/apt.log 2>&1 || { tail -n 30 /tmp/apt.log; exit 1; }
        /usr/bin/specwright-cli check --profile glance $(printf '%q' "$example") &&
        xvfb-run -a -s '$xvfb_args' /usr/bin/specwright --screenshot $(printf '%q' "$shot") $(printf '%q' "$example")"); then
        rm -rf "$clean"
        die "the package did not install or run in a clean Debian 13 root"
    fi
    rm -rf "$clean"
    [ -s "$shot" ] || die "the installed specwright did not start"
    say "package installed by apt in a clean Debian 13 root and ran ($((SECONDS - t0)) s): $shot"
}

# --- Running commands in the build environment -------------------------------------------------
# run_env GUI CMD...: GUI=1 runs the command under xvfb-run when there is no display.
run_env() {
    local gui=$1
    shift
    local cmd=("$@")
    if [ "$gui" = 1 ] && [ -z "${DISPLAY:-}" ]; then
        cmd=(xvfb-run -a -s "$xvfb_args" "${cmd[@]}")
    fi
    if use_native; then
        if [ "$gui" = 1 ] && [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null; then
            die "no display and no xvfb-run: install Xvfb (Debian: 'apt-get install xvfb xauth')"
        fi
        [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
        (cd "$src_dir" && "${cmd[@]}")
    else
        ensure_root
        (enter_root "$root_dir" "${cmd[@]}")
    fi
}

build() {
    use_native || ensure_root
    local t0=$SECONDS
    # The dev preset of CMakePresets.json, with the build directory overridable.
    run_env 0 /bin/sh -c "cmake --preset dev -B $(printf '%q' "$build_dir") >/dev/null && cmake --build $(printf '%q' "$build_dir")"
    say "build finished in $((SECONDS - t0)) s"
}

# Sanitizer runtime options for everything run from build/asan and build/fuzz. Leaks are checked;
# the only suppressions are third-party ones (tests/sanitizers/lsan.supp). $1 = full: every
# allocation's stack unwound in full, which LeakSanitizer needs to name libraries built without
# frame pointers (Mesa, Chromium), at 8 times the run time; fast (the default): frame pointers
# only; noleaks: fast, leaks not checked.
sanitizer_env() {
    local unwind=1 leaks=1
    case "${1:-fast}" in
    full) unwind=0 ;;
    noleaks) leaks=0 ;;
    esac
    printf '%s\n' env \
        "ASAN_OPTIONS=detect_leaks=$leaks:fast_unwind_on_malloc=$unwind:check_initialization_order=1" \
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" \
        "LSAN_OPTIONS=suppressions=$src_dir/tests/sanitizers/lsan.supp:print_suppressions=0"
}

# The whole test suite built with -fsanitize=address,undefined (the asan preset: Debug at -O1).
asan() {
    use_native || ensure_root
    local dir="$src_dir/build/asan" t0=$SECONDS
    run_env 0 /bin/sh -c "cmake --preset asan >/dev/null && cmake --build $(printf '%q' "$dir")"
    say "asan build finished in $((SECONDS - t0)) s"
    local t1=$SECONDS env_cmd ctest_cmd=(ctest --test-dir "$dir" --output-on-failure --timeout 900 --no-tests=ignore)
    # Leaks: checked everywhere but in the tests that build the main window (label "window", see
    # tests/widgets/CMakeLists.txt), where only the "window-leaks" ones check them, with full stacks.
    mapfile -t env_cmd < <(sanitizer_env fast)
    run_env 1 "${env_cmd[@]}" "${ctest_cmd[@]}" -LE window "$@"
    mapfile -t env_cmd < <(sanitizer_env full)
    run_env 1 "${env_cmd[@]}" "${ctest_cmd[@]}" -L window-leaks "$@"
    mapfile -t env_cmd < <(sanitizer_env noleaks)
    run_env 1 "${env_cmd[@]}" "${ctest_cmd[@]}" -L window -LE window-leaks "$@"
    say "asan tests passed in $((SECONDS - t1)) s"
}

# Builds the libFuzzer targets (tests/fuzz, the fuzz preset) and runs each for $1 seconds from
# seeds: tests/data/input/*.rst and the Glance specs corpus in ../shared when it is there. New
# inputs go to build/fuzz/corpus/<target>, crashes to build/fuzz/artifacts/, logs to build/fuzz/logs/.
fuzz() {
    local seconds=${1:-60}
    case "$seconds" in '' | *[!0-9]*) die "fuzz takes a number of seconds, not '$seconds'" ;; esac
    use_native || ensure_root
    local dir="$src_dir/build/fuzz" t0=$SECONDS
    run_env 0 /bin/sh -c "cmake --preset fuzz >/dev/null && cmake --build $(printf '%q' "$dir") --target fuzzers"
    say "fuzz build finished in $((SECONDS - t0)) s"
    local seeds="$dir/seeds" f n=0
    rm -rf "$seeds"
    mkdir -p "$seeds" "$dir/artifacts" "$dir/logs"
    for f in "$src_dir"/tests/data/input/*.rst; do
        [ -f "$f" ] && cp "$f" "$seeds/input-$(basename "$f")"
    done
    if [ -d "$shared_dir/corpus/glance-specs" ]; then
        while IFS= read -r -d '' f; do
            n=$((n + 1))
            cp "$f" "$seeds/glance-$n-$(basename "$f")"
        done < <(find "$shared_dir/corpus/glance-specs" -name '*.rst' -type f -print0 | sort -z)
    else
        say "no ../shared/corpus/glance-specs: seeding from tests/data/input only"
    fi
    say "$(ls "$seeds" | wc -l) seed files"
    local target failed=() env_cmd
    mapfile -t env_cmd < <(sanitizer_env)
    for target in parserender_fuzz validate_fuzz diagram_fuzz normalizer_fuzz; do
        local corpus="$dir/corpus/$target" log="$dir/logs/$target.log" t1=$SECONDS max_len=8192
        # Diagrams are small; a whole spec read as one grid is slow to recognise, not interesting.
        [ "$target" = diagram_fuzz ] && max_len=2048
        mkdir -p "$corpus"
        say "fuzzing $target for $seconds s"
        if ! run_env 0 "${env_cmd[@]}" "$dir/bin/$target" -max_total_time="$seconds" -max_len=$max_len -timeout=30 \
            -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$dir/artifacts/$target-" \
            "$corpus" "$seeds" >"$log" 2>&1; then
            failed+=("$target")
            grep -E 'ERROR|SUMMARY|property violated|Test unit written' "$log" >&2 || tail -n 30 "$log" >&2
        fi
        say "$target: $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1) runs in $((SECONDS - t1)) s," \
            "corpus $(ls "$corpus" | wc -l) inputs (log: $log)"
    done
    # The RST engine against docutils on mutated specs, for three times as long (needs the dev
    # build's specwright-cli, which the test stage made): prints the mismatch rate, fails only
    # when specwright-cli crashes or hangs on a mutant.
    local cli="$src_dir/build/dev/bin/specwright-cli" seed=$((SECONDS + $$))
    if [ -x "$cli" ]; then
        say "differential run against docutils for $((seconds * 3)) s (seed $seed)"
        if ! run_env 0 python3 "$src_dir/tests/tools/rst_differential.py" --cli "$cli" --seed "$seed" \
            --seconds $((seconds * 3)) --minimise --report "$dir/logs/rst_differential.md" \
            "$src_dir/tests/data/input" "$shared_dir/corpus/glance-specs"; then
            failed+=("rst_differential")
        fi
    else
        say "no build/dev/bin/specwright-cli: the differential run against docutils is left out"
    fi
    [ ${#failed[@]} -eq 0 ] || die "fuzzing found crashes in: ${failed[*]} (inputs in $dir/artifacts/, $dir/logs/)"
}

main() {
    local command=${1:-}
    [ $# -gt 0 ] && shift
    case "$command" in
    __enter) inner_enter "$@" ;;
    setup)
        if use_native; then say "the host has the whole stack: building natively, no root needed"; else ensure_root; fi
        ;;
    build) build ;;
    asan) asan "$@" ;;
    fuzz) fuzz "$@" ;;
    test)
        build
        run_env 1 ctest --test-dir "$build_dir" --output-on-failure --timeout 600 "$@"
        ;;
    package)
        build
        local deb_dir="$build_dir/package"
        rm -rf "$deb_dir"
        run_env 0 cpack --config "$build_dir/CPackConfig.cmake" -B "$deb_dir"
        local deb
        deb=$(ls "$deb_dir"/specwright_*.deb 2>/dev/null | head -n 1)
        [ -n "$deb" ] || die "cpack made no .deb"
        say "built $deb"
        if use_native; then
            say "native host: install it with 'sudo apt install $deb'"
        else
            install_test "$deb"
        fi
        ;;
    run)
        build
        local file=${1:-$src_dir/resources/examples/example-spec.rst}
        file=$(realpath -m "$file")
        case "$file" in "$src_dir"/*) ;; *) export SPECWRIGHT_EXTRA_BIND="$(dirname "$file")" ;; esac
        if [ -n "${DISPLAY:-}" ]; then
            run_env 1 "$build_dir/bin/specwright" "$file"
        else
            local shot="$src_dir/build/screenshots/specwright.png"
            mkdir -p "$(dirname "$shot")"
            run_env 1 "$build_dir/bin/specwright" --screenshot "$shot" "$file"
            say "no display: the app ran under Xvfb; its window is in $shot"
        fi
        ;;
    exec)
        [ $# -gt 0 ] || die "exec needs a command"
        run_env 1 "$@"
        ;;
    shell) run_env 0 /bin/bash -i ;;
    *)
        awk 'NR > 4 && /^#/ { sub(/^# ?/, ""); print; next } NR > 4 { exit }' "$self"
        [ -z "$command" ] || [ "$command" = help ] || [ "$command" = --help ] || exit 2
        ;;
    esac
}

main "$@"
