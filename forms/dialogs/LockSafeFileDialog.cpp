// SPDX-FileCopyrightText: Kotoplan contributors
// SPDX-License-Identifier: EUPL-1.2
#include "dialogs/LockSafeFileDialog.h"

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace kotoplan::lockSafe {

namespace {

// Icons and type names from the file's name, never from its contents: QFileIconProvider asks
// QMimeDatabase with MatchDefault, which opens the file when the name is not enough.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::icon(info.isDir() ? Folder : File);
        const QMimeType type = mimeType(info);
        QIcon icon = QIcon::fromTheme(type.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(type.genericIconName());
        return icon.isNull() ? QFileIconProvider::icon(File) : icon;
    }

    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info); // a folder or a drive: nothing is opened
        const QMimeType type = mimeType(info);
        return type.comment().isEmpty() ? type.name() : type.comment();
    }

private:
    QMimeType mimeType(const QFileInfo &info) const
    {
        return m_mimeTypes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mimeTypes;
};

QString run(QFileDialog &dialog, NameOnlyIconProvider &provider, QFileDialog::Options options)
{
    dialog.setOptions(options | QFileDialog::DontUseNativeDialog |
                      QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&provider);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter, QFileDialog::Options options)
{
    // The provider outlives the dialog, whose model asks it from a thread of its own.
    NameOnlyIconProvider provider;
    QFileDialog dialog(parent, title, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog, provider, options);
}

QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                     const QString &filter)
{
    NameOnlyIconProvider provider;
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, provider, {});
}

QString existingDirectory(QWidget *parent, const QString &title, const QString &folder)
{
    NameOnlyIconProvider provider;
    QFileDialog dialog(parent, title, folder);
    dialog.setFileMode(QFileDialog::Directory);
    return run(dialog, provider, QFileDialog::ShowDirsOnly);
}

} // namespace kotoplan::lockSafe
