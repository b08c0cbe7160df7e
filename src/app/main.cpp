// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <widgets/mainwindow.h>
#include <widgets/previewview.h>
#include <widgets/sourceeditor.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using Specwright::Widgets::MainWindow;

namespace {

// Saves the window as the user sees it (the preview's GPU surface included,
// which QWidget::grab misses), then quits.
void takeScreenshotAndQuit(MainWindow *window, const QString &path)
{
    QScreen *screen = window->windowHandle() ? window->windowHandle()->screen() : QGuiApplication::primaryScreen();
    // Grab the screen area rather than the window so a message box on top is in the picture.
    const QRect area = window->frameGeometry();
    const QPixmap shot = screen->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const bool saved = !shot.isNull() && shot.save(path, "PNG");
    if (saved) {
        std::fprintf(stdout, "Screenshot saved to %s\n", qPrintable(path));
    } else {
        std::fprintf(stderr, "specwright: could not save the screenshot to %s\n", qPrintable(path));
    }
    window->close();
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Specwright"));
    QApplication::setOrganizationName(QStringLiteral("Specwright"));
    QApplication::setApplicationVersion(QStringLiteral(SPECWRIGHT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.specwright.Specwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/specwright/icons/specwright.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Editor for OpenStack-style specification documents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The spec to open, or a folder of a specs repository to browse."),
                                 QStringLiteral("[FILE|DIR]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window to <png> once the preview has loaded, then quit."),
        QStringLiteral("png"));
    parser.addOption(screenshotOption);
    const QCommandLineOption diagramOption(
        QStringLiteral("diagram"),
        QStringLiteral("Open the diagram (literal block) at line <line> of FILE in the canvas."),
        QStringLiteral("line"));
    parser.addOption(diagramOption);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // Inside the event loop, so that a message about a bad file does not block start-up.
        const int diagramLine = parser.isSet(diagramOption) ? parser.value(diagramOption).toInt() : 0;
        QTimer::singleShot(0, &window, [&window, file = files.constFirst(), diagramLine] {
            if (QFileInfo(file).isDir()) {
                window.openRepository(file);
            } else if (window.document()->openFile(file) && diagramLine > 0) {
                window.editor()->goToLine(diagramLine);
                window.editDiagramAtCursor();
            }
        });
    }

    if (!parser.isSet(screenshotOption)) {
        // After a crash or kill: offer what the journal kept (beside the file just opened, if any).
        QTimer::singleShot(0, &window, [&window] { window.document()->offerRecovery(); });
    }
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        // Give the preview time to paint after it loaded; a hard limit covers a page that never loads.
        QObject::connect(window.preview(), &QWebEngineView::loadFinished, &window, [&window, path] {
            QTimer::singleShot(1500, &window, [&window, path] { takeScreenshotAndQuit(&window, path); });
        });
        QTimer::singleShot(30000, &window, [&window, path] { takeScreenshotAndQuit(&window, path); });
    }
    return QApplication::exec();
}
