// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "exchange/ImportRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace kotoplan {

namespace {

QJsonObject schema()
{
    static const QJsonObject loaded = [] {
        QFile file(QStringLiteral(":/kotoplan/exchange/kotoplan-plan-v1.schema.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }();
    return loaded;
}

// The fields whose text holds lines (the form's multi-line boxes and the sub-goal table).
bool isMultiLine(const QString &key)
{
    static const QSet<QString> keys = {QStringLiteral("lifeSituation"),
                                       QStringLiteral("futureWish"),
                                       QStringLiteral("mainGoalDetails"),
                                       QStringLiteral("occupationAlternatives"),
                                       QStringLiteral("languageStudyPlan"),
                                       QStringLiteral("otherStudyPlan"),
                                       QStringLiteral("longTermMeasures"),
                                       QStringLiteral("clientCommitments"),
                                       QStringLiteral("municipalityCommitments"),
                                       QStringLiteral("goal"),
                                       QStringLiteral("measure"),
                                       QStringLiteral("responsible"),
                                       QStringLiteral("schedule"),
                                       QStringLiteral("address")};
    return keys.contains(key);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("null"))
        return value.isNull();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    return value.isDouble() && type == QLatin1String("number");
}

// The formats the schema names, as strictly as the program writes them.
const QRegularExpression *formatPattern(const QString &format)
{
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?"
                       "(Z|[+-][0-9]{2}:[0-9]{2})$"));
    if (format == QLatin1String("date"))
        return &date;
    if (format == QLatin1String("date-time"))
        return &dateTime;
    return nullptr;
}

void validate(const QJsonValue &value, const QJsonObject &rule, const QString &path,
              const QString &key, Problems *problems)
{
    const auto problem = [&](const QString &message) {
        problems->append({path, message});
    };
    if (rule.contains(QStringLiteral("type"))) {
        const QJsonValue type = rule.value(QStringLiteral("type"));
        QStringList types;
        for (const QJsonValue &each : type.isArray() ? type.toArray() : QJsonArray{type})
            types.append(each.toString());
        bool matches = false;
        for (const QString &each : std::as_const(types))
            matches = matches || hasType(value, each);
        if (!matches) {
            problem(ImportRules::tr("Should be of the type %1 (the schema's rule).")
                        .arg(types.join(QStringLiteral(" or "))));
            return;
        }
    }
    if (rule.contains(QStringLiteral("enum")) &&
        !rule.value(QStringLiteral("enum")).toArray().contains(value)) {
        QStringList allowed;
        for (const QJsonValue &each : rule.value(QStringLiteral("enum")).toArray())
            allowed.append(each.isNull() ? QStringLiteral("null") : each.toVariant().toString());
        problem(ImportRules::tr("Should be one of: %1 (the schema's rule).")
                    .arg(allowed.join(QStringLiteral(", "))));
    }
    if (value.isString()) {
        const QString text = value.toString();
        const QString pattern = rule.value(QStringLiteral("pattern")).toString();
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch())
            problem(
                ImportRules::tr("Does not match the format the schema states (%1).").arg(pattern));
        if (const QRegularExpression *format =
                formatPattern(rule.value(QStringLiteral("format")).toString());
            format && !format->match(text).hasMatch())
            problem(ImportRules::tr("Does not match the format the schema states (%1).")
                        .arg(rule.value(QStringLiteral("format")).toString()));
        const int maxLength =
            rule.value(QStringLiteral("maxLength")).toInt(ImportRules::maxTextLength);
        if (text.size() > maxLength)
            problem(ImportRules::tr("Is %1 characters long; at most %2 are accepted.")
                        .arg(text.size())
                        .arg(maxLength));
        if (text.size() < rule.value(QStringLiteral("minLength")).toInt(0))
            problem(ImportRules::tr("Should not be empty (the schema's rule)."));
        *problems += ImportRules::checkText(text, path, isMultiLine(key));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = rule.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue &required : rule.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(required.toString()))
                problems->append({join(path, required.toString()),
                                  ImportRules::tr("Missing: the schema requires this key.")});
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), join(path, it.key()),
                         it.key(), problems);
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const int maxItems = rule.value(QStringLiteral("maxItems")).toInt(-1);
        if (maxItems >= 0 && array.size() > maxItems) {
            problem(ImportRules::tr("Holds %1 items; at most %2 are accepted.")
                        .arg(array.size())
                        .arg(maxItems));
            return; // one problem, not one for each of thousands of rows
        }
        const QJsonObject items = rule.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            validate(array.at(i), items, path + QStringLiteral("[%1]").arg(i), key, problems);
    }
}

// One object or array being read from the raw text, for the duplicate keys.
struct Frame
{
    bool object = false;
    QSet<QString> keys;
    QString key; // the object's current key
    int index = 0;
};

QString framePath(const QList<Frame> &frames)
{
    QString path;
    for (qsizetype i = 0; i + 1 < frames.size(); ++i) {
        const Frame &frame = frames.at(i);
        path =
            frame.object ? join(path, frame.key) : path + QStringLiteral("[%1]").arg(frame.index);
    }
    return path;
}

QString codePoint(char16_t code)
{
    return QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

Problems ImportRules::checkText(const QString &text, const QString &path, bool multiLine)
{
    Problems problems;
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        const bool lineBreak = code == u'\n' || code == u'\r' || code == u'\t';
        if ((code < 0x20 && !(multiLine && lineBreak)) || (code >= 0x7f && code <= 0x9f)) {
            problems.append(
                {path, multiLine ? tr("Holds the control character U+%1; a text may hold line "
                                      "breaks but no other control characters.")
                                       .arg(codePoint(code))
                                 : tr("Holds the control character U+%1; this field holds one "
                                      "line without control characters.")
                                       .arg(codePoint(code))});
            break;
        }
        if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
            problems.append({path, tr("Holds the bidirectional control U+%1, which can make a "
                                      "text read differently than it is stored.")
                                       .arg(codePoint(code))});
            break;
        }
    }
    return problems;
}

Problems ImportRules::check(const QJsonObject &document)
{
    Problems problems;
    validate(document, schema(), QString(), QString(), &problems);
    return problems;
}

Problems ImportRules::duplicateKeys(const QByteArray &json)
{
    Problems problems;
    QList<Frame> frames;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char ch = json.at(i);
        if (ch == '"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (!expectKey || frames.isEmpty())
                continue;
            // The key as the parser sees it, escapes resolved.
            const QString key = QJsonDocument::fromJson("[" + json.mid(start, i - start + 1) + "]")
                                    .array()
                                    .at(0)
                                    .toString();
            Frame &frame = frames.last();
            frame.key = key;
            if (frame.keys.contains(key))
                problems.append({join(framePath(frames), key),
                                 tr("Appears twice in the same object; a key may appear once.")});
            frame.keys.insert(key);
            expectKey = false;
        } else if (ch == '{' || ch == '[') {
            frames.append({ch == '{', {}, {}, 0});
            expectKey = ch == '{';
        } else if (ch == '}' || ch == ']') {
            if (!frames.isEmpty())
                frames.removeLast();
            expectKey = false;
        } else if (ch == ',' && !frames.isEmpty()) {
            expectKey = frames.last().object;
            if (!frames.last().object)
                ++frames.last().index;
        }
    }
    return problems;
}

} // namespace kotoplan
