// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "storage/SqlFailure.h"

namespace kotoplan {

SqlFailure::Cause SqlFailure::cause(const QSqlError &error)
{
    // PostgreSQL reports a five-character SQLSTATE; SQLite's codes have at most four digits.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5)
        return postgresCause(state);
    bool ok = false;
    // The primary SQLite result code is the low byte of an extended one.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Cause::Other;
    switch (code) {
    case 13: // SQLITE_FULL
        return Cause::DiskFull;
    case 8: // SQLITE_READONLY
        return Cause::ReadOnly;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Cause::Busy;
    case 10: // SQLITE_IOERR
        return Cause::DiskError;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Cause::Damaged;
    default:
        return Cause::Other;
    }
}

SqlFailure::Cause SqlFailure::postgresCause(const QString &state)
{
    if (state == QLatin1String("53100"))
        return Cause::DiskFull;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return Cause::ReadOnly;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return Cause::Busy;
    if (state == QLatin1String("58030"))
        return Cause::DiskError;
    if (state.startsWith(QLatin1String("XX")))
        return Cause::Damaged;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Cause::ConnectionLost;
    return Cause::Other;
}

QString SqlFailure::explanation(const QSqlError &error)
{
    switch (cause(error)) {
    case Cause::DiskFull:
        return tr("The disk is full. Free some space and save again.");
    case Cause::ReadOnly:
        return tr("The database is read-only.");
    case Cause::Busy:
        return tr("The database is busy in another Kotoplan window. Try again in a moment.");
    case Cause::DiskError:
        return tr("The disk could not be written.");
    case Cause::Damaged:
        return tr("The database file is damaged. Restore it from a backup.");
    case Cause::ConnectionLost:
        return tr("The connection to the database server was lost. Check the network and "
                  "try again.");
    case Cause::Other:
        break;
    }
    return {};
}

StoreResult SqlFailure::result(const QSqlError &error, const QString &whatFailed)
{
    QStringList sentences = {whatFailed};
    const QString why = explanation(error);
    if (!why.isEmpty())
        sentences.append(why);
    sentences.append(tr("Nothing was changed."));
    return {StoreResult::Status::Failed, sentences.join(QLatin1Char(' ')), {}};
}

} // namespace kotoplan
