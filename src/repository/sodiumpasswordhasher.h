// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/access/userrepository.h"

namespace cartella::repository {

// Argon2id through libsodium's crypto_pwhash_str: salted, memory-hard, and self-describing (the stored string
// names the algorithm and its costs, so raising them later keeps old hashes verifiable).
class SodiumPasswordHasher final : public domain::PasswordHasher
{
public:
    enum class Cost
    {
        Interactive, // libsodium's "interactive" limits: 64 MiB, the right cost for a desk login
        TestsOnly,   // the smallest limits libsodium allows: still Argon2id, for fast tests
    };
    explicit SodiumPasswordHasher(Cost cost = Cost::Interactive);

    domain::Result<QString> hash(const QString &password) const override;
    bool verify(const QString &hash, const QString &password) const override;

private:
    unsigned long long m_opsLimit;
    std::size_t m_memLimit;
};

} // namespace cartella::repository
