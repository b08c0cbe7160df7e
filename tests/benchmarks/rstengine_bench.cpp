// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Parse, render and parse+render times of the RST engine on a large real spec
// and on 10x and 100x concatenations of it (Google Benchmark).
//
//   rstengine_bench [--spec FILE] [google benchmark flags]
//   rstengine_bench --memory FILE COPIES   prints the peak memory of one parse+render
#include "testconfig.h"

#include <core/document/textfile.h>
#include <core/render/htmlrenderer.h>
#include <core/rst/rstparser.h>

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstring>

using namespace Specwright::Core;

namespace {

QString g_spec;

QString defaultSpec()
{
    const QString corpus =
        QStringLiteral(SPECWRIGHT_SHARED_DIR "/corpus/glance-specs/specs/newton/approved/glance/glare-api.rst");
    if (QFile::exists(corpus)) {
        return corpus;
    }
    return QStringLiteral(SPECWRIGHT_SOURCE_DIR "/resources/examples/example-spec.rst");
}

QString specText(int copies)
{
    static QString base;
    if (base.isEmpty()) {
        const TextFile file = TextFile::read(g_spec);
        if (!file.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
            std::exit(2);
        }
        base = file.text();
        if (!base.endsWith(QLatin1Char('\n'))) {
            base += QLatin1Char('\n');
        }
    }
    // Concatenations keep every copy's sections at the same levels.
    return base.repeated(copies);
}

void parse(benchmark::State &state)
{
    const QString text = specText(int(state.range(0)));
    for (auto _ : state) {
        auto document = RstParser::parse(text);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.toUtf8().size());
}

void render(benchmark::State &state)
{
    const auto document = RstParser::parse(specText(int(state.range(0))));
    for (auto _ : state) {
        QByteArray html = HtmlRenderer::renderBodyUtf8(*document);
        benchmark::DoNotOptimize(html);
    }
}

void parseAndRender(benchmark::State &state)
{
    const QString text = specText(int(state.range(0)));
    for (auto _ : state) {
        auto document = RstParser::parse(text);
        QByteArray html = HtmlRenderer::renderBodyUtf8(*document);
        benchmark::DoNotOptimize(html);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.toUtf8().size());
}

// 1, 10 and 100 copies for the targets; 20, 40 and 200 show where the time per copy steps up (the
// tree no longer fits the caches) and that it grows linearly past that point.
void copies(benchmark::internal::Benchmark *benchmark)
{
    for (const int count : {1, 10, 100, 20, 40, 200}) {
        benchmark->Arg(count);
    }
}

BENCHMARK(parse)->Apply(copies)->Unit(benchmark::kMillisecond);
BENCHMARK(render)->Apply(copies)->Unit(benchmark::kMillisecond);
BENCHMARK(parseAndRender)->Apply(copies)->Unit(benchmark::kMillisecond);

long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_spec = defaultSpec();
    if (argc == 4 && std::strcmp(argv[1], "--memory") == 0) {
        g_spec = QString::fromLocal8Bit(argv[2]);
        const QString text = specText(std::atoi(argv[3]));
        const qsizetype inputBytes = text.toUtf8().size();
        const long before = peakKilobytes();
        {
            auto document = RstParser::parse(text);
            QByteArray html = HtmlRenderer::renderBodyUtf8(*document);
            benchmark::DoNotOptimize(html);
        }
        const long after = peakKilobytes();
        std::printf("{\"input_bytes\": %lld, \"peak_before_kb\": %ld, \"peak_after_kb\": %ld}\n",
                    static_cast<long long>(inputBytes), before, after);
        return 0;
    }
    std::vector<char *> args(argv, argv + argc);
    for (size_t i = 1; i + 1 < args.size(); ++i) {
        if (std::strcmp(args[i], "--spec") == 0) {
            g_spec = QString::fromLocal8Bit(args[i + 1]);
            args.erase(args.begin() + long(i), args.begin() + long(i) + 2);
            break;
        }
    }
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    std::fprintf(stderr, "spec: %s\n", qPrintable(g_spec));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
