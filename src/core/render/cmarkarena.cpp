// SPDX-FileCopyrightText: 2026 The Specwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmarkarena.h"

namespace Specwright::Core {

thread_local CmarkArena *CmarkArena::s_current = nullptr;
thread_local CmarkArena::Blocks CmarkArena::s_spare;
cmark_mem CmarkArena::s_mem = {&CmarkArena::zeroed, &CmarkArena::resized, &CmarkArena::release};

} // namespace Specwright::Core
