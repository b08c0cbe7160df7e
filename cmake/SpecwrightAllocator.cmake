# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# specwright_use_fast_allocator(TARGET): links an executable with mimalloc, which then serves every
# malloc/new of the process. For the command-line programs only: the GUI shares its process with
# Qt WebEngine's Chromium, whose teardown crashed with mimalloc in place. The RST engine builds a tree of many small nodes and strings for every
# parse; with glibc's allocator a third of parse+render time went to malloc/free (see README,
# "Speed"). Not with sanitizers, which bring their own allocator.
option(SPECWRIGHT_MIMALLOC "Link the programs with mimalloc when it is installed" ON)
find_library(SPECWRIGHT_MIMALLOC_LIBRARY NAMES mimalloc)

set(CMAKE_LINK_LIBRARY_USING_SPECWRIGHT_ALWAYS
    "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
set(CMAKE_LINK_LIBRARY_USING_SPECWRIGHT_ALWAYS_SUPPORTED TRUE)

function(specwright_use_fast_allocator target)
    if(NOT SPECWRIGHT_MIMALLOC OR NOT SPECWRIGHT_MIMALLOC_LIBRARY OR CMAKE_CXX_FLAGS MATCHES "-fsanitize")
        return()
    endif()
    # Nothing in the program calls mimalloc by name: keep it linked all the same (--no-as-needed).
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:SPECWRIGHT_ALWAYS,${SPECWRIGHT_MIMALLOC_LIBRARY}>")
endfunction()
