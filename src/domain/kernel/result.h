// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace cartella::domain {

// Why an operation failed. The GUI and the CLI choose how to react from the code;
// the message is already translated for the user.
enum class ErrorCode
{
    Invalid,           // input breaks a rule; see Error::fields
    NotFound,          // the record does not exist (any more)
    Duplicate,         // a record with the same identity exists: see Error::relatedIds
    PossibleDuplicate, // a similar record exists; the caller may override and retry
    Conflict,          // someone else saved a newer version meanwhile
    Forbidden,         // the user's role does not allow the operation
    Storage,           // the database refused or failed
    Usage,             // the caller asked for something that makes no sense
};

// One problem with one input field. `field` is a stable key (e.g. "fiscalCode").
struct FieldIssue
{
    QString field;
    QString message;
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QList<FieldIssue> fields;
    QList<qint64> relatedIds;
};

// Either a value or an Error. Nothing is thrown across layer boundaries.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<std::monostate>;

// The usual refusal: one input breaks a rule, and the message says which and why.
inline Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::Invalid, message, {{field, message}}, {}};
}

inline Status ok()
{
    return Status(std::monostate{});
}

} // namespace cartella::domain
