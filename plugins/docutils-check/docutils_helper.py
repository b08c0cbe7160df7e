# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The docutils second opinion's long-lived helper: one JSON request per line on stdin, one JSON
answer per line on stdout, so the interpreter and docutils start once, not per check.

    {"ping": true}                      -> {"docutils": "0.21.2"}
    {"path": "...", "text": "..."}      -> {"messages": [{"line": 12, "level": 3, "text": "..."}]}

The Sphinx directives and roles specs use are registered first (sphinx_registry), as the specs
repositories' own tests do, so they are not reported as unknown.
"""
import io
import json
import sys

try:
    import sphinx_registry
except ImportError:  # embedded by the plugin: the registry's code runs just before this
    sphinx_registry = sys.modules[__name__]

try:
    import docutils
    import docutils.frontend
    import docutils.parsers.rst
    import docutils.utils
except ImportError:
    docutils = None


def check(text, path):
    messages = []

    def observe(message):
        line = message.get('line')
        messages.append({'line': line if isinstance(line, int) else 0, 'level': message['level'],
                         'text': (message.children[0] if message.children else message).astext()})

    document = docutils.utils.new_document(
        path or '<spec>', docutils.frontend.get_default_settings(docutils.parsers.rst.Parser))
    document.settings.file_insertion_enabled = False  # never read other files for a check
    document.settings.raw_enabled = False
    document.reporter.report_level = 5  # nothing printed; the observer sees every message
    document.reporter.halt_level = 5
    document.reporter.stream = False
    document.reporter.attach_observer(observe)
    docutils.parsers.rst.Parser().parse(text, document)
    return messages


def main():
    if docutils is not None:
        sphinx_registry.register()
    for line in sys.stdin:
        try:
            request = json.loads(line)
            if docutils is None:
                answer = {'error': 'python3-docutils is not installed'}
            elif request.get('ping'):
                answer = {'docutils': docutils.__version__}
            else:
                answer = {'messages': check(request.get('text', ''), request.get('path', ''))}
        except Exception as error:  # a broken document must not end the helper
            answer = {'error': str(error)}
        sys.stdout.write(json.dumps(answer) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
