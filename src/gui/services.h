#pragma once

#include "domain/actor.h"
#include "domain/caseservice.h"
#include "domain/diaryservice.h"
#include "domain/personservice.h"

namespace cartella::gui {

// The domain services the windows work through, and who is acting. Owned by main().
struct Services
{
    domain::PersonService &persons;
    domain::CaseService &cases;
    domain::DiaryService &diary;
    domain::Actor actor;
};

} // namespace cartella::gui
