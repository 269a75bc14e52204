#include "ui/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Streamdesk"));

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/streamdesk.svg")).pixmap(64, 64));
    top->addWidget(icon, 0, Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
                             .arg(tr("Streamdesk %1").arg(QStringLiteral(STREAMDESK_VERSION)).toHtmlEscaped(),
                                 tr("An operations console for a ServiceNow change pipeline on Redis: live tickets, "
                                    "streams and consumer groups, dead letters and feeds.")
                                     .toHtmlEscaped(),
                                 tr("Built with Qt %1 (running on Qt %2), hiredis and QtKeychain.")
                                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))
                                     .toHtmlEscaped(),
                                 tr("Passwords are kept in the system keychain (without one, in memory for the "
                                    "session) and never written to settings files or logs.")
                                     .toHtmlEscaped());
    text->setText(html);
    text->setMinimumWidth(380);
    top->addWidget(text, 1);
    layout->addLayout(top);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
