// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "domain/Validation.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace kotoplan {

// Why a job did not succeed; Ok when it did.
enum class ResultStatus
{
    Ok,
    Invalid,  // validation refused the value: see problems
    NotFound, // no such record
    Conflict, // someone else saved the record since it was read
    Signed,   // a signed plan is a record and is never changed
    InUse,    // plans refer to it: it can be made inactive, not deleted
    Failed,   // the database or the disk refused (disk full, read-only, locked, unreachable)
};

// The one shape of a result that can fail: a value, or a failure with a message in the user's
// language and, for invalid values, every problem. A read that fails says so instead of
// returning "not found" or an empty list:
//
//     const Result<Plan> plan = store.load(id);
//     if (!plan)
//         show(plan.message);  // "The plan could not be read: …" or "The plan does not exist."
//     use(*plan);
template<typename T = std::monostate> class Result
{
public:
    using Status = ResultStatus;

    // Success, with a default value (for Result<>: "done").
    Result() requires std::is_default_constructible_v<T> : m_value(T{}) {}
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Status failure, QString text, Problems details = {})
        : status(failure)
        , message(std::move(text))
        , problems(std::move(details))
    {
        Q_ASSERT(failure != Status::Ok);
    }
    // The failure of another job, passed on.
    template<typename U> static Result failureOf(const Result<U> &other)
    {
        return Result(other.status, other.message, other.problems);
    }

    Status status = Status::Ok;
    QString message;
    Problems problems;

    bool ok() const { return status == Status::Ok; }
    explicit operator bool() const { return ok(); }
    bool has_value() const { return ok(); }

    // The value of a result that is ok. Of a temporary result, a copy: `for (… : *load())` is
    // safe.
    const T &value() const &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T value() &&
    {
        Q_ASSERT(m_value);
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // Equal when both failed the same way, or both hold equal values.
    bool operator==(const Result &other) const
    {
        return status == other.status && message == other.message && m_value == other.m_value;
    }
    bool operator==(const T &other) const { return ok() && *m_value == other; }

private:
    std::optional<T> m_value;
};

} // namespace kotoplan
