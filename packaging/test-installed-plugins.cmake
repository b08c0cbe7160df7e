# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch prefix and runs the installed specwright-cli from there. The
# installed binary cannot see the build tree, so the plugins it uses come from the installed plugin
# folder: the Nova template (templates) and the KSyntaxHighlighting code highlighter (render).
#   cmake -DBUILD_DIR=… -DPREFIX=… -DLIBDIR=… -P test-installed-plugins.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
file(GLOB plugins "${PREFIX}/${LIBDIR}/specwright/plugins/*.so")
list(LENGTH plugins count)
if(count LESS 4)
    message(FATAL_ERROR "expected the four plugins in ${PREFIX}/${LIBDIR}/specwright/plugins, found: ${plugins}")
endif()

set(ENV{SPECWRIGHT_PLUGIN_PATH} "")
set(ENV{HOME} "${PREFIX}")
execute_process(COMMAND "${PREFIX}/bin/specwright-cli" templates OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "nova-spec")
    message(FATAL_ERROR "the installed specwright-cli does not offer the Nova template (exit ${rc}):\n${out}")
endif()

file(WRITE "${PREFIX}/code.rst" "=====\nTitle\n=====\n\n.. code-block:: python\n\n   import os\n")
execute_process(COMMAND "${PREFIX}/bin/specwright-cli" render "${PREFIX}/code.rst" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "<span class=\"hl-import\">import</span>")
    message(FATAL_ERROR "the installed specwright-cli did not highlight code (exit ${rc})")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "plugins load from ${LIBDIR}/specwright/plugins of an installed tree (${count} plugins)")
