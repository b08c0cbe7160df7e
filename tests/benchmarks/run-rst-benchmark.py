#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the RST engine benchmark and docutils on the same spec in one run and prints the figures.

    run-rst-benchmark.py BENCH_EXECUTABLE [--glibc BENCH_ON_GLIBC_MALLOC] [SPEC]

BENCH_EXECUTABLE is linked as specwright and specwright-cli are (with mimalloc where the build found
it); BENCH_ON_GLIBC_MALLOC, the same code on glibc's malloc, is timed too for comparison.

Targets (issue "RST engine"): parse+render >= 100x faster than docutils' publish_string to HTML
in-process on the same file; 10x input <= 11x time; peak memory for the 100x input < 20x its size.
Exit status 0 when every target is met, 1 otherwise.
"""
import json
import os
import subprocess
import sys
import timeit

import docutils.core

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'plugins', 'docutils-check'))
import sphinx_registry  # noqa: E402  (registers the Sphinx directives and roles specs use)


RUNS = 5


def best_times(command, env=None):
    """Best of RUNS repetitions (each the mean over at least 0.2 s of iterations), per benchmark, in ms:
    the same statistic as docutils' best of RUNS single runs."""
    result = subprocess.run(command + ['--benchmark_format=json', '--benchmark_min_time=0.2s',
                                       f'--benchmark_repetitions={RUNS}'],
                            check=True, capture_output=True, text=True, env=env)
    best = {}
    for b in json.loads(result.stdout)['benchmarks']:
        if b.get('run_type', 'iteration') == 'iteration':
            name = b.get('run_name', b['name'])
            best[name] = min(best.get(name, float('inf')), b['real_time'])
    return best


def main():
    args = sys.argv[1:]
    bench = args.pop(0)
    glibc_bench = None
    if len(args) >= 2 and args[0] == '--glibc':
        glibc_bench = args[1]
        del args[:2]
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, '..', '..', '..', 'shared', 'corpus', 'glance-specs', 'specs', 'newton',
                           'approved', 'glance', 'glare-api.rst')
    spec = args[0] if args else default
    if not os.path.exists(spec):
        spec = os.path.join(here, '..', '..', 'resources', 'examples', 'example-spec.rst')
    with open(spec, encoding='utf-8') as f:
        text = f.read()
    print(f'spec: {spec} ({len(text.encode())} bytes)')

    # Like for like: docutils runs without syntax highlighting, so the engine runs without the
    # code highlighter plugin; the figure with it (as the app renders) is printed too.
    plain = dict(os.environ, SPECWRIGHT_NO_PLUGINS='1')
    ours = best_times([bench, '--spec', spec], env=plain)
    linked = subprocess.run(['ldd', bench], capture_output=True, text=True).stdout
    allocator = 'mimalloc' if 'libmimalloc' in linked else 'glibc malloc'
    print(f'  (allocator: {allocator}, as the specwright programs are linked)')
    for name, ms in ours.items():
        print(f'  specwright {name:24s} {ms:10.3f} ms')
    glibc_ms = None
    if glibc_bench:
        glibc_ms = best_times([glibc_bench, '--spec', spec, '--benchmark_filter=^parseAndRender/1$'],
                              env=plain)['parseAndRender/1']
        print(f'  specwright parseAndRender/1 {glibc_ms:10.3f} ms on glibc malloc')
    highlighted = best_times([bench, '--spec', spec, '--benchmark_filter=^parseAndRender/1$'])
    for name, ms in highlighted.items():
        print(f'  specwright {name:24s} {ms:10.3f} ms with code highlighting '
              '(KSyntaxHighlighting plugin, highlighted blocks cached as in the live preview)')

    sphinx_registry.register()
    settings = {'report_level': 5, 'halt_level': 5, 'syntax_highlight': 'none', 'output_encoding': 'unicode',
                'warning_stream': open(os.devnull, 'w')}
    runs = RUNS
    seconds = min(timeit.repeat(lambda: docutils.core.publish_string(text, writer_name='html',
                                                                    settings_overrides=settings),
                                number=1, repeat=runs))
    docutils_ms = seconds * 1000
    print(f'  docutils publish_string(html) {docutils_ms:10.3f} ms (best of {runs})')

    ok = True
    ratio = docutils_ms / ours['parseAndRender/1']
    print(f'parse+render speed-up over docutils: {ratio:.0f}x (target >= 100x)')
    if glibc_ms:
        print(f'  on glibc malloc: {docutils_ms / glibc_ms:.0f}x')
    ok &= ratio >= 100
    for kind in ('parse', 'render', 'parseAndRender'):
        growth10 = ours[f'{kind}/10'] / ours[f'{kind}/1']
        growth100 = ours[f'{kind}/100'] / ours[f'{kind}/10']
        print(f'{kind}: 10x input -> {growth10:.2f}x time, 100x input -> {growth100:.2f}x the 10x time '
              f'(target <= 11x)')
        ok &= growth10 <= 11 and growth100 <= 11
    # Where the time per copy steps up, the tree and its text stop fitting the CPU's caches between
    # one repetition and the next; past that step, time grows with the input again.
    sizes = [n for n in (1, 10, 20, 40, 100, 200) if f'parse/{n}' in ours]
    for kind in ('parse', 'render', 'parseAndRender'):
        per_copy = ', '.join(f'{n}x {ours[f"{kind}/{n}"] / n:.3f}' for n in sizes)
        print(f'  {kind} per copy of the spec (ms): {per_copy}')
    if 'parseAndRender/200' in ours:
        print(f'  past the caches: 200x input -> {ours["parseAndRender/200"] / ours["parseAndRender/100"]:.2f}x '
              'the 100x time (parse + render)')

    memory = json.loads(subprocess.run([bench, '--memory', spec, '100'], check=True, capture_output=True,
                                       text=True, env=plain).stdout)
    peak = (memory['peak_after_kb'] - memory['peak_before_kb']) * 1024
    factor = peak / memory['input_bytes']
    print(f'peak memory for the 100x input ({memory["input_bytes"]} bytes): {peak / 1048576:.1f} MiB = '
          f'{factor:.1f}x the input (target < 20x)')
    ok &= factor < 20
    print('result:', 'all targets met' if ok else 'TARGET MISSED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
