# SPDX-FileCopyrightText: 2026 The Specwright authors
# SPDX-License-Identifier: BSD-3-Clause
#
# Finds cmark-gfm and its GFM extensions library. Debian ships neither a CMake
# package nor a pkg-config file for the extensions, so look for both directly.
#
# Imported targets: CmarkGfm::cmark-gfm, CmarkGfm::extensions

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_CMARK_GFM QUIET libcmark-gfm)
endif()

find_path(CmarkGfm_INCLUDE_DIR NAMES cmark-gfm.h HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
find_path(CmarkGfm_EXTENSIONS_INCLUDE_DIR NAMES cmark-gfm-core-extensions.h HINTS ${PC_CMARK_GFM_INCLUDE_DIRS})
find_library(CmarkGfm_LIBRARY NAMES cmark-gfm HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})
find_library(CmarkGfm_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions HINTS ${PC_CMARK_GFM_LIBRARY_DIRS})

if(CmarkGfm_INCLUDE_DIR AND EXISTS "${CmarkGfm_INCLUDE_DIR}/cmark-gfm_version.h")
    file(STRINGS "${CmarkGfm_INCLUDE_DIR}/cmark-gfm_version.h" _cmark_version_line
         REGEX "^#define CMARK_GFM_VERSION_STRING")
    string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" CmarkGfm_VERSION "${_cmark_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CmarkGfm
    REQUIRED_VARS CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSIONS_INCLUDE_DIR
    VERSION_VAR CmarkGfm_VERSION
)

if(CmarkGfm_FOUND AND NOT TARGET CmarkGfm::cmark-gfm)
    add_library(CmarkGfm::cmark-gfm UNKNOWN IMPORTED)
    set_target_properties(CmarkGfm::cmark-gfm PROPERTIES
        IMPORTED_LOCATION "${CmarkGfm_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CmarkGfm_INCLUDE_DIR}")
    add_library(CmarkGfm::extensions UNKNOWN IMPORTED)
    set_target_properties(CmarkGfm::extensions PROPERTIES
        IMPORTED_LOCATION "${CmarkGfm_EXTENSIONS_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${CmarkGfm_EXTENSIONS_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES CmarkGfm::cmark-gfm)
endif()

mark_as_advanced(CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSIONS_INCLUDE_DIR CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY)
