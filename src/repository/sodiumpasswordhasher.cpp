// SPDX-License-Identifier: EUPL-1.2
#include "repository/sodiumpasswordhasher.h"

#include "repository/sqlerror.h"

#include <sodium.h>

namespace cartella::repository {

SodiumPasswordHasher::SodiumPasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN),
      m_memLimit(cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN)
{
    // Safe to call more than once; fails only without a source of randomness.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

domain::Result<QString> SodiumPasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return domain::Error{
            domain::ErrorCode::Storage,
            Tr::tr("Not enough memory to protect the password; close other programs and retry."),
            {},
            {}};
    return QString::fromLatin1(out);
}

bool SodiumPasswordHasher::verify(const QString &hash, const QString &password) const
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace cartella::repository
