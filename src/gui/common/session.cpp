// SPDX-License-Identifier: EUPL-1.2
#include "gui/common/session.h"

namespace cartella::gui {

Session::Session(domain::ServiceHub &services, domain::Actor actor, QObject *parent)
    : QObject(parent), m_services(services), m_actor(std::move(actor))
{}

Session::~Session() = default;

} // namespace cartella::gui
